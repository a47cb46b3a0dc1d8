import { describe, expect, test } from 'vitest';
import type { Analysis, Level, RiskHit } from '../engine/types.ts';
import type { ApprovedReply, ReplyTriggers } from '../schemas/reply.ts';
import { rankHolding, rankReplies } from './rank.ts';

const now = new Date('2026-11-22T09:00:00+08:00');

function reply(id: string, title: string, triggers: Partial<ReplyTriggers>, extra: Partial<ApprovedReply> = {}): ApprovedReply {
  return {
    id,
    versionId: `${id}-v1`,
    version: 1,
    brand: '青禾乳业',
    title,
    body: '您好{作者}，……',
    triggers: { categories: [], levels: [], keywords: [], platforms: [], ...triggers },
    limits: {},
    tone: 'soothing',
    expiresAt: null,
    admitsLiability: false,
    ...extra,
  };
}

// A small library as a PR lead would write it for the demo brand.
const library: ApprovedReply[] = [
  reply('generic', '通用::致谢', {}),
  reply('safety', '安全::过敏::安抚', { categories: ['safety'], keywords: ['过敏'] }),
  reply('safety-severe', '安全::重度::声明', { categories: ['safety'], levels: ['severe'] }),
  reply('quality-smell', '质量::异味::安抚', { categories: ['quality'], keywords: ['异味', '发酸'] }),
  reply('service', '服务::退款::跟进', { categories: ['service'], keywords: ['退款'] }),
  reply('douyin-only', '服务::抖音::私信引导', { categories: ['service'], platforms: ['douyin'] }),
  reply('weibo-quality', '质量::微博::跟进', { categories: ['quality'], platforms: ['weibo'] }),
  reply('expired', '质量::旧活动', { categories: ['quality'] }, { expiresAt: '2026-11-01T00:00:00.000Z' }),
  reply('other-brand', '质量::异味::安抚', { categories: ['quality'] }, { brand: '别的品牌' }),
];

const risk = (term: string, category: string): RiskHit => ({ term, category, weight: 5, start: 0, end: term.length });
function unit(text: string, platform: string, level: Level, risks: RiskHit[]) {
  const analysis: Pick<Analysis, 'mentions' | 'risks' | 'level'> = {
    mentions: [{ brand: '青禾乳业', term: '青禾', kind: 'alias', start: 0, end: 2 }],
    risks,
    level,
  };
  return { text, platform, analysis };
}

