import { expect, test } from 'vitest';
import { demoPack } from '../engine/demo-pack.ts';
import { formatOwnAccountLines, parseOwnAccountLines } from './own-account-lines.ts';

// How the PR lead types the brand's own accounts in the brand form (issue 13 item 2).
test.each([
  ['微博 @青禾乳业官方 uid:1650123456', [{ platform: 'weibo', name: '青禾乳业官方', uid: '1650123456', role: 'official' }]],
  ['抖音 青禾乳业官方客服 uid：MS4wLjABAAAAa1Lw9Yer', [{ platform: 'douyin', name: '青禾乳业官方客服', uid: 'MS4wLjABAAAAa1Lw9Yer', role: 'official' }]],
  ['微博 周明远 高管', [{ platform: 'weibo', name: '周明远', role: 'executive' }]],
  ['Weibo ＠青禾乳业官方微博 official', [{ platform: 'weibo', name: '青禾乳业官方微博', role: 'official' }]],
  ['\n  小红书   青禾乳业官方  \n\n', [{ platform: 'xiaohongshu', name: '青禾乳业官方', role: 'official' }]],
])('%j', (text, accounts) => {
  expect(parseOwnAccountLines(text)).toEqual({ accounts, errors: [] });
});

test.each([
  ['推特 @qinghe', '第 1 行：未知平台「推特」'],
  ['微博', '第 1 行：缺少账号名称'],
  ['微博 @青禾乳业官方\n抖音 青禾 客服号', '第 2 行：无法识别「客服号」'],
])('a bad line is named: %j', (text, message) => {
  expect(parseOwnAccountLines(text).errors[0]?.message).toContain(message);
});

test('what the form shows reads back as the same accounts', () => {
  const own = demoPack.brands[0]!.ownAccounts!;
  expect(parseOwnAccountLines(formatOwnAccountLines(own))).toEqual({ accounts: own, errors: [] });
  expect(formatOwnAccountLines(own).split('\n')[0]).toBe('微博 @青禾乳业官方 uid:1650123456');
});
