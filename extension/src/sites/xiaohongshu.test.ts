// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
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
