import { describe, expect, test } from 'vitest';
import { countShape, parseCount } from './counts.ts';
import { labelledCount } from './shapes.ts';

describe('parseCount', () => {
  test.each([
    ['1.2万', 12_000],
    ['10万+', 100_000],
    ['3.4亿', 340_000_000],
    [' 3456 ', 3456],
    ['1,024', 1024],
    ['12.3w', 123_000],
    ['2.5k', 2500],
    ['999+', 999],
    ['转发', 0],
    ['评论', 0],
    ['添加评论', 0],
    ['赞同', 0], // 知乎's vote button before anyone voted
    ['赞', 0],
    ['分享', 0],
    ['全部评论(3456)', 3456],
  ])('%s → %d', (raw, n) => {
    expect(parseCount(raw)).toBe(n);
  });

  test.each([[''], ['   '], [null], [undefined], ['关注']])('%s is no count', (raw) => {
    expect(parseCount(raw)).toBeUndefined();
  });
});

describe('countShape (structural fallback, issue 12)', () => {
  test.each([
    ['1.2万', 12_000], ['10万+', 100_000], ['1.2w', 12_000], [' 3456 ', 3456], ['-', 0], ['收藏', 0], ['赞', 0], ['1,024', 1024],
  ])('%s → %d', (raw, n) => {
    expect(countShape(raw)).toBe(n);
  });

  test.each([['315晚会'], ['全部评论(3456)'], ['5分钟前'], [''], ['关注'], ['2026-03-05']])('%s is not a count', (raw) => {
    expect(countShape(raw)).toBeUndefined();
  });
});

describe('labelledCount (a count printed with its label)', () => {
  test.each([
    ['赞 1.1万', 'likes', 11_000], ['转发：5321', 'reposts', 5321], ['赞(12)', 'likes', 12], ['赞（3）', 'likes', 3], ['评论 (45)', 'comments', 45],
  ])('%s → %s %d', (raw, field, n) => {
    expect(labelledCount(raw)).toEqual({ field, n });
  });

  test.each([['赞'], ['回复(2)'], ['点赞超过12万人']])('%s is no labelled count', (raw) => {
    expect(labelledCount(raw)).toBeUndefined();
  });
});
