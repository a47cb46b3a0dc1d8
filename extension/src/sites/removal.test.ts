// @vitest-environment happy-dom
import { Window } from 'happy-dom';
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

/** A page at `url` showing `text`, one block per line, as the platform's notice page would. */
function noticePage(url: string, text: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  for (const line of text.split('\n')) doc.body.append(Object.assign(doc.createElement('div'), { textContent: line }));
  return doc;
}

// What a takedown re-check (issue 10) records: the whole notice the platform showed, which the lawyer quotes.
describe('removal notices a re-check quotes (issue 10)', () => {
  const recognise = (url: string, text: string) => siteFor(url, [])!.pageStatus!(noticePage(url, text));
  test.each([
    ['weibo.com deleted by author', 'https://weibo.com/7230981123/QbWq8cM3d', '微博\n抱歉，此微博已被作者删除。查看帮助：http://t.cn/Rfd3rQV\n返回首页', 'deleted', '抱歉，此微博已被作者删除。查看帮助：http://t.cn/Rfd3rQV'],
    ['weibo complaint removal', 'https://weibo.com/7230981123/QbWq8cM3d', '该微博因被多人投诉，根据《微博社区公约》，已被删除。', 'deleted', '该微博因被多人投诉，根据《微博社区公约》，已被删除。'],
    ['weibo account blocked', 'https://m.weibo.cn/detail/4985123456789012', '该账号因被投诉违反法律法规和《微博社区公约》的相关规定，现已无法查看。', 'blocked', '该账号因被投诉违反法律法规和《微博社区公约》的相关规定，现已无法查看。'],
    ['douyin deleted video', 'https://www.douyin.com/video/7430000000000000404', '抖音\n你要观看的视频不存在\n去首页看看', 'deleted', '你要观看的视频不存在'],
    ['wechat deleted article', 'https://mp.weixin.qq.com/s/Qh2026QingheDeleted', '该内容已被发布者删除', 'deleted', '该内容已被发布者删除'],
    ['wechat infringement block', 'https://mp.weixin.qq.com/s/Qh2026QingheBlocked', '该内容被投诉且经审核涉嫌侵权，无法查看。', 'blocked', '该内容被投诉且经审核涉嫌侵权，无法查看。'],
  ])('%s', (_name, url, text, status, message) => {
    expect(recognise(url, text)).toEqual({ status, message });
  });

  test('a live post that merely talks about deletion stays online', () => {
    for (const site of sites.filter((s) => s.pageStatus)) {
      const url = site.testUrls[0]!.replace(/^http:/, 'https:');
      expect(recognise(url, '青禾奶粉喝出问题，客服说会删除差评？大家评评理').status, site.id).toBe('online');
    }
  });
});
