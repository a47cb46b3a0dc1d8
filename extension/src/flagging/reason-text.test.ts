import { expect, test } from 'vitest';
import { reasonIn } from './reason-text.ts';

// Every kind of reason the engine and the ranking write, as the English side panel shows it (issue 13).
test.each([
  ['安全风险词「住院」', 'safety risk word “住院”'],
  ['法律风险词「起诉」（距品牌较远）', 'legal risk word “起诉” (far from the brand)'],
  ['负面情绪 0.96', 'negative sentiment 0.96'],
  ['转发 1.2万', '1.2万 reposts'],
  ['新闻站点 news.sina.com.cn', 'news site news.sina.com.cn'],
  ['认证作者', 'verified author'],
  ['官方账号「青禾乳业官方」', 'the brand’s official account “青禾乳业官方”'],
  ['高管账号「周明远」', 'the brand’s executive account “周明远”'],
  ['匹配风险类别「服务」', 'risk category “service”'],
  ['关键词「过敏」', 'keyword “过敏”'],
  ['等级 重度', 'level severe'],
  ['平台 微博', 'platform Weibo'],
  ['品牌「青禾乳业」通用口径', 'generic reply of 青禾乳业'],
  ['品牌「青禾乳业」', 'brand 青禾乳业'],
  ['某个新理由', '某个新理由'],
])('%s → %s', (zh, english) => {
  expect(reasonIn(zh, 'en')).toBe(english);
  expect(reasonIn(zh, 'zh')).toBe(zh);
});
