import { describe, expect, test } from 'vitest';
import { hotSearchText, negativeShareText, spikeText, velocityText } from './alert-text.ts';
import { basisNote, deadlineAttention, hotAttention, postAttention, summaryLines, type Both, type SummaryFacts } from './report-text.ts';

// Every sentence the API builds for the monitoring pages, in both languages from the same facts: the Chinese exactly
// as the 日报 PDF, the robots and the archive read it; the English as a PR lead would, Beijing times labelled.

const facts: SummaryFacts = {
  mentions: 4, previous: 2, negative: 2, byLevel: { severe: 1, moderate: 1 }, peak: { label: '09:00', start: '2026-11-22T01:00:00.000Z', mentions: 1, bucket: 'hour' },
  topNegative: { text: '青禾牛奶喝出异物，孩子住院了', platform: 'douyin', reach: 52_000 }, alerts: 3, incidents: 1, openIncidents: 1,
};
const run = { asOf: new Date('2026-11-23T02:00:00.000Z'), previousStart: new Date('2026-11-21T16:00:00.000Z'), previousEnd: new Date('2026-11-22T02:00:00.000Z') };
const both = (x: { explanation: string; explanationEn: string }): Both => ({ zh: x.explanation, en: x.explanationEn });

const cases: [string, Both, Both][] = [
  ['摘要: volume against the previous period', summaryLines(facts)[0]!, { zh: '本期共监测到品牌提及 4 条，较上期上升 100%（上期 2 条）。', en: '4 brand mentions this period, up 100% on the previous period (previous period: 2).' }],
  ['摘要: a fall', summaryLines({ ...facts, mentions: 1, previous: 4 })[0]!, { zh: '本期共监测到品牌提及 1 条，较上期下降 75%（上期 4 条）。', en: '1 brand mention this period, down 75% on the previous period (previous period: 4).' }],
  ['摘要: nothing before', summaryLines({ ...facts, previous: 0 })[0]!, { zh: '本期共监测到品牌提及 4 条，上期为 0（上期 0 条）。', en: '4 brand mentions this period, from none in the previous period (previous period: 0).' }],
  ['摘要: a period still running, against the same stretch of the one before', summaryLines({ ...facts, mentions: 1, previous: 2, sameStretch: true })[0]!, {
    zh: '本期至今共监测到品牌提及 1 条，较上期同时段下降 50%（上期同时段 2 条）。', en: '1 brand mention this period so far, down 50% on the same stretch of the previous period (same stretch of the previous period: 2).',
  }],
  ['摘要: negative and levels', summaryLines(facts)[1]!, { zh: '负面 2 条，占 50%；重度 1 条，中度 1 条，轻度 0 条。', en: '2 negative (50%); 1 severe, 1 moderate, 0 mild.' }],
  ['摘要: the peak hour', summaryLines(facts)[2]!, { zh: '声量峰值在 09:00（1 条）。', en: 'Volume peaked at 2026-11-22 09:00 Beijing time (1 mention).' }],
  ['摘要: the peak day of a 周报', summaryLines({ ...facts, peak: { label: '11-17', start: '2026-11-16T16:00:00.000Z', mentions: 9, bucket: 'day' } })[2]!, { zh: '声量峰值在 11-17（9 条）。', en: 'Volume peaked on 2026-11-17 Beijing time (9 mentions).' }],
  ['摘要: the most prominent negative post', summaryLines(facts)[3]!, { zh: '最突出负面：「青禾牛奶喝出异物，孩子住院了」（抖音，互动 52000）。', en: 'Most prominent negative post: "青禾牛奶喝出异物，孩子住院了" (Douyin, reach 52000).' }],
  ['摘要: alerts and incidents', summaryLines(facts)[4]!, { zh: '本期触发预警 3 次；涉及事件 1 个，其中处置中 1 个。', en: '3 alerts fired this period; 1 incident involved, 1 still open.' }],
  ['摘要: alerts still waiting and set aside', summaryLines({ ...facts, alerts: 4, pendingAlerts: 2, dismissedAlerts: 1 })[4]!, {
    zh: '本期触发预警 4 次（待处理 2 次，已忽略 1 次）；涉及事件 1 个，其中处置中 1 个。', en: '4 alerts fired this period (2 awaiting action, 1 set aside); 1 incident involved, 1 still open.',
  }],
  ['摘要: every alert acted on', summaryLines({ ...facts, pendingAlerts: 0, dismissedAlerts: 0 })[4]!, { zh: '本期触发预警 3 次；涉及事件 1 个，其中处置中 1 个。', en: '3 alerts fired this period; 1 incident involved, 1 still open.' }],
  ['统计口径', basisNote(2000), {
    zh: '本期首次被团队浏览器发现的品牌提及（不含“与我们无关”，级别以人工更正为准）；团队扩展本期共扫描 2000 条内容，占比 = 每千条扫描内容中的提及数。声量受团队浏览量影响，请结合占比阅读。',
    en: 'Brand mentions the team\'s browsers first found in this period (excluding those marked "not about us"; levels as corrected by people). The team\'s extensions scanned 2000 units this period; share = mentions per 1,000 units scanned. Volume follows how much the team browses, so read it together with the share.',
  }],
  ['统计口径 of a period still running', { zh: basisNote(0, run).zh.split('。')[0]!, en: basisNote(0, run).en.split('. ')[0]! }, {
    zh: '本期尚未结束，数据截至 2026-11-23 10:00（北京时间），与上期同时段（2026-11-22 00:00 至 2026-11-22 10:00）比较',
    en: 'This period is still running: figures up to 2026-11-23 10:00 Beijing time, compared with the same stretch of the previous period (2026-11-22 00:00 to 2026-11-22 10:00)',
  }],
  ['需立即关注事项: 热搜', hotAttention({ brand: '青禾乳业', platform: 'weibo', rank: 7, title: 'QH乳业回应酸奶胀包', heat: 1_234_567, seenAt: '2026-11-22T09:39:00.000Z' }), {
    zh: '「青禾乳业」微博热搜最高第 7 位：「QH乳业回应酸奶胀包」，热度 123.46万（2026-11-22 17:39 首次看到）',
    en: '青禾乳业 on Weibo Hot Search, best rank No. 7: "QH乳业回应酸奶胀包", heat 1.23M (first seen 2026-11-22 17:39 Beijing time)',
  }],
  ['需立即关注事项: a deadline due soon', deadlineAttention({ level: 'severe', title: '青禾牛奶异物' }, { kind: 'first_statement', state: 'pending', due: '2026-11-23T02:00:00.000Z' }), {
    zh: '【重度】青禾牛奶异物：首次回应截止 2026-11-23 10:00', en: '[Severe] 青禾牛奶异物: First statement due 2026-11-23 10:00 Beijing time',
  }],
  ['需立即关注事项: an overdue deadline', deadlineAttention({ level: 'moderate', title: '客服占线' }, { kind: 'response', state: 'overdue', due: '2026-11-23T02:00:00.000Z' }), {
    zh: '【中度】客服占线：回应已超时', en: '[Moderate] 客服占线: Response is overdue',
  }],
  ['需立即关注事项: a 重度 post', postAttention({ platform: 'xiaohongshu', text: '青禾酸奶胀包了还在卖' }), { zh: '重度负面（小红书）：「青禾酸奶胀包了还在卖」', en: 'Severe negative post (Xiaohongshu): "青禾酸奶胀包了还在卖"' }],
  ['预警: volume spike', both(spikeText({ brand: '青禾乳业', category: null, hour: new Date('2026-11-22T14:00:00.000Z'), observed: 95, fourWeeks: true, median: 21, mad: 2, score: 16.2, threshold: 3.5, floor: 63, settings: { preset: 'balanced', minCount: 20, ratio: 3 } })), {
    zh: '「青禾乳业」提及在 2026-11-22 22:00 这一小时有 95 条；近 4 周同一星期同一小时的中位数为 21、MAD 2，稳健 z 分数 16.2 ≥ 3.5（平衡），且不少于 max(20, 3×中位数) = 63 条。',
    en: 'Mentions of 青禾乳业 reached 95 in the hour from 2026-11-22 22:00 Beijing time; the median for the same hour of the week over the last 4 weeks is 21 (MAD 2), robust z-score 16.2 ≥ 3.5 (balanced), and at least max(20, 3 × median) = 63.',
  }],
  ['预警: category spike on 7 days', both(spikeText({ brand: '青禾乳业', category: 'safety', hour: new Date('2026-11-22T14:00:00.000Z'), observed: 30, fourWeeks: false, median: 2, mad: 1, score: 9.1, threshold: 2.5, floor: 20, settings: { preset: 'sensitive', minCount: 20, ratio: 3 } })), {
    zh: '「青禾乳业」安全类风险提及在 2026-11-22 22:00 这一小时有 30 条；近 7 天同一小时的中位数为 2、MAD 1，稳健 z 分数 9.1 ≥ 2.5（灵敏），且不少于 max(20, 3×中位数) = 20 条。',
    en: 'Safety-risk mentions of 青禾乳业 reached 30 in the hour from 2026-11-22 22:00 Beijing time; the median for the same hour over the last 7 days is 2 (MAD 1), robust z-score 9.1 ≥ 2.5 (sensitive), and at least max(20, 3 × median) = 20.',
  }],
  ['预警: negative share', both(negativeShareText({ brand: '青禾乳业', share: 62.5, negative: 25, total: 40, setting: 40, before: 8.3 })), {
    zh: '「青禾乳业」近 2 小时负面占比 62.5%（25/40 条），高于设定的 40%，此前 24 小时为 8.3%。',
    en: 'Negative share for 青禾乳业 over the last 2 hours is 62.5% (25 of 40 mentions), above the 40% set, against 8.3% in the 24 hours before.',
  }],
  ['预警: fast-spreading post', both(velocityText({ brand: '青禾乳业', platform: 'weibo', perHour: 2400, threshold: 1000, reach: 52000 })), {
    zh: '「青禾乳业」一条负面微博内容正在快速扩散：每小时新增转发约 2400 次（阈值 1000），当前互动 52000。',
    en: 'A negative Weibo post about 青禾乳业 is spreading fast: about 2400 new reposts an hour (threshold 1000), reach now 52000.',
  }],
  ['预警: 热搜, first sighting', both(hotSearchText({ brand: '青禾乳业', platform: 'weibo', title: 'QH乳业回应酸奶胀包', rank: 7, heat: 1_234_567, term: 'QH乳业', seenAt: '2026-11-22T09:39:00.000Z', rose: null })), {
    zh: '「青禾乳业」登上微博热搜第 7 位：「QH乳业回应酸奶胀包」，热度 123.46万（命中「QH乳业」）；团队浏览器于 2026-11-22 17:39（北京时间）看到。热搜即紧急级别，请立即处置。',
    en: '青禾乳业 is on Weibo Hot Search at No. 7: "QH乳业回应酸奶胀包", heat 1.23M (matched "QH乳业"); a team browser saw it at 2026-11-22 17:39 Beijing time. A hot-search entry is an emergency: act now.',
  }],
  ['预警: 热榜, risen to the top 3, pinned heat unknown', both(hotSearchText({ brand: '青禾乳业', platform: 'douyin', title: '青禾牛奶喝出异物', rank: 2, heat: null, seenAt: '2026-11-22T09:39:00.000Z', rose: 1 })), {
    zh: '「青禾乳业」登上抖音热榜第 2 位，升入前 3：「青禾牛奶喝出异物」，热度 未显示；团队浏览器于 2026-11-22 17:39（北京时间）看到。热搜即紧急级别，请立即处置。',
    en: '青禾乳业 is on the Douyin hot list at No. 2, up into the top 3: "青禾牛奶喝出异物", heat not shown; a team browser saw it at 2026-11-22 17:39 Beijing time. A hot-search entry is an emergency: act now.',
  }],
  ['预警: 热搜 without a rank, risen to No. 1', both(hotSearchText({ brand: '青禾乳业', platform: 'weibo', title: '青禾', rank: null, heat: 120_000_000, seenAt: '2026-11-22T09:39:00.000Z', rose: 0 })), {
    zh: '「青禾乳业」登上微博热搜（置顶/未显示名次），升至榜首：「青禾」，热度 1.2亿；团队浏览器于 2026-11-22 17:39（北京时间）看到。热搜即紧急级别，请立即处置。',
    en: '青禾乳业 is on Weibo Hot Search (pinned, no rank shown), now at No. 1: "青禾", heat 120M; a team browser saw it at 2026-11-22 17:39 Beijing time. A hot-search entry is an emergency: act now.',
  }],
];

describe('the monitoring sentences in Chinese and English', () => {
  test.each(cases)('%s', (_name, got, want) => {
    expect(got).toEqual(want);
  });

  test('a quiet period has no peak line and no post line, in both languages alike', () => {
    const lines = summaryLines({ ...facts, mentions: 0, negative: 0, byLevel: {}, topNegative: null });
    expect(lines.map((l) => l.zh)).toEqual(['本期共监测到品牌提及 0 条，较上期下降 100%（上期 2 条）。', '负面 0 条，占 0%；重度 0 条，中度 0 条，轻度 0 条。', '本期触发预警 3 次；涉及事件 1 个，其中处置中 1 个。']);
    expect(lines.map((l) => l.en)).toEqual(['0 brand mentions this period, down 100% on the previous period (previous period: 2).', '0 negative (0%); 0 severe, 0 moderate, 0 mild.', '3 alerts fired this period; 1 incident involved, 1 still open.']);
    expect(lines.every((l) => !/[\u4e00-\u9fff]/.test(l.en))).toBe(true);
  });
});
