import { and, gte, lt, eq, or, isNull, type SQL } from 'drizzle-orm';
import type { Report } from '@vigil/shared/schemas/monitoring';
import { categoryLabel } from '@vigil/shared/engine/risk';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/alerts.ts';
import { incidents } from '../db/schema/incidents.ts';
import { hotSearchSightings } from '../db/schema/hot-search.ts';
import { hotEntries } from './hot-search.ts';
import { basisNote, deadlineAttention, hotAttention, postAttention, summaryLines, type Both } from './report-text.ts';
import { deadlineStates } from './deadlines.ts';
import { categories, hotWords, hourly, idx, rows, topPosts, totals, unitsByHour, where, type Scope } from './queries.ts';
import { beijingLabel, dayPeriod, DAY, weekPeriod, HOUR, iso, type Period } from './time.ts';
import { settingsFor } from './settings.ts';

export interface ReportRequest {
  kind: Report['kind'];
  brand: string | null;
  period: Period;
  label: string;
  /** 'hour' for a day, 'day' for longer periods. */
  bucket: 'hour' | 'day';
}

export const dailyRequest = (date: string, brand: string | null): ReportRequest => ({ kind: 'daily', brand, period: dayPeriod(date), label: date, bucket: 'hour' });
export function weeklyRequest(week: string, brand: string | null): ReportRequest {
  const period = weekPeriod(week);
  const last = new Date(period.end.getTime() - DAY);
  return { kind: 'weekly', brand, period, label: `${beijingLabel(period.start).slice(0, 10)} 至 ${beijingLabel(last).slice(0, 10)}`, bucket: 'day' };
}


/**
 * One report (日报, 周报 or the 舆情概览 of any range) in the layout Chinese teams expect (issue 11; notes D.7):
 * 报告期, 监测范围, 摘要 vs the previous period of the same length, 需立即关注事项, 声量趋势 (raw and per 1 000 units
 * scanned), 平台分布, 情感分布, 热词, 重点事件 and 处置情况. Times are UTC ISO; labels are Beijing time.
 */
