// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { douyin } from './douyin.ts';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { tierOf } from './selectors.ts';
import { rangeFor } from './text-map.ts';
import type { Unit } from './types.ts';

const general = 'http://www.douyin.com/search/青禾乳业?type=general';
const videoTab = 'http://www.douyin.com/root/search/青禾乳业?type=video&modal_id=7441000000000000201';
const profile = 'http://www.douyin.com/user/MS4wLjABAAAAQhTest0Reviewer';
const units = (url: string) => douyin.findUnits(loadFixture(url), fixtureNow);
/** What the side panel shows of a card: id, author (sec_uid), time, likes. */
const row = (u: Unit) => [u.key.replace(/^douyin:/, ''), u.author?.name, u.author?.id, u.publishedAt, u.counts?.likes];
const noHeuristic = (list: Unit[]) => list.flatMap((u) => Object.entries(u.debug.matched).filter(([k, m]) => !k.startsWith('shown:') && tierOf(m) === 'heuristic'));

describe('douyin.com search results (综合)', () => {
  test('each visible video card once, in page order: aweme id, author with sec_uid, · time, cover likes', () => {
    expect(units(general).map(row)).toEqual([
      ['7431234567890123456', '测评君小北', 'MS4wLjABAAAAQhTest0Reviewer', '2026-09-09T16:00:00.000Z', 123_000],
      ['7438765432109876543', '二胎妈妈日常', 'MS4wLjABAAAAmomVlog88', '2026-11-21T09:40:00.000Z', 46_000],
      ['7441000000000000103', '较真的消费者', 'MS4wLjABAAAAq3Long7Text', '2026-11-19T09:40:00.000Z', 8901],
      ['7441000000000000104', '奶品实验室', 'MS4wLjABAAAAmilkLab06', '2026-11-11T16:00:00.000Z', 21_000],
      ['7441000000000000105', '乡野日记', 'MS4wLjABAAAACountry0Diary', '2025-02-28T16:00:00.000Z', 56],
    ]);
  });

  test.each([
    ['keyword highlighted character by character', 0, '青禾牛奶开箱测评｜到底值不值得买？#青禾乳业 #测评'],
    ['a card that opens the modal, emoji alt', 1, '喝了青禾牛奶上吐下泻[流泪]，12315已受理，大家注意批次 #青禾乳业 #食品安全'],
    ['an @mention in the caption is words, not the author', 2, '某禾乳业的客服说胀包是运输问题，同一批次超市冷柜里也胀了，这怎么解释@青禾乳业官方客服 #维权'],
    ['a 图文 note: no cover badge', 3, '三款低温奶冷藏七天后对比，第三款是青禾的[思考] #青禾乳业'],
  ])('caption: %s', (_, i, text) => {
    expect(units(general)[i]?.text).toBe(text);
  });

  test('permalinks are video pages, the modal card’s and the note’s included', () => {
    const list = units(general);
    expect(list.map((u) => u.permalink)).toEqual(list.map((u) => `https://www.douyin.com/video/${u.key.slice(7)}`));
    expect(list.every((u) => u.kind === 'post')).toBe(true);
  });

  test('the 0×0 SEO copy and the user, 相关搜索 and live cards are no units', () => {
    const doc = loadFixture(general);
    const cards = Array.from(doc.querySelectorAll('[data-e2e="scroll-list"] > li'));
    const found = new Set(douyin.findUnits(doc, fixtureNow).map((u) => u.element));
    const what = (li: Element) => (li.hasAttribute('style') ? '0×0 copy' : li.querySelector('button') ? 'user'
      : li.querySelector('a[href*="live.douyin.com"]') ? 'live' : (li.textContent ?? '').includes('相关搜索') ? '相关搜索' : '?');
    expect(cards.filter((li) => !found.has(li)).map(what)).toEqual(['0×0 copy', 'user', '相关搜索', 'live']);
  });

  test('fields come from the list’s hooks and the cards’ places, none from the structural fallback', () => {
    expect(noHeuristic([...units(general), ...units(videoTab), ...units(profile)])).toEqual([]);
  });

  test('青禾 split across two highlight nodes maps back to one range', () => {
    const [card] = units(general);
    const at = card!.text.indexOf('青禾');
    const range = rangeFor(card!.map, at, at + 2)!;
    expect(range.toString()).toBe('青禾');
    expect(range.startContainer).not.toBe(range.endContainer);
  });

  test('the page is online though a caption says 违规; the observer watches the body, where the modal opens', () => {
    const doc = loadFixture(general);
    doc.querySelector('.Tq3WeR8y')!.textContent = '这家店违规添加？视频不存在了吗';
    expect(douyin.pageStatus?.(doc).status).toBe('online');
    expect(douyin.feedRoot(doc)).toBe(doc.body);
    expect(douyin.feedRoot(loadFixture(douyin.testUrls[0]!))?.id).toBe('douyin-right-container');
  });
});

