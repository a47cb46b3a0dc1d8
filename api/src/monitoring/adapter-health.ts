import { desc, gte, sql } from 'drizzle-orm';
import type { AdapterHealthReport, AdapterHealthView, HealthFieldRow, HealthSiteRow, HealthWindow } from '@vigil/shared/schemas/adapter-health';
import type { Db } from '../db/client.ts';
import { adapterAlerts } from '../db/schema/adapter-alerts.ts';
import { adapterHealth, PAGE_ROW } from '../db/schema/adapter-health.ts';
import { isSharpDrop, isUnitsCollapse, PAGE_COLLAPSE, PAGE_RULE, type PageWindow, unitsPerPage } from './adapter-drop.ts';
import { rows } from './queries.ts';
import { DAY, HOUR, hourStart, iso } from './time.ts';

// Adapter health (issue 12 item 4): storing the extensions' hourly running totals, and reading them back per site
// and field over a window (the last 24 h, the 7 days before).

/** Reports older than this, or for a future hour, are dropped: nothing reads them and a clock may be wrong. */
const MAX_AGE = 8 * DAY;

/** Stores each report as rows of the reporter's running totals (the larger wins); returns how many were kept. */
export async function storeHealth(db: Db, reportedBy: string, reports: AdapterHealthReport[], now: Date): Promise<{ stored: number; skipped: number }> {
  const rowsOut: (typeof adapterHealth.$inferInsert)[] = [];
  let skipped = 0;
  for (const r of reports) {
    const hour = hourStart(new Date(r.hour));
    if (hour.getTime() < now.getTime() - MAX_AGE || hour.getTime() > now.getTime() + HOUR) {
      skipped += 1;
      continue;
    }
    const base = { hour: hour.toISOString(), site: r.site, platform: r.platform, reportedBy };
    rowsOut.push({ ...base, field: PAGE_ROW, pages: r.pages, units: r.units });
    for (const [field, t] of Object.entries(r.fields)) rowsOut.push({ ...base, field, primary: t.primary, fallback: t.fallback, missing: t.missing });
  }
  const greater = (col: string) => sql.raw(`max("${col}", excluded."${col}")`);
  const writes = rowsOut.map((row) =>
    db.insert(adapterHealth).values(row).onConflictDoUpdate({
      target: [adapterHealth.hour, adapterHealth.site, adapterHealth.field, adapterHealth.reportedBy],
      set: { platform: row.platform, primary: greater('primary'), fallback: greater('fallback'), missing: greater('missing'), pages: greater('pages'), units: greater('units') },
    }),
  );
  const [first, ...rest] = writes;
  // One batch: a report is stored whole or not at all.
  if (first) await db.batch([first, ...rest]);
  return { stored: reports.length - skipped, skipped };
}

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 1000 : null);

export function toWindow(primary: number, fallback: number, missing: number, reporters: number): HealthWindow {
  const total = primary + fallback + missing;
  return { primary, fallback, missing, total, primaryRate: ratio(primary, total), fallbackShare: ratio(fallback, total), reporters };
}

const empty = toWindow(0, 0, 0, 0);

/** Per site and field over [from, to): the tallies summed over reporters and hours. */
export async function fieldWindows(db: Db, from: number, to: number): Promise<Map<string, { site: string; platform: string; field: string; w: HealthWindow }>> {
  const rs = await rows(db, `SELECT site, max(platform) AS platform, field, sum("primary") AS p, sum(fallback) AS f, sum(missing) AS m, count(DISTINCT reported_by) AS r
    FROM adapter_health WHERE hour >= ? AND hour < ? AND field != ? GROUP BY site, field`, [iso(from), iso(to), PAGE_ROW]);
  const out = new Map<string, { site: string; platform: string; field: string; w: HealthWindow }>();
  for (const r of rs) {
    const site = String(r.site);
    const field = String(r.field);
    out.set(`${site}|${field}`, { site, platform: String(r.platform), field, w: toWindow(Number(r.p), Number(r.f), Number(r.m), Number(r.r)) });
  }
  return out;
}

/** Per site over [from, to): pages and units summed over reporters and hours. */
export async function pageWindows(db: Db, from: number, to: number): Promise<Map<string, PageWindow & { platform: string }>> {
  const rs = await rows(db, `SELECT site, max(platform) AS platform, sum(pages) AS p, sum(units) AS u, count(DISTINCT reported_by) AS r
    FROM adapter_health WHERE hour >= ? AND hour < ? AND field = ? GROUP BY site`, [iso(from), iso(to), PAGE_ROW]);
  return new Map(rs.map((r) => [String(r.site), { platform: String(r.platform), pages: Number(r.p), units: Number(r.u), reporters: Number(r.r) }]));
}

/**
 * The 站点适配 page: the last 24 h (this hour and the 23 before) against the 7 days before that, per site and field,
 * with the sharp drops marked, and the adapter alerts of the last 7 days.
 */
export async function healthView(db: Db, at: Date): Promise<AdapterHealthView> {
  const dayEnd = hourStart(at).getTime() + HOUR;
  const dayStart = dayEnd - DAY;
  const weekStart = dayStart - 7 * DAY;
  const [day, week, dayPages, weekPages] = await Promise.all([fieldWindows(db, dayStart, dayEnd), fieldWindows(db, weekStart, dayStart), pageWindows(db, dayStart, dayEnd), pageWindows(db, weekStart, dayStart)]);
  const fields: HealthFieldRow[] = [...new Set([...day.keys(), ...week.keys()])].sort().map((k) => {
    const d = day.get(k);
    const w = week.get(k);
    const any = (d ?? w)!;
    const row = { site: any.site, platform: any.platform, field: any.field, day: d?.w ?? empty, week: w?.w ?? empty };
    return { ...row, anomaly: isSharpDrop(row.day, row.week, PAGE_RULE) };
  });
  const sites: HealthSiteRow[] = [...new Set([...dayPages.keys(), ...weekPages.keys()])].sort().map((site) => {
    const d = dayPages.get(site) ?? { platform: weekPages.get(site)!.platform, pages: 0, units: 0, reporters: 0 };
    const w = weekPages.get(site) ?? { platform: d.platform, pages: 0, units: 0, reporters: 0 };
    return {
      site, platform: d.platform, pages: d.pages, units: d.units, unitsPerPage: unitsPerPage(d), weekPages: w.pages, weekUnitsPerPage: unitsPerPage(w),
      anomaly: isUnitsCollapse(d, w, PAGE_COLLAPSE),
    };
  });
  const alerts = await db.select().from(adapterAlerts).where(gte(adapterAlerts.hour, iso(dayEnd - 7 * DAY))).orderBy(desc(adapterAlerts.hour)).limit(50);
  return { at: at.toISOString(), sites, fields, alerts };
}
