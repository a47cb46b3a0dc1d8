import { deadlineLabel, levelLabel, platformLabel } from '@vigil/shared/i18n/vocabulary';
import { heatLabel, heatLabelEn, listName, listNameEn } from './hot-search.ts';
import { beijingLabel } from './time.ts';

// The report's sentences (摘要, 统计口径, 需立即关注事项) in both languages from the same facts: Chinese first, exactly
// as the 日报 PDF, the robots and the archive have always read them; English beside it for the workspace's English UI.

export interface Both {
  zh: string;
  en: string;
}

const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 10);
/** "1 mention", "12 mentions". */
export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
const levelName = levelLabel;

/** The previous period's name: 上期, or 上期同时段 while this period is still running (English without its article). */
const previousName = (same: boolean): Both => (same ? { zh: '上期同时段', en: 'same stretch of the previous period' } : { zh: '上期', en: 'previous period' });

function change(now: number, before: number, same: boolean): Both {
  const p = previousName(same);
  if (before === 0) return now === 0 ? { zh: `与${p.zh}持平`, en: `unchanged from the ${p.en}` } : { zh: `${p.zh}为 0`, en: `from none in the ${p.en}` };
  const d = pct(now - before, before);
  if (d === 0) return { zh: `与${p.zh}持平`, en: `unchanged from the ${p.en}` };
  return { zh: `较${p.zh}${d > 0 ? '上升' : '下降'} ${Math.abs(d)}%`, en: `${d > 0 ? 'up' : 'down'} ${Math.abs(d)}% on the ${p.en}` };
}

export interface SummaryFacts {
  mentions: number;
  previous: number;
  negative: number;
  byLevel: Record<string, number>;
  /** The busiest bucket: its Beijing label ('09:00' or '11-17'), UTC ISO start and mentions. */
  peak: { label: string; start: string; mentions: number; bucket: 'hour' | 'day' } | null;
  topNegative: { text: string; platform: string; reach: number } | null;
  alerts: number;
  /** Of `alerts`: those nobody has acted on (no incident, not set aside), and those set aside (忽略). */
  pendingAlerts?: number;
  dismissedAlerts?: number;
  incidents: number;
  openIncidents: number;
  /** The period is still running: `previous` counts the same stretch of the previous period. */
  sameStretch?: boolean;
}

/** 摘要: the period against the previous one of the same length (its same stretch, while running), one line per fact. */
export function summaryLines(f: SummaryFacts): Both[] {
  const same = f.sameStretch === true;
  const c = change(f.mentions, f.previous, same);
  const [severe, moderate, mild] = [f.byLevel.severe ?? 0, f.byLevel.moderate ?? 0, f.byLevel.mild ?? 0];
  const before = previousName(same);
  const lines: Both[] = [
    { zh: `本期${same ? '至今' : ''}共监测到品牌提及 ${f.mentions} 条，${c.zh}（${before.zh} ${f.previous} 条）。`, en: `${plural(f.mentions, 'brand mention')} this period${same ? ' so far' : ''}, ${c.en} (${before.en}: ${f.previous}).` },
    { zh: `负面 ${f.negative} 条，占 ${pct(f.negative, f.mentions)}%；重度 ${severe} 条，中度 ${moderate} 条，轻度 ${mild} 条。`, en: `${f.negative} negative (${pct(f.negative, f.mentions)}%); ${severe} severe, ${moderate} moderate, ${mild} mild.` },
  ];
  if (f.mentions && f.peak) {
    // The English names the day too: an hour label alone is ambiguous over a week's overview.
    const stamp = beijingLabel(new Date(f.peak.start));
    const when = f.peak.bucket === 'hour' ? `at ${stamp} Beijing time` : `on ${stamp.slice(0, 10)} Beijing time`;
    lines.push({ zh: `声量峰值在 ${f.peak.label}（${f.peak.mentions} 条）。`, en: `Volume peaked ${when} (${plural(f.peak.mentions, 'mention')}).` });
  }
  if (f.topNegative) {
    const p = f.topNegative;
    lines.push({ zh: `最突出负面：「${p.text.slice(0, 40)}」（${platformLabel(p.platform)}，互动 ${p.reach}）。`, en: `Most prominent negative post: "${p.text.slice(0, 40)}" (${platformLabel(p.platform, 'en')}, reach ${p.reach}).` });
  }
  // Which alerts still wait for someone: a PR lead reads 4 alerts differently when 3 were judged false alarms.
  const handling = [
    ...(f.pendingAlerts ? [{ zh: `待处理 ${f.pendingAlerts} 次`, en: `${f.pendingAlerts} awaiting action` }] : []),
    ...(f.dismissedAlerts ? [{ zh: `已忽略 ${f.dismissedAlerts} 次`, en: `${f.dismissedAlerts} set aside` }] : []),
  ];
  const zhHandling = handling.length ? `（${handling.map((h) => h.zh).join('，')}）` : '';
  const enHandling = handling.length ? ` (${handling.map((h) => h.en).join(', ')})` : '';
  lines.push({
    zh: `本期触发预警 ${f.alerts} 次${zhHandling}；涉及事件 ${f.incidents} 个，其中处置中 ${f.openIncidents} 个。`,
    en: `${plural(f.alerts, 'alert')} fired this period${enHandling}; ${plural(f.incidents, 'incident')} involved, ${f.openIncidents} still open.`,
  });
  return lines;
}

