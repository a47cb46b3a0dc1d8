// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { compilePack } from '@vigil/shared/engine/rules';
import type { HotSearchSighting } from '@vigil/shared/schemas/monitoring';
import { loadFixture } from '../sites/fixture-doc.ts';
import { siteFor } from '../sites/index.ts';
import { initHotWatch, sightingsOf } from './watch-hot.ts';

// 热搜 watch in the page (issue 11 item 4): which entries of the saved hot lists name the demo brand, with the
// flagging matcher's normalisation (evasive forms count, homonym traps do not).

const seenAt = new Date('2026-11-22T09:40:00Z');
const compiled = compilePack(demoPack);
const onPage = (url: string) => sightingsOf(siteFor(url, [])!.hotList!.read(loadFixture(url)), demoPack, () => compiled, seenAt);

/** The saved 热搜 page with every text that names the brand (or a homonym trap) renamed. */
function hotPageWithoutBrand(): Document {
  const doc = loadFixture('http://weibo.com/hot/search');
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/禾|QH/i.test(t.textContent ?? '')) t.textContent = '冬至吃饺子还是汤圆';
  return doc;
}

/** Adds an entry titled `title` to the list, as a refresh in place does. */
function addEntry(doc: Document, title: string): void {
  const main = doc.querySelector('.vue-recycle-scroller__item-wrapper')!;
  const row = main.lastElementChild!.cloneNode(true) as Element;
  row.querySelector('[class*="_tit_"]')!.textContent = title;
  main.append(row);
}

describe('hot list entries naming a brand', () => {
  test.each([
    ['http://weibo.com/hot/search', [{ platform: 'weibo', rank: 4, title: 'QH乳业回应酸奶胀包', term: 'QH乳业', heat: 2398511 }]],
    ['http://s.weibo.com/top/summary', [{ platform: 'weibo', rank: 11, title: '清禾酸奶被曝过期仍在售', term: '清禾', heat: 764108 }]],
    ['http://www.douyin.com/hot', [{ platform: 'douyin', rank: 6, title: '某禾乳业被指临期奶翻新销售', term: '某禾乳业', heat: 8563000, url: 'http://www.douyin.com/hot/2238106' }]],
    ['http://weibo.com/', []],
  ])('%s', (url, expected) => {
    // 青禾苗 / 青禾田 (homonym traps) and the 荐 slot 青禾乳业冬季新品上市 are not sightings.
    expect(onPage(url)).toEqual(expected.map((e) => expect.objectContaining({ brand: '青禾乳业', seenAt: seenAt.toISOString(), ...e })));
  });

  test('full-width, traditional and zero-width forms of an alias count; a title naming no brand does not', () => {
    const entry = (title: string) => ({ platform: 'weibo' as const, title, rank: 9, debug: { matched: {} } });
    const found = sightingsOf(['ＱＩＮＧＨＥ奶粉断货', '青禾乳業被約談', '青\u200b禾牛奶召回', '初雪落在故宫'].map(entry), demoPack, () => compiled, seenAt);
    expect(found.map((s) => [s.title, s.term])).toEqual([['ＱＩＮＧＨＥ奶粉断货', 'QINGHE'], ['青禾乳業被約談', '青禾乳业'], ['青\u200b禾牛奶召回', '青禾牛奶']]);
  });
});

