// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, pageAt } from './fixture-doc.ts';
import { douyin } from './douyin.ts';
import { weiboCommentPages } from './social-layout-pages-comments.ts';
import { pages2026 } from './social-layout-pages-2026.ts';
import { douyinPages } from './social-layout-pages-douyin.ts';
import { douyinListPages } from './social-layout-pages-douyin-lists.ts';
import { mobilePages, weiboMorePages } from './social-layout-pages-more.ts';
import { weiboThreadPages } from './social-layout-pages-threads.ts';
import { seenUnits as seen, unitsOfPage as unitsOf, weiboFeedPages, } from './social-layout-pages.ts';
import type { Unit } from './types.ts';
import { applyVariant } from './variants.ts';
import { weiboMobile } from './weibo-mobile.ts';
import { weibo } from './weibo.ts';

// Social layouts no saved fixture covers (issue 4): what a frontline user would check of each unit in the side panel.

const cases = [
  ...[...weiboFeedPages, ...weiboMorePages, ...weiboCommentPages, ...pages2026.weibo, ...weiboThreadPages].map((p) => [p.name, weibo, p] as const),
  ...[...mobilePages, ...pages2026.mobile].map((p) => [p.name, weiboMobile, p] as const),
  ...[...douyinPages, ...douyinListPages].map((p) => [p.name, douyin, p] as const),
];

describe('social adapters on unsaved layouts', () => {
  test.each(cases)('%s', (_, adapter, p) => {
    expect(seen(unitsOf(adapter, p))).toEqual(p.units);
  });

  // A release reorders blocks (variants.ts): a 相关推荐 title printed under its cards, comments above the post, a
  // Douyin comment's stats row above its words and its name row below them.
  const released = [
    ...[...weiboCommentPages, ...pages2026.weibo, ...weiboThreadPages].map((p) => [weibo, p] as const),
    ...[...douyinPages, ...douyinListPages].map((p) => [douyin, p] as const),
  ].flatMap(([adapter, p]) => (['reorder', 'release'] as const).map((v) => [p.name, v, adapter, p] as const));
  test.each(released)('%s — %s: the same units', (_, variant, adapter, p) => {
    const doc = pageAt(p.url, p.html);
    applyVariant(doc, variant, adapter.unitContainers);
    const sorted = (units: Unit[]) => seen(units).map((u) => JSON.stringify({ ...u, parent: undefined })).sort();
    expect(sorted(adapter.findUnits(doc, fixtureNow))).toEqual(sorted(unitsOf(adapter, p)));
  });

  test.each(cases)('%s: every unit has a key of its own', (_, adapter, p) => {
    const keys = unitsOf(adapter, p).map((u) => u.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