/** A period still running: when its figures stop, and the stretch of the previous period they are compared with. */
export interface Running {
  asOf: Date;
  previousStart: Date;
  previousEnd: Date;
}

/** 统计口径: what the numbers count (and, for a period still running, up to when). */
export function basisNote(unitsScanned: number, running?: Running | null): Both {
  const base: Both = {
    zh: `本期首次被团队浏览器发现的品牌提及（不含“与我们无关”，级别以人工更正为准）；团队扩展本期共扫描 ${unitsScanned} 条内容，占比 = 每千条扫描内容中的提及数。声量受团队浏览量影响，请结合占比阅读。`,
    en: `Brand mentions the team's browsers first found in this period (excluding those marked "not about us"; levels as corrected by people). The team's extensions scanned ${plural(unitsScanned, 'unit')} this period; share = mentions per 1,000 units scanned. Volume follows how much the team browses, so read it together with the share.`,
  };
  if (!running) return base;
  const [at, from, to] = [running.asOf, running.previousStart, running.previousEnd].map((d) => beijingLabel(d));
  return {
    zh: `本期尚未结束，数据截至 ${at}（北京时间），与上期同时段（${from} 至 ${to}）比较。${base.zh}`,
    en: `This period is still running: figures up to ${at} Beijing time, compared with the same stretch of the previous period (${from} to ${to}). ${base.en}`,
  };
}

/** 需立即关注事项 for a 热搜 entry: best rank and highest heat seen, and when it was first seen. */
export const hotAttention = (h: { brand: string; platform: string; rank: number | null; title: string; heat: number | null; seenAt: string }): Both => ({
  zh: `「${h.brand}」${listName(h.platform)}最高第 ${h.rank ?? '?'} 位：「${h.title}」，热度 ${heatLabel(h.heat)}（${beijingLabel(new Date(h.seenAt))} 首次看到）`,
  en: `${h.brand} on ${listNameEn(h.platform)}, best rank No. ${h.rank ?? '?'}: "${h.title}", heat ${heatLabelEn(h.heat)} (first seen ${beijingLabel(new Date(h.seenAt))} Beijing time)`,
});

/** 需立即关注事项 for an open incident's deadline that is overdue or due within a day. */
export const deadlineAttention = (i: { level: string; title: string }, d: { kind: string; state: string; due: string }): Both => ({
  zh: `【${levelName(i.level, 'zh')}】${i.title}：${deadlineLabel(d.kind)}${d.state === 'overdue' ? '已超时' : `截止 ${beijingLabel(new Date(d.due))}`}`,
  en: `[${levelName(i.level, 'en').replace(/^./, (c) => c.toUpperCase())}] ${i.title}: ${deadlineLabel(d.kind, 'en')} ${d.state === 'overdue' ? 'is overdue' : `due ${beijingLabel(new Date(d.due))} Beijing time`}`,
});

/** 需立即关注事项 for a 重度 negative post. */
export const postAttention = (p: { platform: string; text: string }): Both => ({
  zh: `重度负面（${platformLabel(p.platform)}）：「${p.text.slice(0, 50)}」`,
  en: `Severe negative post (${platformLabel(p.platform, 'en')}): "${p.text.slice(0, 50)}"`,
});
