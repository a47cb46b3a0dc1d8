import { describe, expect, test } from 'vitest';
import { fillReply, unknownVariables, variablesIn } from './fill.ts';
import { checkLength, countLength } from './length.ts';
import { platformOf } from './platform.ts';

// 2026-11-22 23:30 UTC is already 11月23日 in Beijing.
const lateUtc = new Date('2026-11-22T23:30:00Z');

describe('fillReply: variables from the unit, unknown ones left visible', () => {
  test.each([
    { body: '@{作者} 您好，我们已在{平台}看到您的反馈。', ctx: { author: '@小王爱喝奶', platform: 'weibo' as const }, text: '@小王爱喝奶 您好，我们已在微博看到您的反馈。', unfilled: [] },
    { body: '{日期} {时间} 已登记', ctx: {}, text: '2026年11月23日 07:30 已登记', unfilled: [] },
    { body: '工单号：{工单号}，{品牌}客服', ctx: { brand: '青禾乳业' }, text: '工单号：{工单号}，青禾乳业客服', unfilled: ['工单号'] },
    { body: '{作者}您好，{优惠码}', ctx: { platform: 'douyin' as const }, text: '{作者}您好，{优惠码}', unfilled: ['作者', '优惠码'] },
    { body: '单号 {工单号}', ctx: { ticket: ' QH-20261122-07 ' }, text: '单号 QH-20261122-07', unfilled: [] },
  ])('$body', ({ body, ctx, text, unfilled }) => {
    expect(fillReply(body, { now: lateUtc, ...ctx })).toEqual({ text, unfilled });
  });

  test('lists the variables a body uses and the unknown ones', () => {
    expect(variablesIn('{作者}{平台}{作者}{优惠码}')).toEqual(['作者', '平台', '优惠码']);
    expect(unknownVariables('{作者}{优惠码}')).toEqual(['优惠码']);
  });
});

describe('length per platform', () => {
  test.each([
    { text: '您好，已私信您', platform: 'weibo' as const, length: 7 },
    { text: 'abcd', platform: 'weibo' as const, length: 2 },
    { text: 'abc', platform: 'weibo' as const, length: 2 },
    { text: 'abcd', platform: 'douyin' as const, length: 4 },
    { text: '😀好', platform: 'douyin' as const, length: 2 },
  ])('$platform counts "$text" as $length', ({ text, platform, length }) => {
    expect(countLength(text, platform)).toBe(length);
  });

  test('defaults and overrides', () => {
    expect(checkLength('好'.repeat(141), 'weibo')).toMatchObject({ limit: 140, over: true });
    expect(checkLength('好'.repeat(101), 'douyin', { douyin: 200 })).toMatchObject({ limit: 200, over: false });
    expect(checkLength('好'.repeat(9000), 'news')).toMatchObject({ limit: null, over: false });
  });

  test('unit platforms map onto reply platforms', () => {
    expect(['weibo', 'm.weibo.cn', 'weibo-mobile', 'douyin', 'news.sina.com.cn', undefined].map(platformOf)).toEqual([
      'weibo', 'weibo', 'weibo', 'douyin', 'news', undefined,
    ]);
    // Issue 14: the four new platforms with a reply box are their own; a 公众号 article replies like news.
    expect(['xiaohongshu', 'kuaishou', 'bilibili', 'zhihu', 'weixin'].map(platformOf)).toEqual(['xiaohongshu', 'kuaishou', 'bilibili', 'zhihu', 'news']);
  });

  test('{平台} names the platform the reply goes to, not 新闻 (issue 14)', () => {
    const ctx = (platform: string) => ({ platform: platformOf(platform), now: new Date('2026-11-22T09:00:00Z') });
    expect(['xiaohongshu', 'kuaishou', 'bilibili', 'zhihu'].map((p) => fillReply('感谢您在{平台}的反馈', ctx(p)).text)).toEqual([
      '感谢您在小红书的反馈', '感谢您在快手的反馈', '感谢您在哔哩哔哩的反馈', '感谢您在知乎的反馈',
    ]);
    expect(checkLength('好'.repeat(500), 'bilibili')).toMatchObject({ limit: null, over: false });
    expect(checkLength('好'.repeat(500), 'xiaohongshu', { xiaohongshu: 280 })).toMatchObject({ limit: 280, over: true });
  });
});
