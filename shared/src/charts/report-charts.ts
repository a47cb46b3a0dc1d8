import { levelLabels, platformLabel, sentimentLabels, type Lang } from '../i18n/vocabulary.ts';
import type { Report } from '../schemas/monitoring.ts';
import { beijingDay } from '../i18n/beijing-time.ts';

// ECharts options for 舆情概览 and the 日报/周报 PDF (issue 11): one definition, so the workspace (canvas) and the
// PDF (server-side SVG drawn as vectors) show the same charts. Plain data: no DOM, no echarts import here. Words
// follow the reader's language (the PDF is Chinese; the workspace asks for its language), from the one vocabulary.

export type ChartOption = Record<string, unknown>;

const words = {
  zh: { trend: '声量趋势', platforms: '平台分布', sentiment: '情感分布', levels: '风险级别', mentions: '提及', negative: '负面', share: '每千条占比', count: '条' },
  en: { trend: 'Volume', platforms: 'Platforms', sentiment: 'Sentiment', levels: 'Risk levels', mentions: 'Mentions', negative: 'Negative', share: 'Per 1 000 scanned', count: 'posts' },
} as const;
const sentimentColor: Record<string, string> = { negative: '#c0392b', neutral: '#8a96a3', positive: '#2e8b57' };
const levelColor: Record<string, string> = { severe: '#b3261e', moderate: '#e07b00', mild: '#d4b106', none: '#9aa5b1' };
const font = { fontFamily: 'Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif' };
const grid = { left: 48, right: 56, top: 48, bottom: 36, containLabel: false };

/** Hourly points over more than one day carry their Beijing date (12-01 07:00), or the axis repeats 00:00 … 23:00. */
function axisLabels(trend: Report['trend']): string[] {
  const hourly = trend.every((p) => /^\d\d:\d\d$/.test(p.label));
  if (!hourly || trend.length <= 24) return trend.map((p) => p.label);
  return trend.map((p) => `${beijingDay(p.start).slice(5)} ${p.label}`);
}

/** 声量趋势: mentions and negative mentions (left axis) and mentions per 1 000 units scanned (right axis). */
export function trendOption(r: Pick<Report, 'trend'>, lang: Lang = 'zh'): ChartOption {
  const w = words[lang];
  const hasShare = r.trend.some((p) => p.share !== null);
  // A line needs two points: a running 周报 on its Monday has one day, which would draw an empty chart.
  const showSymbol = r.trend.length <= 3;
  return {
    animation: false,
    textStyle: font,
    title: { text: w.trend, left: 0, top: 0, textStyle: { fontSize: 14, ...font } },
    legend: { top: 2, right: 0, textStyle: font, data: [w.mentions, w.negative, ...(hasShare ? [w.share] : [])] },
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: axisLabels(r.trend), axisLabel: { fontSize: 10, ...font } },
    yAxis: [
      { type: 'value', name: w.count, minInterval: 1, axisLabel: { fontSize: 10 } },
      ...(hasShare ? [{ type: 'value', name: '‰', axisLabel: { fontSize: 10 }, splitLine: { show: false } }] : []),
    ],
    series: [
      { name: w.mentions, type: 'line', data: r.trend.map((p) => p.mentions), showSymbol, lineStyle: { width: 2, color: '#1f5fa8' }, itemStyle: { color: '#1f5fa8' }, areaStyle: { color: 'rgba(31,95,168,0.12)' } },
      { name: w.negative, type: 'line', data: r.trend.map((p) => p.negative), showSymbol, lineStyle: { width: 2, color: '#c0392b' }, itemStyle: { color: '#c0392b' } },
      ...(hasShare ? [{ name: w.share, type: 'line', yAxisIndex: 1, data: r.trend.map((p) => p.share), showSymbol, lineStyle: { width: 1, type: 'dashed', color: '#6b7785' }, itemStyle: { color: '#6b7785' } }] : []),
    ],
  };
}

/** 平台分布: a horizontal bar per platform. */
export function platformOption(r: Pick<Report, 'totals'>, lang: Lang = 'zh'): ChartOption {
  const entries = Object.entries(r.totals.byPlatform).sort((a, b) => a[1] - b[1]);
  return {
    animation: false,
    textStyle: font,
    title: { text: words[lang].platforms, left: 0, top: 0, textStyle: { fontSize: 14, ...font } },
    tooltip: {},
    grid: { left: 72, right: 40, top: 36, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'category', data: entries.map(([k]) => platformLabel(k, lang)), axisLabel: { fontSize: 11, ...font } },
    series: [{ type: 'bar', data: entries.map(([, v]) => v), barMaxWidth: 22, itemStyle: { color: '#1f5fa8' }, label: { show: true, position: 'right', fontSize: 10 } }],
  };
}

/**
 * 情感分布 and 风险级别 as two rings side by side, each with its legend ("负面 418") below it: labels beside the
 * rings had no room in half a page and were cut to "正…" or "…".
 */
export function sentimentOption(r: Pick<Report, 'totals'>, lang: Lang = 'zh'): ChartOption {
  const w = words[lang];
  const slices = (data: [string, number, string][]) =>
    data.filter(([, v]) => v > 0).map(([name, value, color]) => ({ name: `${name} ${value}`, value, itemStyle: { color } }));
  const sentiment = slices((['negative', 'neutral', 'positive'] as const).map((k) => [sentimentLabels[k][lang], r.totals.bySentiment[k] ?? 0, sentimentColor[k]!]));
  const levels = slices((['severe', 'moderate', 'mild', 'none'] as const).map((k) => [levelLabels[k][lang], r.totals.byLevel[k] ?? 0, levelColor[k]!]));
  const ring = (center: string, data: typeof sentiment) => ({ type: 'pie', radius: ['34%', '56%'], center: [center, '46%'], label: { show: false }, data });
  const legend = (left: string, data: typeof sentiment) => ({
    left, bottom: 0, orient: 'horizontal', width: '46%', itemWidth: 10, itemHeight: 10, itemGap: 8, textStyle: { fontSize: 11, ...font }, data: data.map((d) => d.name),
  });
  return {
    animation: false,
    textStyle: font,
    title: [
      { text: w.sentiment, left: '25%', top: 0, textAlign: 'center', textStyle: { fontSize: 14, ...font } },
      { text: w.levels, left: '75%', top: 0, textAlign: 'center', textStyle: { fontSize: 14, ...font } },
    ],
    tooltip: { trigger: 'item' },
    legend: [legend('2%', sentiment), legend('52%', levels)],
    series: [ring('25%', sentiment), ring('75%', levels)],
  };
}
