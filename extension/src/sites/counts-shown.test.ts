// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { douyin } from './douyin.ts';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import type { Unit } from './types.ts';
import { weibo } from './weibo.ts';
import { weiboMobile } from './weibo-mobile.ts';

// Issue 10: a capture keeps each count as the page displayed it as well as the integer (10万+ is "at least").
const shown = (u: Unit | undefined) =>
  Object.fromEntries(Object.entries(u?.debug.matched ?? {}).filter(([k]) => k.startsWith('shown:')).map(([k, v]) => [k.slice(6), v]));

describe('counts as displayed', () => {
  test.each([
    ['weibo.com feed post', () => weibo.findUnits(loadFixture('http://weibo.com/'), fixtureNow).find((u) => u.key === 'weibo:QbX7nA2Ke'), { reposts: '1.2万', comments: '3456', likes: '10万+' }],
    ['douyin video', () => douyin.findUnits(loadFixture('http://www.douyin.com/video/7431234567890123456/'), fixtureNow)[0], { likes: '12.3万', comments: '3456', collects: '2.1万', shares: '8901' }],
  ])('%s: every integer count has the label the page displayed', (_name, find, labels) => {
    const unit = find();
    expect(shown(unit)).toEqual(labels);
    expect(Object.keys(unit?.counts ?? {}).sort()).toEqual(Object.keys(labels).sort());
  });

  test('zero counts keep the bare label the page shows (转发, 评论)', () => {
    const unit = weibo.findUnits(loadFixture('http://weibo.com/'), fixtureNow).find((u) => u.key === 'weibo:QbWkP0tLs');
    expect(unit?.counts).toMatchObject({ reposts: 0, comments: 0 });
    expect(shown(unit)).toMatchObject({ reposts: '转发', comments: '评论' });
  });

  test('m.weibo.cn reads the same way', () => {
    const units = weiboMobile.findUnits(loadFixture(weiboMobile.testUrls[0]!), fixtureNow).filter((u) => u.counts && Object.keys(u.counts).length);
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) expect(Object.keys(shown(u)).length).toBeGreaterThan(0);
  });
});
