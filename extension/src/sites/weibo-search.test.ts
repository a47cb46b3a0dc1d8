// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { rangeFor } from './text-map.ts';
import { toRecord, type Unit } from './types.ts';
import { applyVariant, variantNames } from './variants.ts';
import { weibo } from './weibo.ts';
import { mblogidOf } from './weibo-refs.ts';

// s.weibo.com search results (weibo-search.ts): the staff's daily search for the brand, 青禾乳业.

const search = 'http://s.weibo.com/weibo/';
const html = () => loadFixture(search).documentElement.outerHTML;
const units = (doc: Document = loadFixture(search)) => weibo.findUnits(doc, fixtureNow);
const byKey = (key: string, all = units()) => all.find((u) => u.key === key)!;
const shape = (all: Unit[]) => all.map((u) => `${u.key} ${u.kind} ${JSON.stringify(u.text)}`);

describe('s.weibo.com search results', () => {
  test('one unit per result post (the reposted original after its repost), keyed by mblogid; user, topic, 推荐 cards and the pager are none', () => {
    const all = units();
    expect(all.map((u) => [u.key, u.kind])).toEqual([
      ['weibo:QbX7nA2Ke', 'post'], ['weibo:QbX2rB8wd', 'post'], ['weibo:QbX4hB2mc', 'post'], ['weibo:QbX3kD5wq', 'repost'],
      ['weibo:QbW2aVb9Q', 'post'], ['weibo:QbWy8Ds3k', 'post'], ['weibo:QbX5gC1aD', 'post'], ['weibo:QbN4cD6eS', 'post'],
      ['weibo:Q2mF5tVxa', 'post'],
    ]);
    for (const u of all) expect(u.element.closest('.card-user-b, .card-topic-a, .m-page, .m-con-r')).toBeNull();
  });

  test.each([
    ['weibo:QbX7nA2Ke', '宝妈小雨', '5678901234', '2026-11-22T09:35:00.000Z', { reposts: 12_000, comments: 3456, likes: 100_000 }], // 5分钟前, 1.2万, 10万+
    ['weibo:QbX2rB8wd', '食品安全观察员', '3312045678', '2026-11-22T04:05:00.000Z', { reposts: 12, comments: 3, likes: 12_000 }], // 今天 12:05
    ['weibo:QbX3kD5wq', '理性消费小组', '2456789012', '2026-11-22T05:20:00.000Z', { reposts: 0, comments: 2, likes: 18 }], // 转发 as zero
    ['weibo:QbW2aVb9Q', '青禾乳业官方', '1650123456', '2026-11-22T03:00:00.000Z', { reposts: 5321, comments: 2019, likes: 11_000 }], // the original's row
    ['weibo:QbX5gC1aD', '财经乳业观察', '1987654320', '2026-11-22T08:40:00.000Z', { reposts: 8, comments: 3, likes: 21 }], // 1小时前
    ['weibo:QbN4cD6eS', '青禾苗种植合作社', '6023457788', '2026-11-20T00:30:00.000Z', { reposts: 0, comments: 0, likes: 0 }], // 11月20日 08:30, labels only
    ['weibo:Q2mF5tVxa', '奶爸阿明', '6612340201', '2025-12-01T02:00:00.000Z', { reposts: 2, comments: 5, likes: 36 }], // 2025年12月01日 10:00
  ])('%s: author %s (uid %s), absolute time %s, counts, permalink without refer_flag', (key, name, uid, at, counts) => {
    const u = byKey(key);
    expect(u).toMatchObject({ author: { name, id: uid, url: `https://weibo.com/u/${uid}` }, publishedAt: at, counts });
    expect(u.permalink).toBe(`https://weibo.com/${uid}/${key.slice('weibo:'.length)}`);
  });

  test('a result post: logical text with the keyword <em>s joined and emoji alt, no 来自…; the brand name maps across the <em> nodes', () => {
    const u = byKey('weibo:QbX7nA2Ke');
    expect(toRecord(u)).toMatchObject({ truncated: false, text: '喝了青禾牛奶孩子过敏住院了，整整三天！客服一直推脱，我们已经找律师准备起诉青禾乳业。[怒][怒]' });
    const at = u.text.indexOf('青禾乳业');
    const range = rangeFor(u.map, at, at + 4)!;
    expect(range.toString()).toBe('青禾乳业');
    expect([range.startContainer.parentElement?.tagName, range.endContainer.parentElement?.tagName]).toEqual(['EM', 'EM']);
  });

  test('every field of every unit is found by a declared selector, never the structural fallback', () => {
    for (const u of units()) {
      expect(Object.values(u.debug.matched), u.key).not.toContain('heuristic');
      expect(u.debug.matched.text, u.key).toBeDefined();
    }
    expect(byKey('weibo:QbX7nA2Ke').debug.matched.unit).toMatch(/^div\.card-wrap\[action-type="feed_list_item"\]/);
  });

  describe('a long post', () => {
    const long = 'weibo:QbX2rB8wd';
    test('reads its whole text from feed_list_content_full, without 展开 / 收起, and is not truncated', () => {
      const u = byKey(long);
      expect(u.truncated).toBe(false);
      expect(u.text).toMatch(/^【#青禾乳业回应抽检不合格#】11月21日，市场监管总局通报/);
      expect(u.text).toMatch(/@青禾乳业官方 回应称，涉事批次已全部下架召回，将配合监管部门调查.*投诉至今没人管.*及时公开整改进展。\[允悲\]$/);
      expect(u.text).not.toMatch(/展开|收起|\.\.\./);
      expect(u.debug.matched.fullText).toMatch(/feed_list_content_full/);
    });

    test.each([
      ['before 展开: a mention on screen maps into the cut text, one past the cut into the whole text', false, ['feed_list_content', 'feed_list_content_full']],
      ['after 展开 (the page swaps the two): both map into the whole text', true, ['feed_list_content_full', 'feed_list_content_full']],
    ])('%s', (_, unfold, where) => {
      const doc = loadFixture(search);
      if (unfold) {
        const card = doc.querySelector('[mid="5228485558850885"]')!;
        (card.querySelector('[node-type="feed_list_content"]') as HTMLElement).style.display = 'none';
        (card.querySelector('[node-type="feed_list_content_full"]') as HTMLElement).style.display = '';
      }
      const u = byKey(long, units(doc));
      const host = (start: number, end: number) => rangeFor(u.map, start, end)?.startContainer.parentElement?.closest('p')?.getAttribute('node-type');
      const first = u.text.indexOf('青禾乳业');
      const past = u.text.indexOf('投诉');
      expect([host(first, first + 4), host(past, past + 2)]).toEqual(where);
      expect(rangeFor(u.map, past, past + 2)?.toString()).toBe('投诉');
    });

    test('with only the cut text on the page (the whole one not sent), it is truncated and 展开 is left out', () => {
      const doc = loadFixture(search);
      doc.querySelector('[node-type="feed_list_content_full"]')!.remove();
      const u = byKey(long, units(doc));
      expect(u.truncated).toBe(true);
      expect(u.text).toMatch(/回应称，涉事批次已全部下架召回\.\.\.$/);
    });
  });

  test('a repost points at its original, whose text, author and counts stay out of the repost', () => {
    const all = units();
    const repost = byKey('weibo:QbX3kD5wq', all);
    const original = byKey('weibo:QbW2aVb9Q', all);
    expect(repost).toMatchObject({ kind: 'repost', parentKey: 'weibo:QbW2aVb9Q', text: '等一个权威检测结果，希望青禾这次说到做到[允悲] //@乳品消费观察:建议保留证据' });
    expect(original).toMatchObject({ kind: 'post', text: '关于网传产品质量问题的说明：我司已第一时间成立专项调查组，相关批次产品已封存送检，结果将及时公布。' });
    expect(original.element.matches('.card-comment')).toBe(true);
    expect(repost.element.contains(original.element)).toBe(true);
  });

  test('the 广告 card is a promoted post; other cards are not', () => {
    expect(units().filter((u) => u.promoted).map((u) => u.key)).toEqual(['weibo:QbX4hB2mc']);
  });

  test('a deleted original leaves the repost alone, and the page stays online though it prints the notice', () => {
    const doc = loadFixture(search);
    const box = doc.querySelector('.card-comment')!;
    box.innerHTML = '<div class="con"><p class="txt" node-type="feed_list_forwardContent">抱歉，此微博已被作者删除。查看帮助：<a href="//t.cn/A6xyz">网页链接</a></p></div>';
    doc.querySelector('#pl_feedlist_index')!.prepend(box.closest('.card-wrap')!);
    const [first, second] = units(doc);
    expect(first).toMatchObject({ key: 'weibo:QbX3kD5wq', kind: 'repost' });
    expect(first?.parentKey).toBeUndefined();
    expect(second?.key).toBe('weibo:QbX7nA2Ke');
    expect(weibo.pageStatus?.(doc).status).toBe('online');
  });

  test.each([
    ['5228488618590362', 'QbX7nA2Ke'],
    ['5228485558850885', 'QbX2rB8wd'],
    ['5228102249318778', 'QbN4cD6eS'],
    ['5205637717132676', 'Q2mF5tVxa'],
    ['4990000000123456', 'NBLji0w7e'], // a group below 62³ (0123456) keeps a leading zero
    ['12345', undefined],
    ['', undefined],
  ])('mid %s is mblogid %s', (mid, id) => {
    expect(mblogidOf(mid)).toBe(id);
  });

  test('each card’s mid names the post its time link names; a card without a time link is keyed by its mid', () => {
    const doc = loadFixture(search);
    for (const card of Array.from(doc.querySelectorAll('[action-type="feed_list_item"]'))) {
      expect(`weibo:${mblogidOf(card.getAttribute('mid'))}`).toBe(weibo.findUnits(card, fixtureNow)[0]?.key);
    }
    const card = doc.querySelector('[mid="5205637717132676"]')!;
    card.querySelector('.content > .from')!.remove();
    expect(weibo.findUnits(card, fixtureNow)[0]).toMatchObject({ key: 'weibo:Q2mF5tVxa', permalink: 'https://weibo.com/6612340201/Q2mF5tVxa' });
  });

  test('each card scanned alone (a new or changed card) gives what the page scan gives; a root without a card gives nothing', () => {
    const doc = loadFixture(search);
    const cards = Array.from(doc.querySelectorAll('[action-type="feed_list_item"]'));
    expect(shape(cards.flatMap((c) => weibo.findUnits(c, fixtureNow)))).toEqual(shape(units()));
    expect(weibo.findUnits(doc.querySelector('.m-page')!, fixtureNow)).toEqual([]);
    expect(weibo.findUnits(doc.querySelector('.card-user-b')!, fixtureNow)).toEqual([]);
  });

  test.each([
    'https://s.weibo.com/weibo?q=%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A&xsort=hot',
    'https://s.weibo.com/weibo?q=%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A&scope=ori&page=2',
    'https://s.weibo.com/realtime?q=%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A&rd=realtime&tw=realtime',
  ])('%s reads the same cards', (url) => {
    expect(shape(units(pageAt(url, html())))).toEqual(shape(units()));
  });

  // variants.test.ts compares keys, kinds and texts; on this page every field must come through a release as well,
  // written the same way (rates.test.ts compares fields as JSON: a reordered toolbar must not reorder the counts).
  test.each(variantNames)('after the %s layout variant every unit keeps every field', (variant) => {
    const records = (all: Unit[]) => all.map((u) => JSON.stringify(toRecord(u))).sort();
    const doc = loadFixture(search);
    applyVariant(doc, variant, weibo.unitContainers);
    expect(records(units(doc))).toEqual(records(units()));
  });

  test('the search cards are looked for on s.weibo.com only: weibo.com pages never try their selectors', () => {
    const found = units(pageAt('https://weibo.com/u/5678901234', html()));
    expect(found.some((u) => /card-wrap/.test(u.debug.matched.unit ?? ''))).toBe(false);
  });
});
