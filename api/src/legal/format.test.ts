import { describe, expect, test } from 'vitest';
import { platformLabel } from './format.ts';

describe('platformLabel in legal documents', () => {
  // A 小红书 capture's 取证报告 and 律师函 once named the platform by its key ("xiaohongshu账号…").
  test.each([
    ['weibo', '新浪微博'],
    ['weibo-mobile', '新浪微博（手机版）'],
    ['douyin', '抖音'],
    ['xiaohongshu', '小红书'],
    ['kuaishou', '快手'],
    ['bilibili', '哔哩哔哩'],
    ['zhihu', '知乎'],
    ['weixin', '微信公众号'],
    ['wechat', '微信公众号'],
    ['news', '新闻网站'],
    ['toString', 'toString'],
    [null, '—'],
  ])('%s → %s', (key, label) => {
    expect(platformLabel(key)).toBe(label);
  });
});
