// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { bilibili as site } from './bilibili.ts';
import { tierOf } from './selectors.ts';
import { rangeFor } from './text-map.ts';
import type { Unit } from './types.ts';

const video = 'http://www.bilibili.com/video/BV1Qh411q7Hx/';

describe('B站 adapter', () => {
  test('the video from __INITIAL_STATE__.videoData with its stat', () => {
    const [post] = site.findUnits(loadFixture(video), fixtureNow);
    expect(post).toMatchObject({
      key: 'bilibili:BV1Qh411q7Hx', author: { name: '食品实验室', id: '32100001' }, publishedAt: '2026-11-22T07:20:00.000Z',
      counts: { likes: 34_000, collects: 8800, shares: 1200, comments: 2301, views: 456_000 },
      text: '实测青禾牛奶：抽检不合格批次到底怎么回事\n市场监管局通报青禾乳业一批次抽检不合格，我们买了同批次送检。',
    });
  });

  test('comments and replies read through nested open shadow roots; the unit element lives in the shadow tree', () => {
    const [, ...comments] = site.findUnits(loadFixture(video), fixtureNow);
    expect(comments.map((c) => [c.kind, c.author?.name, c.text, c.counts?.likes])).toEqual([
      ['comment', '理性吃瓜人', '抽检不合格还敢卖，市场监管部门要严查青禾[生气]', 12_000],
      ['reply', '青禾乳业官方', '您好，涉事批次已全部下架召回，检测报告会第一时间公布', 88],
      ['comment', 'UP主粉丝', 'UP主做实验好认真，三连了', 0],
      ['comment', '路人乙', '青禾的酸奶我一直在喝，还挺好喝的', 56],
    ]);
    expect(comments[1]?.parentKey).toBe(comments[0]?.key);
    expect(comments[0]?.element.getRootNode()).not.toBe(comments[0]?.element.ownerDocument);
    expect(comments[0]?.map.runs.length).toBeGreaterThan(0);
  });

  test('a removed video', () => {
    expect(site.pageStatus?.(loadFixture(site.testUrls[1]!))).toEqual({ status: 'deleted', message: '啊叻？视频不见了' });
  });
});

describe('B站 search results', () => {
  const search = site.testUrls[2]!;
  const seen = (units: Unit[]) => units.map((u) => [u.key, u.text, u.author?.name, u.author?.id, u.publishedAt, u.counts?.views, u.permalink]);

  test('each video card is a post keyed by its BV id: the title read across the keyword’s ems, UP and uid, date, views', () => {
    const v = (bv: string) => `https://www.bilibili.com/video/${bv}`;
    expect(seen(site.findUnits(loadFixture(search), fixtureNow))).toEqual([
      ['bilibili:BV1Qh411q7Hx', '实测青禾牛奶：抽检不合格批次到底怎么回事', '食品实验室', '32100001', '2026-11-19T16:00:00.000Z', 456_000, v('BV1Qh411q7Hx')],
      ['bilibili:BV1Qh411q7Ab', '青禾乳业回应抽检：涉事批次已全部召回', '青禾乳业官方', '32100009', '2026-11-22T06:40:00.000Z', 12_000, v('BV1Qh411q7Ab')],
      ['bilibili:BV1Qh411q7Cd', '喝了一个月青禾酸奶，说说真实感受', '奶茶不加糖', '32100031', '2025-02-28T16:00:00.000Z', 8765, v('BV1Qh411q7Cd')],
      ['bilibili:BV1Qh411q7Ef', '牧场探访vlog：一杯牛奶的诞生', '牧场日记', '32100032', '2026-11-17T16:00:00.000Z', 3201, v('BV1Qh411q7Ef')],
      ['bilibili:BV1Qh411q7Gh', '青禾苗种植日记：第三周终于出苗了', '阳台种菜的阿花', '32100033', '2026-11-20T16:00:00.000Z', 0, v('BV1Qh411q7Gh')],
      ['bilibili:BV1Qh411q7Jk', 'QINGHE 乳业工厂夜班实录（员工视角）', '打工人小李', '32100034', '2026-11-20T16:00:00.000Z', 23_000, v('BV1Qh411q7Jk')],
    ]);
  });

  test('the brand split across two ems maps back to both text nodes; fields come from the declared selectors', () => {
    const [, reply] = site.findUnits(loadFixture(search), fixtureNow);
    const range = rangeFor(reply!.map, 0, 4);
    expect(range?.toString()).toBe('青禾乳业');
    expect(range?.startContainer).not.toBe(range?.endContainer);
    expect(Object.values(reply!.debug.matched).some((m) => tierOf(m) !== 'primary')).toBe(false);
    expect(reply?.element.matches('.bili-video-card')).toBe(true);
  });

  test('user, 影视, live and ad cards naming the brand are no units; the page is online; each card reads alone', () => {
    const doc = loadFixture(search);
    const units = site.findUnits(doc, fixtureNow);
    expect(units.some((u) => /官方$|之夏|直播|半价/.test(u.text))).toBe(false);
    expect(site.pageStatus?.(doc)).toEqual({ status: 'online', message: '' });
    expect(typeof site.containersStandAlone === 'function' && site.containersStandAlone(doc)).toBe(true);
    const alone = Array.from(doc.querySelectorAll(site.unitContainers)).flatMap((c) => site.findUnits(c, fixtureNow));
    expect(alone.map((u) => u.key)).toEqual(units.map((u) => u.key));
  });

  test('the 视频 tab shows the same cards; a video page reads no search card', () => {
    const card = loadFixture(search).querySelector('.video-list-item')!.outerHTML;
    const tab = pageAt('https://search.bilibili.com/video?keyword=青禾乳业', `<!DOCTYPE html><html><body><div id="i_cecream"><div class="video-list row">${card}</div></div></body></html>`);
    expect(site.findUnits(tab, fixtureNow).map((u) => u.key)).toEqual(['bilibili:BV1Qh411q7Hx']);
    const page = pageAt('https://www.bilibili.com/video/BV1Qh411q7Zz/', `<!DOCTYPE html><html><body><div id="app">${card}</div></body></html>`);
    expect(site.findUnits(page, fixtureNow)).toEqual([]);
    expect(typeof site.containersStandAlone === 'function' && site.containersStandAlone(page)).toBe(false);
  });
});
