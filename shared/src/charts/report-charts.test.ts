import { expect, test } from 'vitest';
import { platformOption, sentimentOption, trendOption } from './report-charts.ts';

// The charts of 舆情概览 and the 日报/周报 speak the reader's language and stay readable (issue 11 review).
const totals = {
  mentions: 1218,
  byPlatform: { weibo: 732, douyin: 320, xiaohongshu: 146, news: 20 },
  bySentiment: { negative: 418, neutral: 463, positive: 337 },
  byLevel: { severe: 49, moderate: 45, mild: 168, none: 956 },
};
const hour = (day: number, h: number) => ({
  start: new Date(Date.UTC(2026, 10, 29 + day, h - 8)).toISOString(),
  label: `${String(h).padStart(2, '0')}:00`,
  mentions: 3,
  negative: 1,
  units: 100,
  share: 30,
});
const words = (option: unknown) => JSON.stringify(option);

test.each([
  ['zh', ['声量趋势', '提及', '负面', '每千条占比', '平台分布', '微博', '小红书', '新闻', '情感分布', '负面 418', '风险级别', '无风险 956']],
  ['en', ['Volume', 'Mentions', 'Negative', 'Per 1 000 scanned', 'Platforms', 'Weibo', 'Xiaohongshu', 'News', 'Sentiment', 'negative 418', 'Risk levels', 'no risk 956']],
] as const)('%s charts name their series, platforms, sentiments and levels in that language', (lang, expected) => {
  const all = words([trendOption({ trend: [hour(1, 9)] }, lang), platformOption({ totals }, lang), sentimentOption({ totals }, lang)]);
  for (const w of expected) expect(all, w).toContain(`"${w}"`);
  if (lang === 'en') expect(all).not.toMatch(/[\u4e00-\u9fff]/);
});

test('an hourly trend over several days labels its hours with the Beijing date; one day keeps plain hours', () => {
  const week = Array.from({ length: 48 }, (_, i) => hour(1 + Math.floor(i / 24), i % 24));
  const labels = (trendOption({ trend: week }) as { xAxis: { data: string[] } }).xAxis.data;
  expect(labels[0]).toBe('11-30 00:00');
  expect(labels[47]).toBe('12-01 23:00');
  const day = (trendOption({ trend: week.slice(0, 24) }) as { xAxis: { data: string[] } }).xAxis.data;
  expect(day[10]).toBe('10:00');
});

test('ring slices carry their counts in a legend, not in labels beside the ring (which were cut to "正…")', () => {
  const option = sentimentOption({ totals }) as { series: { label: { show: boolean }; data: { name: string }[] }[]; legend: { data: string[] }[] };
  expect(option.series.map((s) => s.label.show)).toEqual([false, false]);
  expect(option.legend.map((l) => l.data)).toEqual([['负面 418', '中性 463', '正面 337'], ['重度 49', '中度 45', '轻度 168', '无风险 956']]);
});

test('a trend of one or a few points draws them as dots (a running 周报 on its Monday); a full day draws lines only', () => {
  const symbols = (n: number) => (trendOption({ trend: Array.from({ length: n }, (_, h) => hour(1, h)) }, 'zh').series as { showSymbol: boolean }[]).map((s) => s.showSymbol);
  expect(symbols(1)).toEqual([true, true, true]);
  expect(symbols(24)).toEqual([false, false, false]);
});
