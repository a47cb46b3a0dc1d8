import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { beijingDay, beijingWeekStart } from '@vigil/shared/i18n/beijing-time';
import type { Db } from '../db/client.ts';
import { brands } from '../db/schema/brands.ts';
import { reportArchive } from '../db/schema/report-archive.ts';
import { newId } from '../lib/secrets.ts';
import { buildReport, dailyRequest, weeklyRequest } from './report.ts';

// 日报 / 周报 generated when their period closes (issue 11 item 2). The hourly run calls this: every Beijing day that
// closed within the catch-up window and has no archived 日报 gets one, and so does the last closed week, so a server
// that was down over midnight still archives the day when it comes back. Each period is archived over all brands and
// once per brand of the pack, so a brand's PR lead can forward the report as it stood (issue 15 leftovers).

/** Closed days looked back over: yesterday and the day before (a restart over midnight loses nothing). */
const CATCH_UP_DAYS = 2;

/** `brand` is null for the report over all brands. */
export interface Archived { kind: 'daily' | 'weekly'; periodDate: string; label: string; brand: string | null }

/** Archives the 日报 of each closed day and the 周报 of the last closed week not yet archived, as of `at`, per brand. */
export async function closeReports(db: Db, at: Date, now: Date): Promise<Archived[]> {
  const days = Array.from({ length: CATCH_UP_DAYS }, (_, k) => beijingDay(at, -(k + 1)));
  const lastWeek = beijingDay(beijingWeekStart(beijingDay(at)), -7);
  const scopes = [null, ...(await db.select({ name: brands.name }).from(brands).orderBy(asc(brands.name))).map((b) => b.name)];
  const periods = [...days.map((d) => ({ kind: 'daily' as const, periodDate: d })), { kind: 'weekly' as const, periodDate: lastWeek }];
  const wanted = scopes.flatMap((brand) => periods.map((p) => ({ ...p, brand })));
  const have = await db
    .select({ kind: reportArchive.kind, periodDate: reportArchive.periodDate, brand: reportArchive.brand })
    .from(reportArchive)
    .where(inArray(reportArchive.periodDate, periods.map((w) => w.periodDate)));
  const missing = wanted.filter((w) => !have.some((h) => h.kind === w.kind && h.periodDate === w.periodDate && h.brand === (w.brand ?? '')));
  const made: Archived[] = [];
  for (const w of missing) {
    const req = w.kind === 'daily' ? dailyRequest(w.periodDate, w.brand) : weeklyRequest(w.periodDate, w.brand);
    const report = await buildReport(db, req, now);
    // Another API process may have archived it meanwhile: the unique (kind, period, brand) index keeps the first.
    const rows = await db
      .insert(reportArchive)
      .values({ id: newId(), kind: w.kind, periodDate: w.periodDate, brand: w.brand ?? '', label: req.label, report, generatedAt: now.toISOString() })
      .onConflictDoNothing()
      .returning({ id: reportArchive.id });
    if (rows.length) made.push({ ...w, label: req.label });
  }
  return made;
}

/** One archived report, or undefined. */
export const archivedReport = (db: Db, id: string) => db.query.reportArchive.findFirst({ where: eq(reportArchive.id, id) });

/** Archived reports of one brand (or, without one, over all brands), newest period first, without their bodies. */
export async function archiveList(db: Db, q: { kind?: 'daily' | 'weekly' | undefined; brand?: string | undefined }, limit = 60) {
  const rows = await db
    .select({ id: reportArchive.id, kind: reportArchive.kind, periodDate: reportArchive.periodDate, label: reportArchive.label, generatedAt: reportArchive.generatedAt, brand: reportArchive.brand })
    .from(reportArchive)
    .where(and(eq(reportArchive.brand, q.brand ?? ''), q.kind ? eq(reportArchive.kind, q.kind) : undefined))
    .orderBy(desc(reportArchive.periodDate), reportArchive.kind)
    .limit(limit);
  return rows.map((r) => ({ ...r, brand: r.brand || null }));
}
