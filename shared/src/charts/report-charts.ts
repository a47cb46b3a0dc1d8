import type { Report } from '../schemas/monitoring.ts';

// ECharts options for 舆情概览 and the 日报/周报 PDF (issue 11): one definition, so the workspace (canvas) and the
// PDF (server-side SVG drawn as vectors) show the same charts. Plain data: no DOM, no echarts import here.

export type ChartOption = Record<string, unknown>;

export const platformName: Record<string, string> = { weibo: '微博', 'weibo-mobile': '微博（手机版）', douyin: '抖音', news: '新闻', xiaohongshu: '小红书', import: '导入' };
export const sentimentName: Record<string, string> = { negative: '负面', neutral: '中性', positive: '正面' };
export const levelName: Record<string, string> = { severe: '重度', moderate: '中度', mild: '轻度', none: '无风险' };
const sentimentColor: Record<string, string> = { negative: '#c0392b', neutral: '#8a96a3', positive: '#2e8b57' };
const levelColor: Record<string, string> = { severe: '#b3261e', moderate: '#e07b00', mild: '#d4b106', none: '#9aa5b1' };
const font = { fontFamily: 'Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif' };
const grid = { left: 48, right: 56, top: 48, bottom: 36, containLabel: false };

/** 声量趋势: mentions and negative mentions (left axis) and mentions per 1 000 units scanned (right axis). */
export function trendOption(r: Pick<Report, 'trend'>): ChartOption {
  const hasShare = r.trend.some((p) => p.share !== null);
  return {
    animation: false,
    textStyle: font,
    title: { text: '声量趋势', left: 0, top: 0, textStyle: { fontSize: 14, ...font } },
    legend: { top: 2, right: 0, textStyle: font, data: ['提及', '负面', ...(hasShare ? ['每千条占比'] : [])] },
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: r.trend.map((p) => p.label), axisLabel: { fontSize: 10, ...font } },
    yAxis: [
      { type: 'value', name: '条', minInterval: 1, axisLabel: { fontSize: 10 } },
      ...(hasShare ? [{ type: 'value', name: '‰', axisLabel: { fontSize: 10 }, splitLine: { show: false } }] : []),
    ],
    series: [
      { name: '提及', type: 'line', data: r.trend.map((p) => p.mentions), showSymbol: false, lineStyle: { width: 2, color: '#1f5fa8' }, itemStyle: { color: '#1f5fa8' }, areaStyle: { color: 'rgba(31,95,168,0.12)' } },
      { name: '负面', type: 'line', data: r.trend.map((p) => p.negative), showSymbol: false, lineStyle: { width: 2, color: '#c0392b' }, itemStyle: { color: '#c0392b' } },
      ...(hasShare ? [{ name: '每千条占比', type: 'line', yAxisIndex: 1, data: r.trend.map((p) => p.share), showSymbol: false, lineStyle: { width: 1, type: 'dashed', color: '#6b7785' }, itemStyle: { color: '#6b7785' } }] : []),
    ],
  };
}

/** 平台分布: a horizontal bar per platform. */
export function platformOption(r: Pick<Report, 'totals'>): ChartOption {
  const entries = Object.entries(r.totals.byPlatform).sort((a, b) => a[1] - b[1]);
  return {
    animation: false,
    textStyle: font,
    title: { text: '平台分布', left: 0, top: 0, textStyle: { fontSize: 14, ...font } },
    tooltip: {},
    grid: { left: 72, right: 40, top: 36, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'category', data: entries.map(([k]) => platformName[k] ?? k), axisLabel: { fontSize: 11, ...font } },
    series: [{ type: 'bar', data: entries.map(([, v]) => v), barMaxWidth: 22, itemStyle: { color: '#1f5fa8' }, label: { show: true, position: 'right', fontSize: 10 } }],
  };
}

/** 情感分布 and 风险级别 as two rings side by side. */
export function sentimentOption(r: Pick<Report, 'totals'>): ChartOption {
  const ring = (center: string, data: [string, number, string][]) => ({
    type: 'pie', radius: ['30%', '50%'], center: [center, '58%'], avoidLabelOverlap: true,
    label: { formatter: '{b} {c}', fontSize: 10, ...font },
    data: data.filter(([, v]) => v > 0).map(([name, value, color]) => ({ name, value, itemStyle: { color } })),
  });
  return {
    animation: false,
    textStyle: font,
    title: [
      { text: '情感分布', left: '25%', top: 0, textAlign: 'center', textStyle: { fontSize: 14, ...font } },
      { text: '风险级别', left: '75%', top: 0, textAlign: 'center', textStyle: { fontSize: 14, ...font } },
    ],
    tooltip: { trigger: 'item' },
    series: [
      ring('25%', ['negative', 'neutral', 'positive'].map((k) => [sentimentName[k]!, r.totals.bySentiment[k] ?? 0, sentimentColor[k]!])),
      ring('75%', ['severe', 'moderate', 'mild', 'none'].map((k) => [levelName[k]!, r.totals.byLevel[k] ?? 0, levelColor[k]!])),
    ],
  };
}
