import { describe, expect, test } from 'vitest';
import { answered } from './reply-signs.ts';

describe('answered: whom a reply’s words name as answered', () => {
  test.each([
    ['回复@青禾乳业官方:已私信您，请留意', undefined, '青禾乳业官方'],
    ['回复 @酸奶受害者 : 已私信您，请留意', undefined, '酸奶受害者'],
    ['回复 酸奶星人 : 盒马和山姆都有', undefined, '酸奶星人'],
    ['青禾乳业客服:回复@酸奶受害者:已私信您，请留意', '青禾乳业客服', '酸奶受害者'],
    ['宝妈小雨博主:回复@路人甲乙丙:对，我也在等报告', '宝妈小雨', '路人甲乙丙'],
    ['回复慢得要命：退款三天没人理', undefined, undefined],
    ['青禾乳业的酸奶喝了肚子疼，退款三天没人理', undefined, undefined],
    ['客服说会回复 @我 的', undefined, undefined],
  ])('%s (by %s) answers %s', (words, name, to) => {
    expect(answered(words, name)).toBe(to);
  });
});
