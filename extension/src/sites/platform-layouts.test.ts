// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, pageAt } from './fixture-doc.ts';
import { bilibili } from './bilibili.ts';
import { kuaishou } from './kuaishou.ts';
import { bilibiliPages } from './social-layout-pages-bili.ts';
import { kuaishouPages, plainReplies, xiaohongshuPages } from './social-layout-pages-xhs.ts';
import { weixinNotePages } from './social-layout-pages-weixin.ts';
import { weixinPages, zhihuPages } from './social-layout-pages-zhihu.ts';
import { zhihuQuestionPages } from './social-layout-pages-zhihu-modal.ts';
import { seenUnits as seen, unitsOfPage as unitsOf, } from './social-layout-pages.ts';
import type { Unit } from './types.ts';
import { applyVariant } from './variants.ts';
import { weixin } from './weixin.ts';
import { xiaohongshu } from './xiaohongshu.ts';
import { zhihu } from './zhihu.ts';

// The five newer platforms on layouts no saved fixture covers (issue 14): what a frontline user would check of each
// unit in the side panel, on the page as written and after a release reorders or renames its blocks.

const cases = [
  ...xiaohongshuPages.map((p) => [p.name, xiaohongshu, p] as const),
  ...kuaishouPages.map((p) => [p.name, kuaishou, p] as const),
  ...bilibiliPages.map((p) => [p.name, bilibili, p] as const),
  ...[...zhihuPages, ...zhihuQuestionPages].map((p) => [p.name, zhihu, p] as const),
  ...[...weixinPages, ...weixinNotePages].map((p) => [p.name, weixin, p] as const),
];

describe('newer platforms on unsaved layouts', () => {
  test.each(cases)('%s', (_, adapter, p) => {
    expect(seen(unitsOf(adapter, p))).toEqual(p.units);
  });

  // A 公众号 body reordered is another article; its page is checked as written only.
  const released = cases.filter(([, adapter]) => adapter !== weixin).flatMap(([name, adapter, p]) => (['reorder', 'release'] as const).map((v) => [name, v, adapter, p] as const));
  test.each(released)('%s — %s: the same units', (_, variant, adapter, p) => {
    const doc = pageAt(p.url, p.html);
    applyVariant(doc, variant, adapter.unitContainers);
    const sorted = (units: Unit[]) => seen(units).map((u) => JSON.stringify({ ...u, parent: undefined })).sort();
    expect(sorted(adapter.findUnits(doc, fixtureNow))).toEqual(sorted(unitsOf(adapter, p)));
  });

  test('B站: each commenter’s uid from the link inside a #user-name box', () => {
    const [, ...comments] = unitsOf(bilibili, bilibiliPages[0]!);
    expect(comments.map((c) => c.author?.id)).toEqual(['32100001', '32100021', '32100001', '32100022', '32100023']);
  });

  test('公众号: the closing 来源 / 编辑 / 审核 lines are no part of the article', () => {
    const [article] = unitsOf(weixin, weixinPages[0]!);
    expect(article?.text).toMatch(/暂停与该工厂的合作。$/);
  });

  test('公众号: a 留言 scanned on its own is that 留言, keyed as in a whole-page scan', () => {
    const p = weixinPages[0]!;
    const doc = pageAt(p.url, p.html);
    const item = doc.querySelector('.discuss_item:last-child')!;
    const whole = weixin.findUnits(doc, fixtureNow).find((u) => u.element === item);
    expect(weixin.findUnits(item, fixtureNow).map((u) => u.key)).toEqual([whole?.key]);
  });

  test('小红书: a feed card links to its note with the xsec_token, as the note page keys it', () => {
    const [card] = unitsOf(xiaohongshu, xiaohongshuPages[1]!);
    expect(card).toMatchObject({ key: 'xiaohongshu:6741d0a1000000001e05ef01', permalink: 'https://www.xiaohongshu.com/explore/6741d0a1000000001e05ef01?xsec_token=AB05ef01', author: { id: '5f1a2b3c000000000100a1b2' } });
  });

  test('小红书: the note’s and a commenter’s names, after a release moved them out of their author boxes', () => {
    const doc = pageAt(plainReplies.url, plainReplies.html);
    applyVariant(doc, 'release', xiaohongshu.unitContainers);
    const names = xiaohongshu.findUnits(doc, fixtureNow).map((u) => u.author?.name).sort();
    expect(names).toEqual(['控糖小能手', '爱吃酸奶的鱼', '爱吃酸奶的鱼', '酸奶星人'].sort());
  });

  test('小红书: a reply printed before its comment (a release reordering the thread) still points at it', () => {
    const doc = pageAt(plainReplies.url, plainReplies.html);
    applyVariant(doc, 'reorder', xiaohongshu.unitContainers);
    const units = xiaohongshu.findUnits(doc, fixtureNow);
    const reply = units.find((u) => u.kind === 'reply');
    expect(units.find((u) => u.key === reply?.parentKey)?.author?.name).toBe('酸奶星人');
  });

  test('B站: the login bar a logged-out reader gets inside the comment component is a login wall', () => {
    const p = bilibiliPages[0]!;
    expect(bilibili.detectLoginWall(pageAt(p.url, p.html))).toBeNull();
    const bar = '<div id="end"><div class="login-prompt">登录后查看 1024 条评论 <button>登录</button></div></div>';
    const doc = pageAt(p.url, p.html.replace('</template></bili-comments>', `${bar}</template></bili-comments>`));
    expect(bilibili.detectLoginWall(doc)?.message).toMatch(/登录/);
  });

  test.each(cases)('%s: every unit has a key of its own', (_, adapter, p) => {
    const keys = unitsOf(adapter, p).map((u) => u.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
