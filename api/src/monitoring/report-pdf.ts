import type { Report } from '@vigil/shared/schemas/monitoring';
import { platformOption, sentimentOption, trendOption } from '@vigil/shared/charts/report-charts';
import { levelLabels, platformLabel, sentimentLabels, type Bilingual } from '@vigil/shared/i18n/vocabulary';
import { categoryLabel } from '@vigil/shared/engine/risk';
import { PdfReport } from '../pdf/report.ts';
import { chartSvg } from './charts-svg.ts';
import { beijingLabel } from './time.ts';
import { deadlineLabel, dismissReasonLabel } from '@vigil/shared/i18n/vocabulary';

export const stateName = { met: '按时完成', missed: '未按时完成', pending: '进行中', overdue: '已超时' } as const;
/** What became of an alert: 已立案 (an incident holds it), 已忽略（误报…）, or 待处理. */
const alertHandling = (a: Report['alerts'][number]) =>
  a.incidentId ? '已立案' : a.dismissReason ? `已忽略（${dismissReasonLabel(a.dismissReason)}）` : '待处理';
const ruleName: Record<string, string> = { volume: '声量突增', category: '风险类别突增', negative_share: '负面占比', velocity: '单帖扩散', hot_search: '热搜' };
const zhOf = (table: Readonly<Record<string, Bilingual>>) => (k: string) => (Object.hasOwn(table, k) ? table[k]!.zh : k);
export const levelName = zhOf(levelLabels);
export const sentimentName = zhOf(sentimentLabels);
/** `微博 3，抖音 1` from a count map, names by `name`; 无 when every count is 0. */
export const count = (m: Record<string, number>, name: (k: string) => string) => Object.entries(m).filter(([, v]) => v > 0).map(([k, v]) => `${name(k)} ${v}`).join('，') || '无';

/** 日报 / 周报 as PDF in the layout Chinese teams expect, with the workspace's charts as vector SVG (issue 11). */
export async function reportPdf(r: Report): Promise<Buffer> {
  const title = r.kind === 'weekly' ? '品牌舆情监测周报' : r.kind === 'daily' ? '品牌舆情监测日报' : '品牌舆情概览';
  const pdf = new PdfReport({ title: `${title} ${r.period.label}`, footer: `${r.brand ?? '全部品牌'} · ${r.period.label}`, createdAt: new Date(r.generatedAt) });
  const width = pdf.contentWidth;
  pdf.heading(title, 0);
  pdf.keyValues([
    ['报告期', `${beijingLabel(new Date(r.period.start))} 至 ${beijingLabel(new Date(r.period.end))}（北京时间）${r.period.asOf ? `；数据截至 ${beijingLabel(new Date(r.period.asOf))}` : ''}`],
    ['监测范围', `品牌：${r.basis.brands.join('、') || r.brand || '无'}；平台：${r.basis.platforms.map((p) => platformLabel(p)).join('、') || '无'}`],
    ...(r.header?.department ? [['制作部门', r.header.department] as [string, string]] : []),
    ...(r.header?.recipients ? [['接收人', r.header.recipients] as [string, string]] : []),
    ['统计口径', r.basis.note],
    ['生成时间', `${beijingLabel(new Date(r.generatedAt))}（Vigil 舆情哨兵）`],
  ]);
  pdf.heading('一、摘要');
  for (const line of r.summary) pdf.paragraph(line);
  pdf.heading('二、需立即关注事项');
  if (r.attention.length === 0) pdf.paragraph('本期无需立即关注的事项。');
  for (const a of r.attention.slice(0, 12)) pdf.paragraph(`• ${a.text}`, { color: a.kind === 'hot_search' || a.kind === 'incident' ? '#b3261e' : undefined });
  const trendHeight = (width * 300) / 720;
  pdf.heading('三、声量趋势', 1, trendHeight + 8);
  pdf.svg(chartSvg(trendOption(r), 720, 300), { width, height: trendHeight });
  pdf.heading('四、平台分布与情感分布');
  pdf.paragraph(`平台：${count(r.totals.byPlatform, platformLabel)}。情感：${count(r.totals.bySentiment, sentimentName)}。级别：${count(r.totals.byLevel, levelName)}。`);
  pdf.svg(chartSvg(platformOption(r), 720, 220), { width, height: (width * 220) / 720 });
  pdf.svg(chartSvg(sentimentOption(r), 720, 240), { width, height: (width * 240) / 720 });
  pdf.heading('五、热词与风险类别');
  pdf.paragraph(`热词：${r.hotWords.map((w) => `${w.word}（${w.count}）`).join('、') || '无'}`);
  pdf.paragraph(`风险类别：${r.categories.map((c) => `${categoryLabel[c.category] ?? c.category}（${c.count}）`).join('、') || '无'}`);
  pdf.heading('六、重点事件');
  if (r.topNegative.length === 0) pdf.paragraph('本期无负面提及。');
  else pdf.table(
    [{ header: '首次发现', width: 1.3 }, { header: '平台', width: 0.8 }, { header: '级别', width: 0.6 }, { header: '内容', width: 5 }, { header: '互动', width: 0.9, align: 'right' }],
    r.topNegative.map((p) => [beijingLabel(new Date(p.firstSeenAt)), platformLabel(p.platform), levelName(p.level), p.text.slice(0, 120), String(p.reach)]),
  );
  if (r.alerts.length) {
    pdf.paragraph(`本期预警 ${r.alerts.length} 次：`, { bold: true });
    pdf.table(
      [{ header: '时段', width: 1.3 }, { header: '规则', width: 1 }, { header: '说明', width: 4.6 }, { header: '处理', width: 1.5 }],
      r.alerts.slice(0, 20).map((a) => [beijingLabel(new Date(a.hour)), ruleName[a.rule] ?? a.rule, a.explanation, alertHandling(a)]),
    );
  }
  pdf.heading('七、处置情况');
  if (r.incidents.length === 0) pdf.paragraph('本期无事件。');
  else pdf.table(
    [{ header: '事件', width: 3 }, { header: '级别', width: 0.7 }, { header: '状态', width: 0.8 }, { header: '时限', width: 4.5 }],
    r.incidents.map((i) => [i.title, levelName(i.level), i.status === 'open' ? '处置中' : '已结束', i.deadlines.map((d) => `${deadlineLabel(d.kind)}：${stateName[d.state]}（截止 ${beijingLabel(new Date(d.due))}）`).join('\n') || '—']),
  );
  pdf.paragraph(`本期使用统一口径回复 ${r.replyUses} 次，取证 ${r.captures} 次。`);
  return pdf.finish();
}
