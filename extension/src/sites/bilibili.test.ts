// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { bilibili as site } from './bilibili.ts';

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
