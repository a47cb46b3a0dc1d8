// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { kuaishou as site } from './kuaishou.ts';
import { tierOf } from './selectors.ts';

const video = 'http://www.kuaishou.com/short-video/3xqinghe2026abc';

describe('快手 adapter', () => {
  test('the video from __APOLLO_STATE__ while its script is there, else from the DOM; same key either way', () => {
    const doc = loadFixture(video);
    const [post] = site.findUnits(doc, fixtureNow);
    expect(post).toMatchObject({
      key: 'kuaishou:3xqinghe2026abc', text: '青禾牛奶喝完孩子上吐下泻，市场监管局已经介入了 #青禾乳业',
      author: { name: '奶爸老陈', id: '3xauthor88' }, publishedAt: '2026-11-21T07:50:00.000Z', counts: { likes: 23_104, views: 456_000 },
      debug: { matched: { state: '__APOLLO_STATE__.defaultClient' } },
    });
    // The page's script removes itself once it has run.
    doc.querySelector('script')?.remove();
    const [dom] = site.findUnits(doc, fixtureNow);
    expect(dom).toMatchObject({ key: post?.key, text: post?.text, author: { name: '奶爸老陈' }, publishedAt: '2026-11-21T09:40:00.000Z', counts: { likes: 23_000 } });
  });

  test('server-rendered comments with author profile ids, times and likes (赞 = 0); a removed video', () => {
    const [, ...comments] = site.findUnits(loadFixture(video), fixtureNow);
    expect(comments.map((c) => [c.author?.id, c.counts?.likes, c.publishedAt])).toEqual([
      ['3xuser01', 326, '2026-11-22T04:40:00.000Z'], ['3xuser02', 0, '2026-11-22T05:40:00.000Z'], ['3xuser03', 12, '2026-11-22T06:40:00.000Z'],
    ]);
    expect(site.pageStatus?.(loadFixture(site.testUrls[1]!))).toEqual({ status: 'deleted', message: '作品已删除' });
  });
});

describe('快手 search results', () => {
  const search = site.testUrls[2]!;
  const v = (id: string) => `https://www.kuaishou.com/short-video/${id}`;

  test('each video card is a post keyed by its photoId (the video page’s key): caption, author and profile id, likes', () => {
    const units = site.findUnits(loadFixture(search), fixtureNow);
    expect(units.map((u) => [u.key, u.text, u.author?.name, u.author?.id, u.counts?.likes, u.permalink])).toEqual([
      ['kuaishou:3xqinghe2026abc', '青禾牛奶喝完孩子上吐下泻，市场监管局已经介入了 #青禾乳业', '奶爸老陈', '3xauthor88', 23_000, v('3xqinghe2026abc')],
      ['kuaishou:3xqinghe2026s02', '青禾乳业官方回应：涉事批次已下架，检测报告本周公布', '青禾乳业官方', '3xqinghe0001', 12_000, v('3xqinghe2026s02')],
      ['kuaishou:3xqinghe2026s03', '超市试喝｜ＱＩＮＧＨＥ低糖酸奶到底甜不甜', '吃货小分队', '3xuser21', 0, v('3xqinghe2026s03')],
      ['kuaishou:3xqinghe2026s04', '带娃逛牧场，小羊太可爱了', '周末去哪儿', '3xuser22', 856, v('3xqinghe2026s04')],
      ['kuaishou:3xqinghe2026s05', '清禾路夜市新开了一家烤奶店，排队半小时', '夜市探店王', '3xuser23', 100_000, v('3xqinghe2026s05')],
      ['kuaishou:3xqinghe2026s06', '某禾乳业的奶你们还敢喝吗？内部员工说了实话', '吃瓜前线', '3xuser24', 3456, v('3xqinghe2026s06')],
    ]);
    expect(units.every((u) => u.kind === 'post' && u.publishedAt === undefined && Object.values(u.debug.matched).every((m) => tierOf(m) === 'primary'))).toBe(true);
    const [first] = units;
    const [detail] = site.findUnits(loadFixture(video), fixtureNow);
    expect(first?.key).toBe(detail?.key);
  });

  test('the 相关用户 card, the live card and 相关搜索 are no units; each card reads alone; the page is online', () => {
    const doc = loadFixture(search);
    const units = site.findUnits(doc, fixtureNow);
    expect(units.some((u) => /直播|粉丝|抽检$/.test(u.text))).toBe(false);
    expect(typeof site.containersStandAlone === 'function' && site.containersStandAlone(doc)).toBe(true);
    expect(typeof site.containersStandAlone === 'function' && site.containersStandAlone(loadFixture(video))).toBe(false);
    const alone = Array.from(doc.querySelectorAll('.video-card')).flatMap((c) => site.findUnits(c, fixtureNow));
    expect(alone.map((u) => u.key)).toEqual(units.map((u) => u.key));
    expect(site.pageStatus?.(doc)).toEqual({ status: 'online', message: '' });
  });
});
