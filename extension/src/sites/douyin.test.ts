// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { douyin } from './douyin.ts';
import { fixtureNow, loadFixture } from './fixture-doc.ts';

const video = 'http://www.douyin.com/video/7431234567890123456/';
const feed = 'http://www.douyin.com/';
const units = (url: string) => douyin.findUnits(loadFixture(url), fixtureNow);

describe('douyin.com adapter', () => {
  test('video page: the video, then each visible comment once; the 0×0 SEO duplicates are skipped', () => {
    const doc = loadFixture(video);
    expect(doc.querySelectorAll('[data-e2e="comment-item"]').length).toBe(9);
    const list = douyin.findUnits(doc, fixtureNow);
    expect(list.map((u) => [u.kind, u.author?.name])).toEqual([
      ['post', '测评君小北'],
      ['comment', '奶爸阿明'],
      ['reply', '律师小陈'],
      ['comment', '小鹿乱撞'],
      ['comment', '品控老司机'],
      ['comment', '乡村小陈'],
      ['comment', '剪辑爱好者'],
      ['comment', '新手妈妈'],
    ]);
    expect(list.every((u) => !u.element.closest('.comment-seo-list'))).toBe(true);
  });

  test('the video: aweme id key, caption with hashtags, 发布时间：, localised counts, author sec_uid', () => {
    expect(units(video)[0]).toMatchObject({
      key: 'douyin:7431234567890123456',
      text: '青禾牛奶开箱测评｜到底值不值得买？#青禾乳业 #测评',
      publishedAt: '2026-09-10T08:49:00.000Z',
      counts: { likes: 123_000, comments: 3456, collects: 21_000, shares: 8901 },
      author: { name: '测评君小北', id: 'MS4wLjABAAAAQhTest0Reviewer' },
      permalink: 'https://www.douyin.com/video/7431234567890123456',
    });
  });

  test('comments: emoji alt in the text, replies kept out of the parent, 展开 noted, relative times resolved', () => {
    const [, parent, reply, praise, long] = units(video);
    expect(parent).toMatchObject({ text: '喝了青禾牛奶孩子过敏住院[流泪]', counts: { likes: 12_000 }, publishedAt: '2026-11-20T09:40:00.000Z', parentKey: 'douyin:7431234567890123456' });
    expect(reply).toMatchObject({ kind: 'reply', text: '心疼，赶紧保留好购买记录和病历，可以起诉索赔', parentKey: parent?.key });
    expect(praise?.text).toBe('青禾酸奶yyds[赞][赞]');
    expect(long).toMatchObject({ truncated: true, publishedAt: '2026-11-15T09:40:00.000Z' });
    expect(long?.text).not.toContain('展开');
  });

  test('a comment list without its SEO duplicates yields the same keys (keys do not depend on the node)', () => {
    const doc = loadFixture(video);
    const keys = douyin.findUnits(doc, fixtureNow).map((u) => u.key);
    doc.querySelector('.comment-seo-list')!.remove();
    expect(douyin.findUnits(doc, fixtureNow).map((u) => u.key)).toEqual(keys);
  });

  test('feed: one unit per item keyed by data-e2e-vid with nickname, time and counts', () => {
    const list = units(feed);
    expect(list.map((u) => u.key)).toEqual(['douyin:7431234567890123001', 'douyin:7431234567890123002', 'douyin:7431234567890123003', 'douyin:7431234567890123004']);
    expect(list[0]).toMatchObject({ author: { name: '辟谣小分队' }, publishedAt: '2026-11-19T09:40:00.000Z', counts: { likes: 456_000, comments: 12_000, shares: 34_000 } });
    expect(list[3]?.counts).toEqual({ likes: 0, comments: 0, shares: 0 });
  });

  test('comments whose text sits in a hashed block beside the author row are each found once (issue 12)', () => {
    const list = units('http://www.douyin.com/video/7438765432109876543/');
    expect(list.map((u) => [u.kind, u.author?.name, u.text])).toEqual([
      ['post', '二胎妈妈日常', '喝了青禾牛奶上吐下泻，12315已受理，大家注意批次 #青禾乳业 #食品安全'],
      ['comment', '焦虑的二胎妈', '孩子喝了青禾牛奶又吐又拉，已经打了12315，市场监管局说会上门抽检[流泪]'],
      ['reply', '青禾乳业官方客服', '您好，非常抱歉，已私信您处理，请留意消息'],
      ['comment', '酸奶爱好者', '青禾酸奶一直在喝，口感很稳定[赞]'],
      ['comment', '较真的消费者', '某禾的客服说胀包是运输问题，可是同一批次在超市冷柜里也胀了，这怎么解释？我已经把照片和小票都留好了'],
      ['comment', '摄影师阿杰', '这个运镜好专业，求教程'],
    ]);
    expect(list[0]?.counts).toEqual({ likes: 46_000, comments: 8123, collects: 12_000, shares: 100_000 });
    expect(list[1]).toMatchObject({ counts: { likes: 34_000 }, publishedAt: '2026-11-21T09:40:00.000Z', debug: { matched: { text: 'heuristic', time: 'heuristic' } } });
    expect(list[2]?.parentKey).toBe(list[1]?.key);
    expect(list[3]?.counts).toEqual({ likes: 0 });
    expect(list[4]).toMatchObject({ truncated: true, publishedAt: '2026-11-17T16:00:00.000Z' });
  });

  test('the login modal is detected', () => {
    const doc = loadFixture(feed);
    expect(douyin.detectLoginWall(doc)).toBeNull();
    doc.body.insertAdjacentHTML('beforeend', '<div data-e2e="login-modal"><div>登录后即可观看喜欢、收藏的视频</div></div>');
    expect(douyin.detectLoginWall(doc)?.message).toMatch(/登录/);
  });
});
