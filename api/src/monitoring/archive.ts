import { desc, eq, inArray } from 'drizzle-orm';
import { beijingDay, beijingWeekStart } from '@vigil/shared/i18n/beijing-time';
import type { Db } from '../db/client.ts';
import { reportArchive } from '../db/schema/report-archive.ts';
import { newId } from '../lib/secrets.ts';
import { buildReport, dailyRequest, weeklyRequest } from './report.ts';

// 日报 / 周报 generated when their period closes (issue 11 item 2). The hourly run calls this: every Beijing day that
// closed within the catch-up window and has no archived 日报 gets one, and so does the last closed week, so a server
// that was down over midnight still archives the day when it comes back. Archived reports are for all brands; the
// workspace builds any brand's report on demand.

/** Closed days looked back over: yesterday and the day before (a restart over midnight loses nothing). */
const CATCH_UP_DAYS = 2;

export interface Archived { kind: 'daily' | 'weekly'; periodDate: string; label: string }

/** Archives the 日报 of each closed day and the 周报 of the last closed week not yet archived, as of `at`. */
export async function closeReports(db: Db, at: Date, now: Date): Promise<Archived[]> {
  const days = Array.from({ length: CATCH_UP_DAYS }, (_, k) => beijingDay(at, -(k + 1)));
  const lastWeek = beijingDay(beijingWeekStart(beijingDay(at)), -7);
  const wanted: Archived[] = [
    ...days.map((d) => ({ kind: 'daily' as const, periodDate: d, label: d })),
    { kind: 'weekly' as const, periodDate: lastWeek, label: lastWeek },
  ];
  const have = await db
    .select({ kind: reportArchive.kind, periodDate: reportArchive.periodDate })
    .from(reportArchive)
    .where(inArray(reportArchive.periodDate, wanted.map((w) => w.periodDate)));
  const missing = wanted.filter((w) => !have.some((h) => h.kind === w.kind && h.periodDate === w.periodDate));
  const made: Archived[] = [];
  for (const w of missing) {
    const req = w.kind === 'daily' ? dailyRequest(w.periodDate, null) : weeklyRequest(w.periodDate, null);
    const report = await buildReport(db, req, now);
    // Another API process may have archived it meanwhile: the unique (kind, period) index keeps the first.
    const rows = await db
      .insert(reportArchive)
      .values({ id: newId(), kind: w.kind, periodDate: w.periodDate, label: req.label, report, generatedAt: now.toISOString() })
      .onConflictDoNothing()
      .returning({ id: reportArchive.id });
    if (rows.length) made.push({ ...w, label: req.label });
  }
  return made;
}

/** One archived report, or undefined. */
export const archivedReport = (db: Db, id: string) => db.query.reportArchive.findFirst({ where: eq(reportArchive.id, id) });

/** Archived reports, newest period first, without their bodies. */
export async function archiveList(db: Db, kind?: 'daily' | 'weekly', limit = 60) {
  return db
    .select({ id: reportArchive.id, kind: reportArchive.kind, periodDate: reportArchive.periodDate, label: reportArchive.label, generatedAt: reportArchive.generatedAt })
    .from(reportArchive)
    .where(kind ? eq(reportArchive.kind, kind) : undefined)
    .orderBy(desc(reportArchive.periodDate), reportArchive.kind)
    .limit(limit);
}
