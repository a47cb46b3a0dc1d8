// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture } from './fixture-doc.ts';
import { sites, siteFor } from './index.ts';

// Removal pages (issue 14): every platform recognises its deletion / violation page; the per-tab state carries
// the answer as pageStatus, which legal's takedown re-checks read. Ordinary pages are online.

describe('removal pages', () => {
  test.each([
    ['http://weibo.com/5678901234/QbGone0001/', 'deleted', '此微博已被作者删除'],
    ['http://www.douyin.com/video/7430000000000000404/', 'deleted', '作品已删除'],
    ['http://www.xiaohongshu.com/explore/6741a2b3000000001e03dead', 'deleted', '当前笔记暂时无法浏览'],
    ['http://www.kuaishou.com/short-video/3xqinghe2026del', 'deleted', '作品已删除'],
    ['http://www.bilibili.com/video/BV1Qh411q7De/', 'deleted', '啊叻？视频不见了'],
    ['http://www.zhihu.com/question/650012345/answer/3400119999', 'blocked', '违反知乎社区规范'],
    ['http://mp.weixin.qq.com/s/Qh2026QingheDeleted', 'deleted', '该内容已被发布者删除'],
    ['http://mp.weixin.qq.com/s/Qh2026QingheBlocked', 'blocked', '此内容因违规无法查看'],
  ])('%s is %s', (url, status, message) => {
    const site = siteFor(url, [])!;
    expect(site.pageStatus?.(loadFixture(url))).toEqual({ status, message: expect.stringContaining(message) });
  });

  test('every other fixture page of a platform is online', () => {
    for (const site of sites.filter((s) => s.pageStatus)) {
      const online = site.testUrls.filter((u) => site.findUnits(loadFixture(u), new Date()).length > 0);
      for (const url of online) expect(site.pageStatus?.(loadFixture(url)).status, url).toBe('online');
    }
  });
});
