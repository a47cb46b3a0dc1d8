import type { IncidentRecord } from '@vigil/shared/schemas/incident';
import type { Report } from '@vigil/shared/schemas/monitoring';
import { platformOption, trendOption } from '@vigil/shared/charts/report-charts';
import { categoryLabel } from '@vigil/shared/engine/risk';
import { incidentEventText, stepLabel } from '@vigil/shared/i18n/incident-words';
import { deadlineLabel, platformLabel } from '@vigil/shared/i18n/vocabulary';
import type { Db } from '../db/client.ts';
import { PdfReport } from '../pdf/report.ts';
import { chartSvg } from '../monitoring/charts-svg.ts';
import { buildReport } from '../monitoring/report.ts';
import { count, levelName, sentimentName, stateName } from '../monitoring/report-pdf.ts';
import { beijingLabel, DAY, HOUR, hourStart, spanZh } from '../monitoring/time.ts';
import { incidentSpread, type Opinion, type Spread } from './spread.ts';

// 事件专报 (issue 11; notes/monitoring D.7): the one document a PR lead hands leadership while an incident runs —
// 舆情概况, 传播情况 (the brand's volume from a day before detection to now), 内容分析, 处置情况 (deadlines,
// checklist, timeline, holding statement), 复盘 once closed, and 处置建议 drawn only from the incident's own facts
// (deadlines due or missed, steps not done): Vigil states what is due, it does not invent advice. 传播路径 and
// 媒体观点 / 网友观点 come from the story's own mentions (spread.ts).

