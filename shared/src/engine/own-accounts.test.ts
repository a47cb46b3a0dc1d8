import { describe, expect, test } from 'vitest';
import { RulePack } from '../schemas/rules.ts';
import { demoPack } from './demo-pack.ts';
import { analyze } from './index.ts';
import { ownAccountOf } from './own-accounts.ts';
import { compilePack } from './rules.ts';
import type { AnalyzeInput } from './types.ts';

// The brand's own accounts (issue 13 item 2), over posts as the site fixtures show them.
const pack = compilePack(demoPack);

describe('who is the brand itself', () => {
  test.each<[string, string, AnalyzeInput['author'], string | null]>([
    ['the official Weibo account by uid', 'weibo', { name: '青禾乳业官方', id: '1650123456' }, 'weibo:青禾乳业官方:uid'],
    ['the same account renamed: the uid still decides', 'weibo', { name: '青禾乳业冬季上新', id: '1650123456' }, 'weibo:青禾乳业官方:uid'],
    ['an impostor wearing the official name, another uid', 'weibo', { name: '青禾乳业官方', id: '7788990011' }, null],
    ['an account listed without uid, written with @ and full width', 'weibo', { name: '＠青禾乳业官方微博' }, 'weibo:青禾乳业官方微博:name'],
    ['the name alone where the page shows no uid', 'weibo', { name: '青禾乳业官方' }, 'weibo:青禾乳业官方:name'],
    ['traditional characters of the same name', 'weibo', { name: '青禾乳業官方' }, 'weibo:青禾乳业官方:name'],
    ['a fan club is not the brand', 'weibo', { name: '青禾乳业官方粉丝团', id: '5098123477' }, null],
    ['the executive on Weibo', 'weibo', { name: '周明远', id: '2093456781' }, 'weibo:周明远:uid'],
    ['the Douyin customer-service account by sec_uid', 'douyin', { name: '青禾乳业官方客服', id: 'MS4wLjABAAAAa1Lw9Yer' }, 'douyin:青禾乳业官方客服:uid'],
    ['a Weibo name on another platform is not that account', 'kuaishou', { name: '青禾乳业官方' }, null],
    ['no author', 'weibo', undefined, null],
  ])('%s', (_name, platform, author, expected) => {
    const hit = ownAccountOf(pack.pack, platform, author);
    expect(hit ? `${hit.platform}:${hit.name}:${hit.by}` : null).toBe(expected);
  });
});

describe('their posts are not scored', () => {
  test.each<[string, AnalyzeInput, string]>([
    ['an official statement that does not name the brand', { text: '关于网传产品质量问题的说明：我司已第一时间成立专项调查组，相关批次产品已封存送检，结果将及时公布。', platform: 'weibo', author: { name: '青禾乳业官方', id: '1650123456' } }, '官方账号「青禾乳业官方」'],
    ['a promoted post full of the brand', { text: '青禾乳业冬季暖心礼盒上新，限时满199减50，牧场直送好奶到家', platform: 'weibo', author: { name: '青禾乳业官方', id: '1650123456' } }, '官方账号「青禾乳业官方」'],
    ['an official reply that repeats the complaint’s words', { text: '您好，非常抱歉给您带来困扰，青禾牛奶过敏住院的情况我们已安排专人对接，相关批次已召回', platform: 'douyin', author: { name: '青禾乳业官方客服', id: 'MS4wLjABAAAAa1Lw9Yer' }, counts: { likes: 56 } }, '官方账号「青禾乳业官方客服」'],
    ['the chairman answering a rumour', { text: '网传本人被带走调查纯属谣言，青禾乳业一切经营正常', platform: 'weibo', author: { name: '周明远', id: '2093456781', verified: true } }, '高管账号「周明远」'],
  ])('%s', (_name, input, reason) => {
    const a = analyze(pack, input);
    expect(a.level).toBe('none');
    expect(a.reasons).toEqual([reason]);
    expect(a.own?.brand).toBe('青禾乳业');
  });

  test('the same words from a customer are scored as usual', () => {
    const a = analyze(pack, { text: '青禾牛奶过敏住院，相关批次召回了吗', platform: 'weibo', author: { name: '新手妈妈小林', id: '5098123477' } });
    expect(a.own).toBeUndefined();
    expect(a.level).toBe('severe');
  });
});

test('the pack schema takes own accounts with a default role and drops a leading @', () => {
  const pack = RulePack.parse({ version: 'v', brands: [{ name: '青禾乳业', ownAccounts: [{ platform: 'weibo', name: '@青禾乳业官方' }] }] });
  expect(pack.brands[0]?.ownAccounts).toEqual([{ platform: 'weibo', name: '青禾乳业官方', role: 'official' }]);
  expect(() => RulePack.parse({ version: 'v', brands: [{ name: '青禾乳业', ownAccounts: [{ platform: 'weibo', name: ' ' }] }] })).toThrow();
});