describe('watching a page', () => {
  test('hands each entry over once, again when it climbs, and reads the list again when the page changes it', async () => {
    const doc = loadFixture('http://weibo.com/hot/search');
    const reports: HotSearchSighting[][] = [];
    const ctl = new AbortController();
    initHotWatch({ signal: ctl.signal, site: siteFor('http://weibo.com/hot/search', [])!, pack: demoPack, doc, settle: 10, now: () => seenAt, report: async (s) => reports.push(s) });
    expect(reports.map((r) => r.map((s) => s.rank))).toEqual([[4]]);
    // The list refreshes in place: the entry climbs to 第 2 位 (rank cell and link), and a new entry names the brand.
    const rank = doc.querySelectorAll('[class*="_rank_1m3cy"]')[4]!;
    rank.textContent = '2';
    const main = doc.querySelector('.vue-recycle-scroller__item-wrapper')!;
    const row = main.lastElementChild!.cloneNode(true) as Element;
    row.querySelector('[class*="_tit_"]')!.textContent = '青禾牛奶董事长致歉';
    row.querySelector('a')!.setAttribute('href', 'https://s.weibo.com/weibo?q=%23x%23&t=31&band_rank=11&Refer=top');
    row.querySelector('[class*="_rank_"]')!.textContent = '11';
    main.append(row);
    await expect.poll(() => reports.length).toBe(2);
    expect(reports[1]!.map((s) => [s.title, s.rank])).toEqual([['QH乳业回应酸奶胀包', 2], ['青禾牛奶董事长致歉', 11]]);
    ctl.abort();
    main.append(row.cloneNode(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(reports).toHaveLength(2);
  });

  test('a page whose text names no brand is not even read: its list is never laid out (issue 15)', async () => {
    const doc = hotPageWithoutBrand();
    const site = siteFor('http://weibo.com/hot/search', [])!;
    let reads = 0;
    const watched = { ...site, hotList: { ...site.hotList!, read: (d: ParentNode) => (reads++, site.hotList!.read(d)) } };
    const reports: HotSearchSighting[][] = [];
    const ctl = new AbortController();
    initHotWatch({ signal: ctl.signal, site: watched, pack: demoPack, doc, settle: 10, now: () => seenAt, report: async (s) => reports.push(s) });
    expect(reads).toBe(0);
    // Once an entry names the brand, the list is read and the entry handed over.
    addEntry(doc, '青禾牛奶董事长致歉');
    await expect.poll(() => reports.length).toBe(1);
    expect(reads).toBe(1);
    expect(reports[0]!.map((s) => s.title)).toEqual(['青禾牛奶董事长致歉']);
    ctl.abort();
  });

  test('a page whose posts name the brand but whose list names none: the list is not laid out (issue 15)', async () => {
    const doc = hotPageWithoutBrand();
    doc.body.insertAdjacentHTML('beforeend', '<p>喝了青禾牛奶孩子过敏住院了</p>');
    // Telling visible entries starts by asking whether the page has layout at all.
    let layoutReads = 0;
    const root = doc.documentElement;
    const rect = root.getBoundingClientRect.bind(root);
    root.getBoundingClientRect = () => (layoutReads++, rect());
    const reports: HotSearchSighting[][] = [];
    const ctl = new AbortController();
    initHotWatch({ signal: ctl.signal, site: siteFor('http://weibo.com/hot/search', [])!, pack: demoPack, doc, settle: 10, now: () => seenAt, report: async (s) => reports.push(s) });
    expect(layoutReads).toBe(0);
    // An entry that names the brand is read as before.
    addEntry(doc, 'ＱＨ乳业董事长致歉');
    await expect.poll(() => reports.length).toBe(1);
    expect(layoutReads).toBeGreaterThan(0);
    expect(reports[0]!.map((s) => s.title)).toEqual(['ＱＨ乳业董事长致歉']);
    ctl.abort();
  });

  test('after the first check, a change of the page reads the list, not the whole page again (issue 15)', async () => {
    const doc = hotPageWithoutBrand();
    for (const code of doc.querySelectorAll('script, style, noscript, template')) code.remove();
    doc.body.insertAdjacentHTML('beforeend', '<div id="feed"><p>喝了青禾牛奶孩子过敏住院了</p></div>');
    // The page's text is read through the body's textContent (no script in it).
    let pageReads = 0;
    let proto = Object.getPrototypeOf(doc.body);
    while (!Object.getOwnPropertyDescriptor(proto, 'textContent')) proto = Object.getPrototypeOf(proto);
    const text = Object.getOwnPropertyDescriptor(proto, 'textContent')!;
    Object.defineProperty(doc.body, 'textContent', { get: () => (pageReads++, text.get!.call(doc.body)), configurable: true });
    const site = siteFor('http://weibo.com/hot/search', [])!;
    let listReads = 0;
    const watched = { ...site, hotList: { ...site.hotList!, read: (d: ParentNode, only?: (t: string) => boolean) => (listReads++, site.hotList!.read(d, only)) } };
    const reports: HotSearchSighting[][] = [];
    const ctl = new AbortController();
    initHotWatch({ signal: ctl.signal, site: watched, pack: demoPack, doc, settle: 10, now: () => seenAt, report: async (s) => reports.push(s) });
    expect([pageReads, listReads]).toEqual([1, 1]);
    // The feed grows as the reader scrolls: each batch is a change, and each change one read of the list only.
    for (let batch = 1; batch <= 3; batch++) {
      doc.getElementById('feed')!.insertAdjacentHTML('beforeend', '<p>青禾酸奶真的好喝</p>');
      await expect.poll(() => listReads).toBe(1 + batch);
    }
    expect(pageReads).toBe(1);
    expect(reports).toEqual([]);
    addEntry(doc, '青禾牛奶董事长致歉');
    await expect.poll(() => reports.length).toBe(1);
    expect(reports[0]!.map((s) => s.title)).toEqual(['青禾牛奶董事长致歉']);
    ctl.abort();
  });
});