const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 1000) / 10}%` : '0%');

/** The window the 专报 reads: from a day before detection (the baseline) to now or the close, at most 7 days. */
export function incidentWindow(i: Pick<IncidentRecord, 'detectedAt' | 'openedAt' | 'closedAt'>, now: Date): { start: Date; end: Date } {
  const end = new Date(hourStart(new Date(i.closedAt ?? now.toISOString())).getTime() + HOUR);
  const from = hourStart(new Date(i.detectedAt ?? i.openedAt)).getTime() - DAY;
  return { start: new Date(Math.max(from, end.getTime() - 7 * DAY)), end };
}

/** 处置建议: what is due or missed and which steps are open, from the incident's own record. */
export function dueLines(i: IncidentRecord, now: Date): string[] {
  if (i.status === 'closed') return [`事件已于 ${beijingLabel(new Date(i.closedAt ?? now.toISOString()))} 结案。`];
  const lines: string[] = [];
  for (const d of i.deadlines) {
    const left = Date.parse(d.due) - now.getTime();
    if (d.state === 'overdue') lines.push(`「${deadlineLabel(d.kind)}」已超时 ${spanZh(left)}（截止 ${beijingLabel(new Date(d.due))}），请尽快完成并在系统中标记。`);
    else if (d.state === 'pending') lines.push(`「${deadlineLabel(d.kind)}」须在 ${beijingLabel(new Date(d.due))} 前完成（剩余 ${spanZh(left)}）${d.optional ? '，可选' : ''}。`);
  }
  const open = i.checklist.filter((c) => !c.doneAt).map((c) => stepLabel(c.key));
  if (open.length) lines.push(`处置清单尚未完成：${open.join('、')}。`);
  if (i.level === 'severe' && !i.holdingStatement) lines.push('尚未关联已批准的临时声明：可在本事件页面的「临时声明」处选用已批准的统一口径。');
  if (!i.ownerName) lines.push('尚未指定负责人。');
  return lines.length ? lines : ['各项时限均已完成，处置清单已完成，可填写复盘后结案。'];
}

/** 传播路径 in one sentence: where it began and where it went next, with the delay from the first post. */
export function spreadSentence(s: Spread): string {
  const [first, ...rest] = s.steps;
  if (!first) return '统计时段内无相关提及。';
  const t0 = Date.parse(first.first.at);
  const later = rest.map((x) => `${platformLabel(x.platform)}（${beijingLabel(new Date(x.first.at))}，${Date.parse(x.first.at) - t0 < 60_000 ? '同时' : `${spanZh(Date.parse(x.first.at) - t0)}后`}）`);
  return `首见于${platformLabel(first.platform)}（${beijingLabel(new Date(first.first.at))}）${later.length ? `，随后出现在${later.join('、')}` : '，未见扩散到其他平台'}。`;
}

/** 媒体观点 / 网友观点: the counts by sentiment, then the posts with the most reach. */
export function opinionLines(name: string, o: Opinion): string[] {
  if (o.mentions === 0) return [`${name}：统计时段内无相关内容。`];
  return [
    `${name}：${o.mentions} 条，负面 ${o.negative} 条（${pct(o.negative, o.mentions)}），中性 ${o.neutral} 条，正面 ${o.positive} 条。`,
    ...o.top.map((p) => `• ${p.author ? `${p.author}：` : ''}「${p.text.slice(0, 60)}${p.text.length > 60 ? '…' : ''}」（${platformLabel(p.platform)}，${sentimentName(p.sentiment)}，互动 ${p.reach}）`),
  ];
}

/** The first deadline still to meet (pending or overdue), if any. */
export const nextOpenDeadline = (i: IncidentRecord) =>
  i.deadlines.filter((d) => d.state === 'pending' || d.state === 'overdue').sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];

/** The first deadline still to meet, on page 1 where a reader in a hurry looks: what, when, how long is left. */
function nextDue(i: IncidentRecord, now: Date): string {
  if (i.status === 'closed') return '已结案';
  const next = nextOpenDeadline(i);
  if (!next) return '无（各项时限均已完成）';
  const left = Date.parse(next.due) - now.getTime();
  return `${deadlineLabel(next.kind)}，截止 ${beijingLabel(new Date(next.due))}（${left < 0 ? `已超时 ${spanZh(left)}` : `剩余 ${spanZh(left)}`}）`;
}

export async function incidentReportPdf(db: Db, i: IncidentRecord, now: Date): Promise<Buffer> {
  const { start, end } = incidentWindow(i, now);
  const days = (end.getTime() - start.getTime()) / DAY;
  const label = `${beijingLabel(start)} 至 ${beijingLabel(end)}`;
  const r: Report = await buildReport(db, { kind: 'overview', brand: i.brand, period: { start, end }, label, bucket: days <= 7 ? 'hour' : 'day' }, now);
  const links = new Map(i.links.map((l) => [`${l.kind}:${l.ref}`, l]));
  const linkText = (kind: string, ref: string) => links.get(`${kind}:${ref}`)?.detail?.text.slice(0, 60) ?? ref;
  const by = (kind: string) => i.links.filter((l) => l.kind === kind);
  const categories = [...new Set(i.links.flatMap((l) => (l.detail?.category ? [l.detail.category] : [])))];
  const spread = await incidentSpread(db, { start: start.toISOString(), end: end.toISOString(), brand: i.brand }, categories);

  const pdf = new PdfReport({ title: `事件专报 ${i.title}`, footer: `${i.brand} · 事件专报 · ${i.title.slice(0, 30)}`, createdAt: now });
  const width = pdf.contentWidth;
  pdf.heading('事件专报', 0);
  pdf.keyValues([
    ['事件', i.title],
    ['品牌', i.brand],
    ['级别', levelName(i.level)],
    ['状态', i.status === 'open' ? '处置中' : '已结案'],
    ['负责人', i.ownerName ?? '未指定'],
    ['下一时限', nextDue(i, now)],
    ['发现时间', i.detectedAt ? `${beijingLabel(new Date(i.detectedAt))}（北京时间）` : '未记录'],
    ['立案时间', `${beijingLabel(new Date(i.openedAt))}（北京时间）`],
    ...(i.closedAt ? [['结案时间', `${beijingLabel(new Date(i.closedAt))}（北京时间）`] as const] : []),
    ['统计时段', `${label}（北京时间；发现前 24 小时起，用作对照）`],
    ['生成时间', `${beijingLabel(now)}（Vigil 舆情哨兵）`],
  ]);

  const t = r.totals;
  const neg = t.bySentiment.negative ?? 0;
  const peak = r.trend.reduce((best, p) => (p.mentions > (best?.mentions ?? -1) ? p : best), r.trend[0]);
  pdf.heading('一、舆情概况');
  pdf.paragraph(`统计时段内「${i.brand}」共被提及 ${t.mentions} 条，其中负面 ${neg} 条（${pct(neg, t.mentions)}）；重度 ${t.byLevel.severe ?? 0} 条，中度 ${t.byLevel.moderate ?? 0} 条。`);
  if (peak && peak.mentions > 0) pdf.paragraph(`声量峰值在 ${beijingLabel(new Date(peak.start))}（${peak.mentions} 条）。`);
  const top = r.topNegative[0];
  if (top) pdf.paragraph(`最突出负面：「${top.text.slice(0, 60)}」（${platformLabel(top.platform)}，互动 ${top.reach}）。`);
  pdf.paragraph(`本事件关联提及 ${by('mention').length} 条、预警 ${by('alert').length} 条、取证 ${by('capture').length} 次、案件 ${by('case').length} 个。`);

  const trendHeight = (width * 300) / 720;
  pdf.heading('二、传播情况', 1, trendHeight + 8);
  pdf.svg(chartSvg(trendOption(r), 720, 300), { width, height: trendHeight });
  pdf.paragraph(`平台分布：${count(t.byPlatform, platformLabel)}。`);
  pdf.svg(chartSvg(platformOption(r), 720, 200), { width, height: (width * 200) / 720 });
  pdf.paragraph('传播路径：', { bold: true });
  pdf.paragraph(spreadSentence(spread) + (spread.basis === 'all' ? '（统计时段内没有标记风险的提及，以下按该品牌全部提及统计。）' : ''));
  if (spread.steps.length) {
    pdf.table(
      [{ header: '平台', width: 0.8 }, { header: '首次出现', width: 1.3 }, { header: '首发内容', width: 4 }, { header: '提及（负面）', width: 1.1, align: 'right' }, { header: '峰值时段', width: 1.5 }],
      spread.steps.map((x) => [
        platformLabel(x.platform), beijingLabel(new Date(x.first.at)), `${x.first.author ? `${x.first.author}：` : ''}${x.first.text.slice(0, 80)}`,
        `${x.mentions}（${x.negative}）`, `${beijingLabel(new Date(x.peak.hour))}（${x.peak.mentions} 条）`,
      ]),
    );
  }

  pdf.heading('三、内容分析');
  pdf.paragraph(`情感：${count(t.bySentiment, sentimentName)}。级别：${count(t.byLevel, levelName)}。`);
  pdf.paragraph(`热词：${r.hotWords.slice(0, 15).map((w) => `${w.word}（${w.count}）`).join('、') || '无'}`);
  pdf.paragraph(`风险类别：${r.categories.map((c) => `${categoryLabel[c.category] ?? c.category}（${c.count}）`).join('、') || '无'}`);
  for (const line of opinionLines('媒体观点（新闻网站）', spread.media)) pdf.paragraph(line, { indent: line.startsWith('•') ? 12 : 0 });
  for (const line of opinionLines('网友观点（社交平台）', spread.public)) pdf.paragraph(line, { indent: line.startsWith('•') ? 12 : 0 });
  const mentions = by('mention').filter((l) => l.detail);
  if (mentions.length) {
    pdf.paragraph('本事件关联内容：', { bold: true });
    pdf.table(
      [{ header: '首次发现', width: 1.3 }, { header: '平台', width: 0.8 }, { header: '级别', width: 0.6 }, { header: '内容', width: 5.5 }],
      mentions.slice(0, 30).map((l) => [l.detail!.at ? beijingLabel(new Date(l.detail!.at)) : '—', l.detail!.platform ? platformLabel(l.detail!.platform) : '—', l.detail!.level ? levelName(l.detail!.level) : '—', l.detail!.text]),
    );
  }
  if (r.topNegative.length) {
    pdf.paragraph('统计时段内互动最高的负面内容：', { bold: true });
    pdf.table(
      [{ header: '首次发现', width: 1.3 }, { header: '平台', width: 0.8 }, { header: '级别', width: 0.6 }, { header: '内容', width: 4.6 }, { header: '互动', width: 0.9, align: 'right' }],
      r.topNegative.map((p) => [beijingLabel(new Date(p.firstSeenAt)), platformLabel(p.platform), levelName(p.level), p.text.slice(0, 120), String(p.reach)]),
    );
  }

  pdf.heading('四、处置情况');
  pdf.table(
    [{ header: '时限', width: 2 }, { header: '截止（北京时间）', width: 1.6 }, { header: '状态', width: 1.2 }, { header: '完成时间', width: 1.6 }],
    i.deadlines.map((d) => [`${deadlineLabel(d.kind)}${d.optional ? '（可选）' : ''}`, beijingLabel(new Date(d.due)), stateName[d.state], d.metAt ? beijingLabel(new Date(d.metAt)) : '—']),
  );
  pdf.paragraph(`处置清单：${i.checklist.map((c) => `${stepLabel(c.key)}${c.doneAt ? `（已完成 ${beijingLabel(new Date(c.doneAt))}）` : '（未完成）'}`).join('；')}`);
  if (i.holdingStatement) pdf.paragraph(`已关联的临时声明：${i.holdingStatement}`);
  pdf.paragraph('时间线：', { bold: true });
  for (const e of i.timeline) pdf.paragraph(`${beijingLabel(new Date(e.at))}　${incidentEventText(e, 'zh', linkText)}`, { indent: 12 });
  if (i.review) {
    pdf.heading('五、复盘');
    pdf.paragraph(i.review);
  }
  pdf.heading(i.review ? '六、处置建议' : '五、处置建议');
  for (const line of dueLines(i, now)) pdf.paragraph(`• ${line}`, { color: /已超时|尚未/.test(line) ? '#b3261e' : undefined });
  return pdf.finish();
}
