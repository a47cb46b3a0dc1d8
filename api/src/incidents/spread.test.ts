import { describe, expect, test } from 'vitest';
import { freshDb } from '../test-support/db.ts';
import { insertMentions, type MentionSeed } from '../monitoring/bulk.ts';
import { incidentSpread } from './spread.ts';
import { opinionLines, spreadSentence } from './report-pdf.ts';

// 传播路径 and 媒体观点 / 网友观点 of the 事件专报: a story that began on Weibo, reached Douyin two hours later and the
// news the next morning, over a brand's everyday chatter that must not be taken for where it began.

const brand = '青禾乳业';
const at = (bj: string) => new Date(`${bj}+08:00`).toISOString();
const m = (key: string, platform: string, when: string, over: Partial<MentionSeed> = {}): MentionSeed => ({
  key, brand, platform, text: '青禾牛奶喝出异物，孩子喝完肚子疼', level: 'severe', sentiment: 'negative', category: 'safety', firstSeenAt: at(when), reach: 100, ...over,
});
const story: MentionSeed[] = [
  // Everyday chatter before the story, on Douyin and Weibo: not flagged.
  m('douyin:daily', 'douyin', '2026-11-22T08:00:00', { text: '青禾酸奶早餐搭配', level: 'none', sentiment: 'positive', category: null }),
  m('weibo:daily', 'weibo', '2026-11-22T09:00:00', { text: '青禾新品好喝', level: 'none', sentiment: 'positive', category: null }),
  // The story.
  m('weibo:Qb1', 'weibo', '2026-11-22T21:05:00', { author: '宝妈小雨', reach: 52_000 }),
  m('weibo:Qb2', 'weibo', '2026-11-22T21:40:00', { text: '转发：青禾牛奶异物，求官方回应', level: 'moderate', reach: 3_000, author: '路人甲' }),
  m('weibo:Qb3', 'weibo', '2026-11-22T21:50:00', { text: '青禾异物是真的吗', level: 'mild', sentiment: 'neutral', reach: 40 }),
  m('douyin:v1', 'douyin', '2026-11-22T23:05:00', { text: '实测青禾牛奶异物视频', reach: 48_000, author: '测评君' }),
  m('news:a1', 'news', '2026-11-23T08:30:00', { text: '青禾乳业回应“牛奶异物”：已封存同批次产品送检', level: 'mild', sentiment: 'neutral', reach: 900, author: '新京报' }),
  // Another risk of the brand in the same hours (a service complaint): not this incident's story.
  m('weibo:svc', 'weibo', '2026-11-22T20:00:00', { text: '青禾客服太慢了', level: 'mild', category: 'service', author: '老王' }),
];
const scope = { start: at('2026-11-21T21:00:00'), end: at('2026-11-23T12:00:00'), brand };

describe('the story’s spread', () => {
  test('first seen on Weibo, then Douyin two hours later, then the news; everyday chatter and other risks left out', async () => {
    const db = await freshDb();
    await insertMentions(db, story);
    const s = await incidentSpread(db, scope, ['safety']);
    expect(s.basis).toBe('risky');
    expect(s.steps.map((x) => [x.platform, x.first.at, x.first.author, x.mentions, x.negative])).toEqual([
      ['weibo', at('2026-11-22T21:05:00'), '宝妈小雨', 3, 2],
      ['douyin', at('2026-11-22T23:05:00'), '测评君', 1, 1],
      ['news', at('2026-11-23T08:30:00'), '新京报', 1, 0],
    ]);
    expect(s.steps[0]!.peak).toEqual({ hour: at('2026-11-22T21:00:00'), mentions: 3 });
    expect(spreadSentence(s)).toBe('首见于微博（2026-11-22 21:05），随后出现在抖音（2026-11-22 23:05，2 小时 00 分后）、新闻（2026-11-23 08:30，11 小时 25 分后）。');
    expect([s.media.mentions, s.media.neutral, s.public.mentions, s.public.negative, s.public.neutral]).toEqual([1, 1, 4, 3, 1]);
    expect(s.public.top.map((p) => p.author)).toEqual(['宝妈小雨', '测评君', '路人甲']);
    expect(opinionLines('媒体观点（新闻网站）', s.media)).toEqual([
      '媒体观点（新闻网站）：1 条，负面 0 条（0%），中性 1 条，正面 0 条。',
      '• 新京报：「青禾乳业回应“牛奶异物”：已封存同批次产品送检」（新闻，中性，互动 900）',
    ]);
  });

  test.each([
    ['no category known: every flagged mention is the story (the service complaint too)', [], 'weibo', at('2026-11-22T20:00:00'), 6],
    ['a category with nothing flagged: every mention of the brand, said so', ['regulator'], 'douyin', at('2026-11-22T08:00:00'), 8],
  ])('%s', async (_name, categories, platform, firstAt, total) => {
    const db = await freshDb();
    await insertMentions(db, story);
    const s = await incidentSpread(db, scope, categories);
    expect(s.steps[0]?.platform).toBe(platform);
    expect(s.steps[0]?.first.at).toBe(firstAt);
    expect(s.steps.reduce((n, x) => n + x.mentions, 0)).toBe(total);
    expect(s.basis).toBe(categories.length ? 'all' : 'risky');
  });

  test('nothing in the window says so, with no table to draw', async () => {
    const db = await freshDb();
    const s = await incidentSpread(db, scope, []);
    expect(s.steps).toEqual([]);
    expect(spreadSentence(s)).toBe('统计时段内无相关提及。');
    expect(opinionLines('网友观点（社交平台）', s.public)).toEqual(['网友观点（社交平台）：统计时段内无相关内容。']);
  });
});
