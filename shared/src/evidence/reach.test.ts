import { describe, expect, test } from 'vitest';
import { formatFigure, reachOf, thresholdRows } from './reach.ts';

describe('reach at capture time (issue 10)', () => {
  test.each([
    ['weibo post with labels', { counts: { reposts: 12000, comments: 3456, likes: 100000 }, countsShown: { reposts: '1.2万', comments: '3456', likes: '10万+' } },
      { reposts: { count: 12000, shown: '1.2万', atLeast: false }, comments: { count: 3456, shown: '3456', atLeast: false }, likes: { count: 100000, shown: '10万+', atLeast: true } }],
    ['older capture: integers only', { counts: { views: 8000 } }, { views: { count: 8000, shown: null, atLeast: false } }],
    ['nonsense counts are dropped', { counts: { views: -1, reposts: 1.5, likes: '7' } }, null],
    ['no counts (news article)', { text: '…' }, null],
    ['not an object', 'x', null],
  ])('%s', (_name, unitJson, expected) => {
    expect(reachOf(unitJson)).toEqual(expected);
  });

  test('figures print the label and the integer, with ≥ for a lower bound', () => {
    expect(formatFigure({ count: 12000, shown: '1.2万', atLeast: false })).toBe('1.2万（12,000）');
    expect(formatFigure({ count: 100000, shown: '10万+', atLeast: true })).toBe('10万+（≥ 100,000）');
    expect(formatFigure({ count: 3456, shown: '3456', atLeast: false })).toBe('3,456');
    expect(formatFigure(undefined)).toBe('未显示');
  });

  test.each([
    ['5,000 views met, 499 reposts not', { views: { count: 5000, shown: '5000', atLeast: false }, reposts: { count: 499, shown: '499', atLeast: false } }, ['met', 'not_met', 'not_count']],
    ['4,999 views, 500 reposts', { views: { count: 4999, shown: '4999', atLeast: false }, reposts: { count: 500, shown: '500', atLeast: false } }, ['not_met', 'met', 'not_count']],
    ['no views shown (weibo)', { reposts: { count: 12000, shown: '1.2万', atLeast: false } }, ['unknown', 'met', 'not_count']],
  ])('两高 2013 thresholds: %s', (_name, reach, statuses) => {
    expect(thresholdRows(reach).map((r) => r.status)).toEqual(statuses);
  });
});
