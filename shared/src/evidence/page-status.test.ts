import { describe, expect, test } from 'vitest';
import { recognisePageStatus } from './page-status.ts';

describe('recognisePageStatus (issue 10 re-checks)', () => {
  test.each([
    ['weibo.com deleted by author', '微博\n抱歉，此微博已被作者删除。查看帮助：http://t.cn/Rfd3rQV\n返回首页', 'deleted', '抱歉，此微博已被作者删除。查看帮助：http://t.cn/Rfd3rQV'],
    ['weibo complaint removal', '该微博因被多人投诉，根据《微博社区公约》，已被删除。', 'deleted', '该微博因被多人投诉，根据《微博社区公约》，已被删除。'],
    ['weibo account blocked', '该账号因被投诉违反法律法规和《微博社区公约》的相关规定，现已无法查看。', 'blocked', '该账号因被投诉违反法律法规和《微博社区公约》的相关规定，现已无法查看。'],
    ['douyin deleted video', '抖音\n你要观看的视频不存在\n去首页看看', 'deleted', '你要观看的视频不存在'],
    ['wechat deleted article', '该内容已被发布者删除', 'deleted', '该内容已被发布者删除'],
    ['wechat infringement block', '该内容被投诉且经审核涉嫌侵权，无法查看。', 'blocked', '该内容被投诉且经审核涉嫌侵权，无法查看。'],
  ])('%s', (_name, text, status, message) => {
    expect(recognisePageStatus(text)).toEqual({ status, message });
  });

  test('a live post that merely talks about deletion stays online', () => {
    expect(recognisePageStatus('青禾奶粉喝出问题，客服说会删除差评？大家评评理').status).toBe('online');
  });
});
