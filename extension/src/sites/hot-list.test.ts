// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { douyinHot } from './douyin-hot.ts';
import { loadFixture } from './fixture-doc.ts';
import { applyVariant } from './variants.ts';
import { weiboHot } from './weibo-hot.ts';

// Hot list readers (issue 11 item 4) on saved pages: the s.weibo.com table, the web app's 热搜 page with its side
// card, the feed's side card, and Douyin's 热榜 with its hidden server-rendered copy.

const read = (reader: typeof weiboHot, url: string) => reader.read(loadFixture(url)).map(({ debug: _d, ...e }) => e);

describe('微博热搜', () => {
  test.each([
    ['http://s.weibo.com/top/summary', 13, { rank: 11, title: '清禾酸奶被曝过期仍在售', heat: 764108 }],
    ['http://weibo.com/hot/search', 11, { rank: 4, title: 'QH乳业回应酸奶胀包', heat: 2398511 }],
    ['http://weibo.com/', 11, { rank: 7, title: '大学生冬季宿舍取暖妙招' }],
  ])('%s: %i entries, ranks, titles and heat', (url, count, sample) => {
    const entries = read(weiboHot, url);
    expect(entries).toHaveLength(count);
    expect(entries).toContainEqual(expect.objectContaining({ platform: 'weibo', ...sample, url: expect.stringMatching(/^https?:\/\/s\.weibo\.com\/weibo\?q=%23/) }));
    // The pinned entry has no rank; the numbered ones run 1, 2, 3… in page order.
    expect(entries[0]).toMatchObject({ title: '坚持发展新质生产力' });
    expect(entries[0]?.rank).toBeUndefined();
    expect(entries.slice(1).map((e) => e.rank)).toEqual(Array.from({ length: count - 1 }, (_, i) => i + 1));
  });

  test('a category before the heat (综艺 2710345) is not part of the number; 荐 slots and the side card’s repeats are left out', () => {
    const table = read(weiboHot, 'http://s.weibo.com/top/summary');
    expect(table.find((e) => e.rank === 3)).toMatchObject({ title: '年度国剧盛典名单', heat: 2710345 });
    expect(table.map((e) => e.title)).not.toContain('青禾乳业冬季新品上市');
    const page = read(weiboHot, 'http://weibo.com/hot/search');
    expect(page.map((e) => e.title)).not.toContain('青禾乳业冬季新品上市');
    expect(new Set(page.map((e) => e.title)).size).toBe(page.length);
  });

  test('entries are read only when their text, asked once, passes the caller’s test (issue 15)', () => {
    const asked: string[] = [];
    const none = weiboHot.read(loadFixture('http://weibo.com/'), (text) => (asked.push(text), false));
    expect(none).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('大学生冬季宿舍取暖妙招');
    const all = weiboHot.read(loadFixture('http://weibo.com/'), () => true).map(({ debug: _d, ...e }) => e);
    expect(all).toEqual(read(weiboHot, 'http://weibo.com/'));
    expect(all).toHaveLength(11);
  });

  test('every page says which selector found each field', () => {
    const [entry] = weiboHot.read(loadFixture('http://s.weibo.com/top/summary')).filter((e) => e.rank === 1);
    expect(entry?.debug.matched).toMatchObject({ title: expect.stringContaining('td.td-02 > a'), rank: expect.stringContaining('td.td-01'), heat: expect.stringContaining('td.td-02 > span') });
  });
});

describe('抖音热榜', () => {
  test('ranks drawn as pictures come from the place in the list; the 0×0 crawler copy is not read; heat before 热度', () => {
    const entries = read(douyinHot, 'http://www.douyin.com/hot');
    expect(entries).toHaveLength(11);
    expect(entries.slice(1).map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(entries.find((e) => e.rank === 6)).toEqual({ platform: 'douyin', rank: 6, title: '某禾乳业被指临期奶翻新销售', heat: 8_563_000, url: 'http://www.douyin.com/hot/2238106' });
    expect(entries.find((e) => e.rank === 10)?.heat).toBe(120_000_000); // 1.2亿
    // The hidden copy says 1.1万 for every entry: none of it may leak in.
    expect(entries.some((e) => e.heat === 11_000)).toBe(false);
  });
});

describe('topic links that are not the list', () => {
  test('a video caption’s 热点 link and a post’s lone topic link are not hot list entries', () => {
    const doc = loadFixture('http://www.douyin.com/video/7431234567890123456/');
    const caption = doc.querySelector('h1') ?? doc.body;
    caption.insertAdjacentHTML('beforeend', '<a href="/hot/2238106"><span>某禾乳业被指临期奶翻新销售</span></a>');
    expect(douyinHot.read(doc)).toEqual([]);
    // Three caption links in a row (a feed of videos) still show no heat: not the 热榜.
    for (let i = 0; i < 3; i++) caption.insertAdjacentHTML('beforeend', `<a href="/hot/22381${i}"><span>青禾热点${i}</span></a>`);
    expect(douyinHot.read(doc)).toEqual([]);
    const post = loadFixture('http://weibo.com/u/2803301701/');
    post.body.insertAdjacentHTML('beforeend', '<p><a href="https://s.weibo.com/weibo?q=%23QH%E4%B9%B3%E4%B8%9A%23&Refer=top">#QH乳业回应#</a></p>');
    expect(weiboHot.read(post)).toEqual([]);
  });
});

describe('layout drift', () => {
  // Renamed hashed classes and inserted wrappers (variants.ts): the links to hot topics still carry the reading.
  test.each([
    ['http://weibo.com/hot/search', weiboHot, 11],
    ['http://www.douyin.com/hot', douyinHot, 11],
  ] as const)('%s still reads every entry in each variant', (url, reader, count) => {
    for (const v of ['rehash', 'rename', 'wrap'] as const) {
      const doc = loadFixture(url);
      applyVariant(doc, v, 'li, tr');
      const entries = reader.read(doc);
      expect(entries.length, v).toBe(count);
      expect(entries.slice(1).map((e) => e.rank), v).toEqual(Array.from({ length: count - 1 }, (_, i) => i + 1));
      expect(entries.every((e) => e.rank === undefined || (e.heat ?? 0) > 1000), v).toBe(true);
    }
  });
});
