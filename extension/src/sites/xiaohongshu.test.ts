// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { tierOf } from './selectors.ts';
import { xiaohongshu as site } from './xiaohongshu.ts';

const note = 'http://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz&xsec_source=app_share';

describe('小红书 adapter', () => {
  test('the note from __INITIAL_STATE__ (bare undefined and all), text from the DOM, xsec_token kept', () => {
    const [post] = site.findUnits(loadFixture(note), fixtureNow);
    expect(post).toMatchObject({
      key: 'xiaohongshu:6741a2b3000000001e03c9f1', kind: 'post', author: { name: '杭州宝妈日记', id: '5f1a2b3c000000000100a1b2' },
      publishedAt: '2026-11-22T03:20:00.000Z', counts: { likes: 12_000, collects: 3421, comments: 856, shares: 512 },
      permalink: 'https://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz',
    });
    expect(post?.text).toMatch(/^青禾酸奶喝出异物！已打12315\n在超市买的青禾酸奶/);
  });

  test('comments once (the hidden server-rendered copy skipped), a sub-reply under its comment, trailing number = likes, 赞 = 0', () => {
    const [, ...comments] = site.findUnits(loadFixture(note), fixtureNow);
    expect(comments.map((c) => [c.kind, c.author?.name, c.counts?.likes, c.publishedAt])).toEqual([
      ['comment', '小王同学', 309, '2026-11-22T05:40:00.000Z'],
      ['reply', '青禾乳业官方', 12, '2026-11-22T06:40:00.000Z'],
      ['comment', '爱喝酸奶的猫', 0, '2026-11-22T07:40:00.000Z'],
      ['comment', '摄影小白', 5, '2026-11-21T13:30:00.000Z'],
    ]);
    expect(comments[1]?.parentKey).toBe(comments[0]?.key);
    expect(comments[0]?.text).toBe('同批次！我家的也有沉淀物，已经拍照留证了[生气R]');
  });

  test('login nag noticed; a removed note is a deleted page', () => {
    expect(site.detectLoginWall(loadFixture(note))?.message).toMatch(/登录/);
    expect(site.pageStatus?.(loadFixture(note))).toEqual({ status: 'online', message: '' });
    expect(site.pageStatus?.(loadFixture(site.testUrls[1]!))).toEqual({ status: 'deleted', message: '当前笔记暂时无法浏览' });
  });
});

describe('小红书 search results', () => {
  const search = site.testUrls[2]!;
  const n = (id: string) => `https://www.xiaohongshu.com/explore/6741b1a${id}?xsec_token=AB07AA0${id.slice(-1)}qhS3arch%3D`;

  test('each note card is a post keyed by its noteId: title, author and uid, the date under the name, likes, a permalink with the token', () => {
    const units = site.findUnits(loadFixture(search), fixtureNow);
    expect(units.map((u) => [u.key, u.text, u.author?.name, u.author?.id, u.publishedAt, u.counts?.likes, u.permalink])).toEqual([
      ['xiaohongshu:6741b1a1000000001e07aa01', '青禾酸奶喝出异物！已打12315', '杭州宝妈日记', '5f1a2b3c000000000100a1b2', '2026-11-19T09:40:00.000Z', 12_000, n('1000000001e07aa01')],
      ['xiaohongshu:6741b1a2000000001e07aa02', '青禾乳业低糖款测评｜真的0蔗糖吗', '测评君', '5f1a2b3c000000000100a1b4', '2026-11-19T16:00:00.000Z', 856, n('2000000001e07aa02')],
      ['xiaohongshu:6741b1a3000000001e07aa03', '清禾家的牛奶还能喝吗？', '奶爸老陈', '5f1a2b3c000000000100a1c1', '2026-11-21T13:30:00.000Z', 0, n('3000000001e07aa03')],
      ['xiaohongshu:6741b1a4000000001e07aa04', '早餐搭配｜一周不重样的牛奶燕麦杯', '早餐研究所', '5f1a2b3c000000000100a1b3', '2025-02-28T16:00:00.000Z', 100_000, n('4000000001e07aa04')],
      ['xiaohongshu:6741b1a5000000001e07aa05', '清禾路新开的面包店，奶香超浓', '探店小鹿', '5f1a2b3c000000000100a1c2', '2026-11-17T16:00:00.000Z', 3456, n('5000000001e07aa05')],
      ['xiaohongshu:6741b1a7000000001e07aa07', 'QH乳业 被约谈了？说说我知道的', '奶源圈老张', '5f1a2b3c000000000100a1c3', '2026-11-22T07:40:00.000Z', 98, n('7000000001e07aa07')],
    ]);
    expect(units.every((u) => u.kind === 'post' && Object.values(u.debug.matched).every((m) => tierOf(m) === 'primary'))).toBe(true);
  });

  test('the 大家都在搜 card, the user module and a note without a title are no units; each card reads alone; the page is online', () => {
    const doc = loadFixture(search);
    const units = site.findUnits(doc, fixtureNow);
    expect(units.some((u) => /大家都在搜|抽检不合格|官方/.test(`${u.text}${u.author?.name}`))).toBe(false);
    expect(typeof site.containersStandAlone === 'function' && site.containersStandAlone(doc)).toBe(true);
    const alone = Array.from(doc.querySelectorAll('section.note-item')).flatMap((c) => site.findUnits(c, fixtureNow));
    expect(alone.map((u) => u.key)).toEqual(units.map((u) => u.key));
    expect(site.pageStatus?.(doc)).toEqual({ status: 'online', message: '' });
  });

  test('the explore feed shows the same cards: same units; a note page is not read card by card', () => {
    const cards = Array.from(loadFixture(search).querySelectorAll('section.note-item')).slice(0, 2).map((c) => c.outerHTML).join('');
    const feed = pageAt('https://www.xiaohongshu.com/explore', `<!DOCTYPE html><html><body><div id="app"><div class="feeds-container">${cards}</div></div></body></html>`);
    const [first] = site.findUnits(loadFixture(search), fixtureNow);
    expect(site.findUnits(feed, fixtureNow)[0]).toMatchObject({ key: first?.key, text: first?.text, publishedAt: first?.publishedAt, permalink: first?.permalink });
    expect(typeof site.containersStandAlone === 'function' && site.containersStandAlone(loadFixture(note))).toBe(false);
  });
});