describe('rankReplies: top 3 approved replies for a flagged unit, with why', () => {
  test.each([
    {
      name: '过敏 on Weibo: the allergy reply first, then the severe safety statement is not offered at 中度',
      unit: unit('喝了青禾酸奶孩子过敏了，起了一身疹子', 'weibo', 'moderate', [risk('过敏', 'safety')]),
      ids: ['safety'],
      firstWhy: ['匹配风险类别「安全」', '关键词「过敏」', '品牌「青禾乳业」'],
    },
    {
      name: '重度 safety: the statement and the allergy reply, by score then title',
      unit: unit('青禾奶粉吃到住院，过敏性休克', 'weibo', 'severe', [risk('住院', 'safety'), risk('过敏', 'safety')]),
      ids: ['safety', 'safety-severe'],
      firstWhy: ['匹配风险类别「安全」', '关键词「过敏」', '品牌「青禾乳业」'],
    },
    {
      name: '异味 on Weibo: keyword beats platform, the expired and other-brand replies never appear',
      unit: unit('青禾牛奶一股异味，还发酸', 'weibo', 'mild', [risk('异味', 'quality'), risk('发酸', 'quality')]),
      ids: ['quality-smell', 'weibo-quality', 'generic'],
      firstWhy: ['匹配风险类别「质量」', '关键词「异味」', '关键词「发酸」', '品牌「青禾乳业」'],
    },
    {
      name: '异味 on Douyin: the Weibo-only reply drops out',
      unit: unit('青禾牛奶有异味', 'douyin', 'mild', [risk('异味', 'quality')]),
      ids: ['quality-smell', 'generic'],
      firstWhy: ['匹配风险类别「质量」', '关键词「异味」', '品牌「青禾乳业」'],
    },
    {
      name: '退款 on Douyin: the Douyin reply says so',
      unit: unit('青禾客服退款拖了两周', 'douyin', 'mild', [risk('退款', 'service')]),
      ids: ['service', 'douyin-only', 'generic'],
      firstWhy: ['匹配风险类别「服务」', '关键词「退款」', '品牌「青禾乳业」'],
    },
    {
      name: 'a keyword alone does not make a categorised reply fit (issue 13): the unit has no 安全 risk',
      unit: unit('青禾的酸奶我过敏吗？问问', 'weibo', 'mild', []),
      ids: ['generic'],
      firstWhy: ['品牌「青禾乳业」通用口径'],
    },
    {
      name: 'no risk at all: only the generic reply',
      unit: unit('青禾酸奶真好喝', 'weibo', 'none', []),
      ids: ['generic'],
      firstWhy: ['品牌「青禾乳业」通用口径'],
    },
  ])('$name', ({ unit: u, ids, firstWhy }) => {
    const got = rankReplies(u, library, { now });
    expect(got.map((s) => s.reply.id)).toEqual(ids);
    expect(got[0]!.why).toEqual(firstWhy);
  });

  test.each([
    { name: '重度 negative safety post: never the thank-you, never a generic reply', level: 'severe', label: 'negative', risks: [risk('住院', 'safety')], ids: ['liability', 'safety-severe', 'safety'] },
    { name: '中度 post: the thank-you is not offered even when the post is not negative', level: 'moderate', label: 'neutral', risks: [risk('过敏', 'safety')], ids: ['liability', 'safety'] },
    { name: 'praise (无风险, positive): the thank-you first', level: 'none', label: 'positive', risks: [], ids: ['thanks-praise', 'thanks', 'generic'] },
    { name: 'a 轻度 complaint: no thank-you, the generic reply stays', level: 'mild', label: 'negative', risks: [], ids: ['generic'] },
  ] as const)('fit (issue 13): $name', ({ level, label, risks, ids }) => {
    const lib = [
      ...library,
      reply('thanks', '通用::感谢关注', {}, { tone: 'thanks' }),
      reply('thanks-praise', '通用::感谢好评', { levels: ['none' as never] }, { tone: 'thanks' }),
      reply('liability', '安全::住院::承担费用', { categories: ['safety'], keywords: ['住院'] }, { admitsLiability: true } as never),
    ];
    const u = unit('孩子喝了青禾奶住院了', 'weibo', level, [...risks]);
    const got = rankReplies({ ...u, analysis: { ...u.analysis, sentiment: { label, score: 0.9 } } }, lib, { now, limit: 5 });
    expect(got.map((s) => s.reply.id)).toEqual(ids);
  });

  test('a reply that admits liability needs its category and a keyword: the category alone is not enough', () => {
    const lib = [reply('liability', '安全::承担费用', { categories: ['safety'], keywords: ['住院'] }, { admitsLiability: true } as never)];
    const u = unit('喝了青禾奶有点过敏', 'weibo', 'mild', [risk('过敏', 'safety')]);
    expect(rankReplies(u, lib, { now })).toEqual([]);
  });

  test('a platform-restricted match names the platform', () => {
    const got = rankReplies(unit('青禾牛奶有异味', 'm.weibo.cn', 'mild', [risk('异味', 'quality')]), library, { now });
    expect(got.find((s) => s.reply.id === 'weibo-quality')!.why).toContain('平台 微博');
  });

  test('a unit that mentions no brand of the library gets nothing', () => {
    const u = unit('别家牛奶有异味', 'weibo', 'mild', [risk('异味', 'quality')]);
    u.analysis.mentions = [];
    expect(rankReplies(u, library, { now })).toEqual([]);
  });

  test('the order does not depend on the order of the library', () => {
    const u = unit('青禾牛奶一股异味，还发酸', 'weibo', 'mild', [risk('异味', 'quality')]);
    const a = rankReplies(u, library, { now, limit: 10 }).map((s) => s.reply.id);
    const b = rankReplies(u, [...library].reverse(), { now, limit: 10 }).map((s) => s.reply.id);
    expect(b).toEqual(a);
  });

  test('a reply expires exactly at its expiry time', () => {
    const lib = [reply('x', '质量::限时', {}, { expiresAt: '2026-11-22T01:00:00.000Z' })];
    const u = unit('青禾', 'weibo', 'none', []);
    expect(rankReplies(u, lib, { now: new Date('2026-11-22T00:59:59.999Z') })).toHaveLength(1);
    expect(rankReplies(u, lib, { now: new Date('2026-11-22T01:00:00.000Z') })).toHaveLength(0);
  });
});