describe('douyin.com search 视频 tab with a video open in the modal (?modal_id=)', () => {
  test('the cards, then the modal video and its comments keyed by the modal’s aweme id; its own card is left out', () => {
    const list = units(videoTab);
    expect(list.map((u) => [u.kind, u.key, u.author?.name, u.parentKey])).toEqual([
      ['post', 'douyin:7441000000000000202', '品控老司机', undefined],
      ['post', 'douyin:7431234567890123456', '测评君小北', undefined],
      ['post', 'douyin:7441000000000000204', '宝妈日常', undefined],
      ['post', 'douyin:7441000000000000201', '奶爸阿明', undefined],
      ['comment', expect.stringMatching(/^douyin:c:7441000000000000201:/), '小雅妈妈', 'douyin:7441000000000000201'],
      ['comment', expect.stringMatching(/^douyin:c:7441000000000000201:/), '律师小陈', 'douyin:7441000000000000201'],
      ['reply', expect.stringMatching(/^douyin:c:7441000000000000201:/), '奶爸阿明', list[5]?.key],
      ['comment', expect.stringMatching(/^douyin:c:7441000000000000201:/), '剪辑爱好者', 'douyin:7441000000000000201'],
    ]);
    expect(list[0]).toMatchObject({ text: 'QH乳业这批酸奶又胀包了，客服让我自己拍视频证明 #维权', counts: { likes: 12_000 }, author: { name: '品控老司机' } });
    expect(list[0]?.author?.id).toBeUndefined();
    expect(list[2]?.counts).toEqual({ likes: 100_000 });
    expect(list[3]).toMatchObject({
      text: '给娃喝了两年青禾奶粉，说说真实感受[赞]#青禾奶粉 #母婴', publishedAt: '2026-11-22T04:40:00.000Z',
      counts: { likes: 34_000, comments: 1256, collects: 8901, shares: 2345 }, permalink: 'https://www.douyin.com/video/7441000000000000201',
    });
  });

  const keys = (doc: Document) => douyin.findUnits(doc, fixtureNow).map((u) => u.key);
  const saved = () => keys(loadFixture(videoTab));
  test.each([
    ['without data-e2e-aweme-id: ?modal_id= keys it', (d: Document) => d.querySelector('[data-e2e-aweme-id]')!.removeAttribute('data-e2e-aweme-id')],
    ['a modal with the feed player’s hooks only (no video-detail)', (d: Document) => {
      d.querySelector('[data-e2e="video-detail"]')!.removeAttribute('data-e2e');
      d.querySelector('[data-e2e-aweme-id]')!.removeAttribute('data-e2e-aweme-id');
    }],
  ])('%s', (_, change) => {
    const doc = loadFixture(videoTab);
    change(doc);
    expect(keys(doc)).toEqual(saved());
  });

  test('closed, the modal leaves its card a unit of the list again', () => {
    const doc = pageAt('https://www.douyin.com/root/search/青禾乳业?type=video', loadFixture(videoTab).documentElement.outerHTML);
    doc.querySelector('[data-e2e="modal-video-container"]')!.remove();
    expect(douyin.findUnits(doc, fixtureNow).map(row)).toEqual([
      ['7441000000000000201', '奶爸阿明', undefined, '2026-11-22T04:40:00.000Z', 34_000],
      ['7441000000000000202', '品控老司机', undefined, '2026-11-20T09:40:00.000Z', 12_000],
      ['7431234567890123456', '测评君小北', undefined, '2026-09-09T16:00:00.000Z', 123_000],
      ['7441000000000000204', '宝妈日常', undefined, '2025-02-28T16:00:00.000Z', 100_000],
    ]);
  });

  test('rescans of one card or one comment (incremental) agree with the whole page', () => {
    const doc = loadFixture(videoTab);
    const [, shownCard, card] = Array.from(doc.querySelectorAll('[data-e2e="scroll-list"] > li'));
    expect(douyin.findUnits(shownCard!, fixtureNow)).toEqual([]);
    expect(douyin.findUnits(card!, fixtureNow).map((u) => u.key)).toEqual(['douyin:7441000000000000202']);
    const comment = doc.querySelectorAll('[data-e2e="comment-list"] > [data-e2e="comment-item"]')[0]!;
    expect(douyin.findUnits(comment, fixtureNow)[0]?.parentKey).toBe('douyin:7441000000000000201');
  });
});

describe('douyin.com profile (/user/{sec_uid})', () => {
  test('each post keyed by its aweme id, authored by the profile’s owner, likes from the cover', () => {
    const list = units(profile);
    expect(list.map((u) => [u.key, u.text, u.counts?.likes])).toEqual([
      ['douyin:7431234567890123456', '青禾牛奶开箱测评｜到底值不值得买？#青禾乳业 #测评', 123_000],
      ['douyin:7441000000000000302', '某禾乳业胀包实测：同一批次买了20盒，结果出乎意料 #食品安全', 56_000],
      ['douyin:7441000000000000303', 'QH乳业新品试喝[赞]，这次真的进步了', 8901],
      ['douyin:7441000000000000304', '去青禾田农场摘草莓，周末好去处', 2345],
      ['douyin:7441000000000000305', '一周早餐vlog｜第3天', 0],
    ]);
    const owner = { name: '测评君小北', id: 'MS4wLjABAAAAQhTest0Reviewer', url: 'http://www.douyin.com/user/MS4wLjABAAAAQhTest0Reviewer' };
    expect(list.every((u) => JSON.stringify(u.author) === JSON.stringify(owner) && u.publishedAt === undefined)).toBe(true);
    expect(list[3]?.permalink).toBe('https://www.douyin.com/video/7441000000000000304');
  });

  test('the login modal over a profile is detected', () => {
    const doc = loadFixture(profile);
    expect(douyin.detectLoginWall(doc)).toBeNull();
    doc.body.insertAdjacentHTML('beforeend', '<div data-e2e="login-modal"><div>登录后查看更多作品</div></div>');
    expect(douyin.detectLoginWall(doc)?.message).toMatch(/登录/);
  });
});