export async function buildReport(db: Db, req: ReportRequest, now: Date): Promise<Report> {
  const { start, end } = req.period;
  const length = end.getTime() - start.getTime();
  // A period still running (today's 日报, this week's 周报, an overview up to today) is read as of `now`: it is
  // compared with the same stretch of the previous period, and its trend ends at now instead of drawing the hours
  // still to come as zero (a fall to nothing that has not happened).
  const asOf = now.getTime() > start.getTime() && now.getTime() < end.getTime() ? now : null;
  const elapsed = asOf ? asOf.getTime() - start.getTime() : length;
  const scope: Scope = { start: iso(start), end: iso(end), brand: req.brand };
  const prevScope: Scope = { start: iso(start.getTime() - length), end: iso(start.getTime() - length + elapsed), brand: req.brand };
  const brandFilter = (col: typeof alerts.brand | typeof incidents.brand): SQL | undefined => (req.brand ? eq(col, req.brand) : undefined);

  const [current, previous, perHour, units, cats, words, topNegative, topVelocity, alertRows, incidentRows, hot, brands, uses, caps] = await Promise.all([
    totals(db, scope),
    totals(db, prevScope),
    hourly(db, scope),
    unitsByHour(db, scope.start, scope.end),
    categories(db, scope),
    hotWords(db, scope),
    topPosts(db, scope, 'reach'),
    topPosts(db, scope, 'velocity'),
    db.select().from(alerts).where(and(gte(alerts.hour, scope.start), lt(alerts.hour, scope.end), brandFilter(alerts.brand))).orderBy(alerts.hour),
    db.select().from(incidents).where(and(lt(incidents.openedAt, scope.end), or(isNull(incidents.closedAt), gte(incidents.closedAt, scope.start)), brandFilter(incidents.brand))).orderBy(incidents.openedAt),
    db.select().from(hotSearchSightings).where(and(gte(hotSearchSightings.seenAt, scope.start), lt(hotSearchSightings.seenAt, scope.end), req.brand ? eq(hotSearchSightings.brand, req.brand) : undefined)),
    rows(db, `SELECT DISTINCT brand FROM mentions ${idx(scope)} WHERE ${where(scope).sql}`, where(scope).args),
    rows(db, `SELECT count(*) AS n FROM reply_uses AS u WHERE u.used_at >= ? AND u.used_at < ?${req.brand ? ' AND u.unit_key IN (SELECT unit_key FROM mentions WHERE brand = ?)' : ''}`, req.brand ? [scope.start, scope.end, req.brand] : [scope.start, scope.end]),
    rows(db, `SELECT count(*) AS n FROM captures AS c WHERE c.started_at >= ? AND c.started_at < ?${req.brand ? ' AND c.unit_key IN (SELECT unit_key FROM mentions WHERE brand = ?)' : ''}`, req.brand ? [scope.start, scope.end, req.brand] : [scope.start, scope.end]),
  ]);

  const step = req.bucket === 'hour' ? HOUR : DAY;
  const trend: Report['trend'] = [];
  const trendEnd = asOf ? asOf.getTime() : end.getTime();
  for (let t = start.getTime(); t < trendEnd; t += step) {
    let mentions = 0;
    let negative = 0;
    let unitCount = 0;
    for (let h = t; h < Math.min(t + step, end.getTime()); h += HOUR) {
      const key = iso(h).slice(0, 13);
      mentions += perHour.get(key)?.mentions ?? 0;
      negative += perHour.get(key)?.negative ?? 0;
      unitCount += units.byHour.get(key) ?? 0;
    }
    trend.push({ start: iso(t), label: beijingLabel(new Date(t), req.bucket === 'hour' ? 'hour' : 'day'), mentions, negative, units: unitCount, share: unitCount ? Math.round((mentions / unitCount) * 10_000) / 10 : null });
  }
  const unitsScanned = [...units.byHour.values()].reduce((s, u) => s + u, 0);

  const incidentList = incidentRows.map((i) => ({ id: i.id, title: i.title, brand: i.brand, level: i.level, status: i.status, openedAt: i.openedAt, deadlines: deadlineStates(i.deadlines, i.status, now) }));
  const neg = current.bySentiment.negative ?? 0;
  const peak = trend.reduce((best, p) => (p.mentions > best.mentions ? p : best), trend[0]!);
  const lines = summaryLines({
    mentions: current.mentions, previous: previous.mentions, negative: neg, byLevel: current.byLevel,
    peak: { label: peak.label, start: peak.start, mentions: peak.mentions, bucket: req.bucket }, topNegative: topNegative[0] ?? null,
    alerts: alertRows.length, incidents: incidentList.length,
    pendingAlerts: alertRows.filter((a) => !a.incidentId && !a.dismissedAt).length, dismissedAlerts: alertRows.filter((a) => a.dismissedAt).length, openIncidents: incidentList.filter((i) => i.status === 'open').length,
    sameStretch: asOf !== null,
  });
  const line = (kind: Report['attention'][number]['kind'], t: Both, ref: string) => ({ kind, text: t.zh, textEn: t.en, ref });
  const attention: Report['attention'] = [
    ...hotEntries(hot).map((h) => line('hot_search', hotAttention(h), h.id)),
    ...incidentList.filter((i) => i.status === 'open').flatMap((i) => i.deadlines.filter((d) => d.state === 'overdue' || (d.state === 'pending' && Date.parse(d.due) - now.getTime() < DAY)).map((d) => line('incident', deadlineAttention(i, d), i.id))),
    // 热搜 alerts are the hot_search lines above, one per entry.
    // A severe alert nobody has acted on; one set aside (误报) needs no attention.
    ...alertRows.filter((a) => a.level === 'severe' && !a.incidentId && !a.dismissedAt && a.rule !== 'hot_search').map((a) => line('alert', { zh: a.explanation, en: a.explanationEn ?? a.explanation }, a.id)),
    ...topNegative.filter((p) => p.level === 'severe').slice(0, 3).map((p) => line('post', postAttention(p), p.key)),
  ];
  const note = basisNote(unitsScanned, asOf && { asOf, previousStart: new Date(prevScope.start), previousEnd: new Date(prevScope.end) });
  const platforms = [...new Set([...units.platforms, ...Object.keys(current.byPlatform)])].sort();
  // 制作部门 / 接收人: a brand's report carries its settings' header; the all-brands report has no one brand's.
  const header = req.brand ? (await settingsFor(db, req.brand)).report : null;
  return {
    kind: req.kind,
    brand: req.brand,
    period: { start: scope.start, end: scope.end, label: req.label, timezone: 'Asia/Shanghai', ...(asOf ? { asOf: asOf.toISOString() } : {}) },
    previous: { start: prevScope.start, end: prevScope.end, totals: previous },
    basis: {
      brands: req.brand ? [req.brand] : brands.map((b) => String(b.brand)).sort(),
      platforms,
      unitsScanned,
      note: note.zh,
      noteEn: note.en,
    },
    ...(header && (header.department || header.recipients) ? { header: { department: header.department, recipients: header.recipients } } : {}),
    totals: current,
    summary: lines.map((l) => l.zh),
    summaryEn: lines.map((l) => l.en),
    attention,
    trend,
    categories: cats.map((c) => ({ category: c.category, count: c.count })),
    hotWords: words,
    topNegative,
    topVelocity,
    alerts: alertRows.map((a) => ({
      id: a.id, rule: a.rule, hour: a.hour, level: a.level, explanation: a.explanation, explanationEn: a.explanationEn ?? null,
      incidentId: a.incidentId ?? null, dismissReason: a.dismissReason ?? null,
    })),
    incidents: incidentList,
    replyUses: Number(uses[0]?.n ?? 0),
    captures: Number(caps[0]?.n ?? 0),
    generatedAt: now.toISOString(),
  };
}

export const categoryName = (c: string) => categoryLabel[c] ?? c;

/** The name a report download is saved under: kind, period and scope (a brand, or 全部品牌), then `ending`. */
export const reportFileName = (kind: Report['kind'], period: string, brand: string | null, ending = '.pdf') =>
  `${{ daily: '日报', weekly: '周报', overview: '舆情概览' }[kind]}-${period}-${(brand ?? '全部品牌').replace(/[\\/:*?"<>|\s]+/g, '_')}${ending}`;
