// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { toRecord, type Unit } from './types.ts';
import { applyVariant } from './variants.ts';
import { weibo } from './weibo.ts';

const home = 'http://weibo.com/';
const profileOld = 'http://weibo.com/u/2803301701/';
const detail = 'http://weibo.com/5678901234/QbX7nA2Ke/';
const visitor = 'http://weibo.com/u/7001002003/';
const nextRelease = 'http://weibo.com/u/7002003004/';

const units = (url: string) => weibo.findUnits(loadFixture(url), fixtureNow);
const byKey = (url: string, key: string) => units(url).find((u) => u.key === key);

describe('weibo.com adapter', () => {
  test.each([
    [home, ['weibo:QbX7nA2Ke', 'weibo:QbWkP0tLs', 'weibo:QbWq8cM3d', 'weibo:QbVzR1yHu', 'weibo:QbVyT5gNx', 'weibo:QbWs6Hj2P',
      'weibo:QbW2aVb9Q', 'weibo:QbVw0AdRt', 'weibo:QbWt2KxEf', 'weibo:QbWu9LmQz', 'weibo:QbWv3NoRa']],
    [profileOld, ['weibo:QbUa1Bc2D', 'weibo:QbUb3Ef4G', 'weibo:QbUc5Gh6J', 'weibo:QbUd7Jk8L', 'weibo:QbX7nA2Ke', 'weibo:QbUe9Lm0N']],
  ])('%s: one unit per post (reposted originals included), keyed by mblogid', (url, keys) => {
    expect(units(url).map((u) => u.key)).toEqual(keys);
  });

  test.each([
    [home, '_name_', '_time_', '_wbtext_'],
    [profileOld, 'head_name', 'head-info_time', 'detail_wbtext'],
  ])('%s: reports which hashed-class generation matched', (url, name, time, text) => {
    const u = units(url)[0]!;
    expect(u.debug.matched.author).toContain(name);
    expect(u.debug.matched.time).toContain(time);
    expect(u.debug.matched.text).toContain(text);
  });

  test('a feed post: logical text with emoji alt, author, absolute time from title, localised counts, permalink', () => {
    expect(toRecord(byKey(home, 'weibo:QbX7nA2Ke')!)).toEqual({
      key: 'weibo:QbX7nA2Ke', platform: 'weibo', kind: 'post', truncated: false,
      text: '喝了青禾牛奶孩子过敏住院了，整整三天！客服一直推脱，我们已经找律师准备起诉青禾乳业。[怒][怒]',
      author: { name: '宝妈小雨', id: '5678901234', url: 'http://weibo.com/u/5678901234' },
      permalink: 'https://weibo.com/5678901234/QbX7nA2Ke',
      publishedAt: '2026-11-22T09:35:00.000Z',
      counts: { reposts: 12_000, comments: 3456, likes: 100_000 },
    });
  });

  test('zero counts shown as labels, 3.4亿, 昨天 12:00, 06-27 from the title attribute', () => {
    expect(byKey(home, 'weibo:QbWkP0tLs')).toMatchObject({ counts: { reposts: 0, comments: 0, likes: 0 }, publishedAt: '2026-11-21T04:00:00.000Z' });
    expect(byKey(profileOld, 'weibo:QbUa1Bc2D')?.counts).toEqual({ reposts: 21_000, comments: 5678, likes: 340_000_000 });
    expect(byKey(profileOld, 'weibo:QbUe9Lm0N')?.publishedAt).toBe('2026-06-27T00:00:00.000Z');
  });

  test('a repost is its own unit pointing at the original, whose text stays out of the repost', () => {
    const all = units(home);
    const repost = all.find((u) => u.key === 'weibo:QbWs6Hj2P')!;
    const original = all.find((u) => u.key === 'weibo:QbW2aVb9Q')!;
    expect(repost).toMatchObject({ kind: 'repost', text: '//等一个权威检测结果', parentKey: 'weibo:QbW2aVb9Q' });
    expect(original).toMatchObject({ kind: 'post', author: { name: '青禾乳业官方' }, publishedAt: '2026-11-22T03:00:00.000Z' });
    expect(original.text).toMatch(/^@青禾乳业官方:关于网传产品质量问题的说明/);
  });

  test('the reposted original carries the counts printed under it (转发 5321 · 评论 2019 · 赞 1.1万)', () => {
    expect(byKey(home, 'weibo:QbW2aVb9Q')?.counts).toEqual({ reposts: 5321, comments: 2019, likes: 11_000 });
  });

  test('a next-release feed (div[role=article], renamed text class, counts in labelled buttons) still yields every post', () => {
    const all = units(nextRelease);
    expect(all.map((u) => [u.key, u.kind])).toEqual([
      ['weibo:Qc1Ab2Cd3', 'post'], ['weibo:Qc1Ef4Gh5', 'post'], ['weibo:Qc1Ij6Kl7', 'repost'], ['weibo:Qc0Mn8Op9', 'post'], ['weibo:Qc1Qr0St1', 'post'],
    ]);
    expect(all[0]).toMatchObject({
      text: '多位家长反映孩子喝了青禾牛奶后呕吐、腹泻，市场监管部门已介入调查。[怒]',
      author: { name: '乳品消费观察', id: '7002003004' }, publishedAt: '2026-11-22T09:30:00.000Z',
      counts: { reposts: 12_000, comments: 356, likes: 2048 },
    });
    expect(all[0]?.debug.matched).toMatchObject({ text: 'heuristic', author: 'heuristic', reposts: 'heuristic', likes: 'heuristic' });
    expect(all[1]?.counts).toEqual({ reposts: 0, comments: 0, likes: 0 });
    expect(all[2]).toMatchObject({ text: '//@乳品消费观察: 建议保留证据', parentKey: 'weibo:Qc0Mn8Op9', counts: { reposts: 88, comments: 12, likes: 301 } });
    expect(all[3]).toMatchObject({
      text: '内部人士爆料：青禾乳业部分批次检测未完成就先放行，报告后补，相关材料已交给监管部门和律师。',
      author: { name: '某知情员工' }, counts: { reposts: 5321, comments: 2019, likes: 11_000 }, publishedAt: '2026-11-22T01:15:00.000Z',
    });
  });

  test('promoted cards are flagged, 展开 marks truncation, full-width text is kept as written', () => {
    expect(byKey(home, 'weibo:QbVw0AdRt')?.promoted).toBe(true);
    expect(units(home).filter((u) => u.promoted).length).toBe(1);
    const long = byKey(home, 'weibo:QbWt2KxEf')!;
    expect(long.truncated).toBe(true);
    expect(long.text.startsWith('ＱＩＮＧＨＥ 新出的燕麦奶')).toBe(true);
    expect(long.text).not.toContain('展开');
  });

  test('detail page: the post, its comments and replies with absolute times', () => {
    const list = units(detail).map((u) => ({ kind: u.kind, author: u.author?.name, text: u.text, at: u.publishedAt, likes: u.counts?.likes }));
    expect(list).toEqual([
      expect.objectContaining({ kind: 'post', author: '宝妈小雨' }),
      { kind: 'comment', author: '路人甲乙丙', text: '同样喝了青禾牛奶拉肚子，已经向市场监管局举报了', at: '2026-11-22T09:38:00.000Z', likes: 1203 },
      { kind: 'reply', author: '宝妈小雨', text: '回复@路人甲乙丙:我家也是，孩子吐了一晚上', at: '2026-11-22T09:37:00.000Z', likes: 0 },
      { kind: 'reply', author: '青禾乳业客服', text: '您好，非常抱歉给您带来不好的体验，已私信您，请留意查收。', at: '2026-11-22T09:38:00.000Z', likes: 5 },
      { kind: 'comment', author: '心疼宝宝的姨妈', text: '心疼宝宝，青禾必须给个说法[怒]', at: '2026-11-22T09:40:00.000Z', likes: 0 },
      { kind: 'comment', author: '理性吃瓜', text: '等检测报告吧，别急着下结论', at: '2026-11-22T09:40:00.000Z', likes: 36 },
    ]);
    const all = units(detail);
    expect(all[1]?.parentKey).toBe('weibo:QbX7nA2Ke');
    expect(all[2]?.parentKey).toBe(all[1]?.key);
    expect(new Set(all.map((u) => u.key)).size).toBe(all.length);
  });

  /** The detail fixture after a release renamed every class of its comment list. */
  const renamed = () => {
    const doc = loadFixture(detail);
    const names: Record<string, string> = { 'wbpro-list': '_list_4k7m2_1', item1: '_item_4k7m2_5', item1in: '_in_4k7m2_9', con1: '_con_4k7m2_12', text: '_line_4k7m2_20', info: '_meta_4k7m2_24', list2: '_sub_4k7m2_30', item2: '_subItem_4k7m2_33', con2: '_subCon_4k7m2_35' };
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.setAttribute('class', Array.from(el.classList, (c) => names[c] ?? c).join(' '));
    return doc;
  };

  test.each(['reorder', 'release'] as const)('renamed comment list after the %s variant (list before the card): the same comments', (variant) => {
    const shape = (all: Unit[]) => all.map((u) => `${u.key} ${u.kind} ${u.parentKey ?? ''} ${JSON.stringify(u.text)}`).sort();
    const doc = renamed();
    applyVariant(doc, variant, weibo.unitContainers);
    const comment = doc.querySelector('a[usercard="6612340001"]')!;
    expect(comment.compareDocumentPosition(doc.querySelector('.woo-panel-main[tabindex]')!) & 4).toBeTruthy();
    expect(shape(weibo.findUnits(doc, fixtureNow))).toEqual(shape(units(detail)));
  });

  test.each(['reorder', 'release'] as const)('detail page after the %s variant: every comment keeps its author, time and likes', (variant) => {
    const fields = (all: Unit[]) => all.map((u) => `${u.kind} ${u.author?.name} ${u.publishedAt} ${u.counts?.likes} ${u.text}`).sort();
    const doc = loadFixture(detail);
    applyVariant(doc, variant, weibo.unitContainers);
    expect(fields(weibo.findUnits(doc, fixtureNow))).toEqual(fields(units(detail)));
  });

  test('detail page whose comment list a release renamed: the same comments, found by structure, also from one comment', () => {
    const seen = (all: Unit[]) => all.map((u) => ({ key: u.key, kind: u.kind, author: u.author?.name, text: u.text, at: u.publishedAt, likes: u.counts?.likes, parent: u.parentKey }));
    const doc = renamed();
    const found = weibo.findUnits(doc, fixtureNow);
    expect(seen(found)).toEqual(seen(units(detail)));
    expect(found.slice(1).every((u) => u.debug.matched.unit === 'heuristic')).toBe(true);
    // A rescan of one comment's block (a new item of the list) finds it and its replies, pointing at the post.
    const first = doc.querySelector('._item_4k7m2_5')!;
    expect(seen(weibo.findUnits(first, fixtureNow))).toEqual(seen(units(detail)).slice(1, 4));
  });

  test('a renamed one-line comment list (name:words time likes): the words alone, the plain number after the time its likes', () => {
    const line = (uid: string, name: string, words: string, time: string, likes: string) =>
      `<div class="_it_9k2m1_4"><div class="_row_9k2m1_7"><a href="/u/${uid}" usercard="${uid}">${name}</a>:<span>${words}</span> <span class="_t_9k2m1_9">${time}</span> <span>${likes}</span></div></div>`;
    const doc = pageAt('https://weibo.com/5678901234/QcE1f2G3h', `<!DOCTYPE html><html><body><div id="app"><main><div>
<article class="woo-panel-main"><header><a href="/u/5678901234" class="_name_1b05f_122" usercard="5678901234"><span>宝妈小雨</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/5678901234/QcE1f2G3h" title="2026-11-22 16:00">今天 16:00</a></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">青禾客服终于回电话了。</div></div></article>
<div class="_list_9k2m1_1">${line('6612340201', '奶爸阿明', '青禾的奶源看着放心', '11-21 20:30', '12')}${line('6612340202', '老铁', '666', '11-21 20:31', '3')}</div>
</div></main></div></body></html>`);
    expect(weibo.findUnits(doc, fixtureNow).slice(1).map((u) => [u.author?.name, u.text, u.publishedAt, u.counts])).toEqual([
      ['奶爸阿明', '青禾的奶源看着放心', '2026-11-21T12:30:00.000Z', { likes: 12 }],
      ['老铁', '666', '2026-11-21T12:31:00.000Z', { likes: 3 }],
    ]);
  });

  test('a recycled item view gets the new post’s key and text, so cached state keyed by element cannot leak', () => {
    const doc = loadFixture(home);
    const view = doc.querySelector('.vue-recycle-scroller__item-view')!;
    const before = weibo.findUnits(view, fixtureNow)[0]!;
    // What the page's scroller does when it reuses the node (tests/fixtures/sites/weibo.com/index.html).
    const time = view.querySelector('a[class*="_time_"]')!;
    time.setAttribute('href', 'https://weibo.com/2987654321/QbWx7PqSb');
    time.setAttribute('title', '2026-11-22 13:40');
    view.querySelector('[class*="_wbtext_"]')!.innerHTML = '青禾乳業的奶粉抽檢不合格？';
    const after = weibo.findUnits(view, fixtureNow)[0]!;
    expect(after.element).toBe(before.element);
    expect(after).toMatchObject({ key: 'weibo:QbWx7PqSb', text: '青禾乳業的奶粉抽檢不合格？', publishedAt: '2026-11-22T05:40:00.000Z' });
    expect(before.key).toBe('weibo:QbX7nA2Ke');
  });

  test('the visitor login wall is detected; ordinary pages have none', () => {
    expect(weibo.detectLoginWall(loadFixture(visitor))?.message).toMatch(/登录/);
    expect(weibo.detectLoginWall(loadFixture(home))).toBeNull();
  });

  test('the observed root holds the recycle scroller and a detail page’s comments', () => {
    expect(weibo.feedRoot(loadFixture(home))?.querySelector('#scroller')).not.toBeNull();
    expect(weibo.feedRoot(loadFixture(detail))?.querySelector('.wbpro-list')).not.toBeNull();
  });
});