test('a reply for level none (a thank-you for praise) is offered on units with no risk, never on a risky one', () => {
  const thanks = reply('thanks', '通用::好评::感谢', { levels: ['none'], keywords: ['好喝'] }, { tone: 'thanks' });
  const praise = unit('青禾的酸奶真好喝，回购第三次了', 'weibo', 'none', []);
  expect(rankReplies(praise, [thanks], { now }).map((s) => [s.reply.id, s.why])).toEqual([['thanks', ['关键词「好喝」', '等级 无风险', '品牌「青禾乳业」']]]);
  const severe = unit('青禾的酸奶好喝是好喝，可孩子喝了住院', 'weibo', 'severe', [risk('住院', 'safety')]);
  expect(rankReplies(severe, [thanks], { now })).toEqual([]);
});

describe('rankHolding: the approved replies a PR lead may link as an incident’s 临时声明, best fit first', () => {
  const lib = [
    ...library,
    reply('thanks', '通用::感谢支持', {}, { tone: 'thanks' }),
    reply('safety-statement', '安全::异物::声明', { categories: ['safety'], keywords: ['异物', '住院'], levels: ['severe'] }, { tone: 'formal' }),
  ];
  const order = (ctx: Partial<Parameters<typeof rankHolding>[0]>) =>
    rankHolding({ brand: '青禾乳业', level: 'severe', categories: [], texts: [], now, ...ctx }, lib).map((c) => c.reply.id);

  test.each([
    ['a 重度 safety incident whose posts say 异物 and 住院', { categories: ['safety'], texts: ['青禾牛奶喝出异物，孩子住院了'] },
      ['safety-statement', 'safety-severe', 'safety', 'generic', 'douyin-only', 'service', 'quality-smell', 'weibo-quality']],
    ['a quality incident whose posts say 发酸', { level: 'moderate' as const, categories: ['quality'], texts: ['刚买的青禾纯牛奶打开就发酸'] },
      ['quality-smell', 'weibo-quality', 'generic', 'safety-statement', 'safety', 'safety-severe', 'douyin-only', 'service']],
    ['an incident with nothing to go on: by title (code points)', { level: 'mild' as const },
      ['safety-statement', 'safety', 'safety-severe', 'douyin-only', 'service', 'quality-smell', 'weibo-quality', 'generic']],
  ])('%s', (_name, ctx, want) => {
    expect(order(ctx)).toEqual(want);
  });

  test('never a thank-you, an expired reply or another brand’s; says what matched', () => {
    const all = rankHolding({ brand: '青禾乳业', level: 'severe', categories: ['safety'], texts: ['孩子喝了过敏住院'], now }, lib);
    expect(all.map((c) => c.reply.id)).not.toContain('thanks');
    expect(all.map((c) => c.reply.id)).not.toContain('expired');
    expect(all.map((c) => c.reply.id)).not.toContain('other-brand');
    expect(all[0]).toMatchObject({ categories: ['safety'], keywords: ['异物', '住院'].filter((k) => '孩子喝了过敏住院'.includes(k)) });
    expect(all.find((c) => c.reply.id === 'safety')).toMatchObject({ categories: ['safety'], keywords: ['过敏'] });
  });
});
