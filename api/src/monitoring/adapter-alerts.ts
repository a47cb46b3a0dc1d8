import { and, desc, eq, gt } from 'drizzle-orm';
import { adapterFieldLabel, platformLabel } from '@vigil/shared/i18n/vocabulary';
import type { Db } from '../db/client.ts';
import { adapterAlerts } from '../db/schema/adapter-alerts.ts';
import { newId } from '../lib/secrets.ts';
import type { Notice } from '../notify/deliver.ts';
import { ALERT_COLLAPSE, ALERT_RULE, COOLDOWN_HOURS, isSharpDrop, isUnitsCollapse, RECENT_HOURS, unitsPerPage } from './adapter-drop.ts';
import { fieldWindows, pageWindows } from './adapter-health.ts';
import { beijingLabel, DAY, HOUR, hourStart, iso } from './time.ts';

// The hourly adapter-health check (issue 12 item 4): stores an adapter alert per sharp drop and words the message
// the notification channels get.

const pct = (r: number) => `${Math.round(r * 100)}%`;

async function inCooldown(db: Db, site: string, field: string, hour: number): Promise<boolean> {
  const last = await db.select({ hour: adapterAlerts.hour }).from(adapterAlerts)
    .where(and(eq(adapterAlerts.site, site), eq(adapterAlerts.field, field), gt(adapterAlerts.hour, iso(hour - COOLDOWN_HOURS * HOUR))))
    .orderBy(desc(adapterAlerts.hour)).limit(1);
  return last.length > 0;
}

export type AdapterAlertRow = typeof adapterAlerts.$inferInsert;

/**
 * One check for the hour that ends at `at` (run by `vigil monitor run` and the hourly scheduler): every site × field
 * whose primary rate over the last 3 hours fell sharply, and every site whose units per page collapsed (the field
 * `unitsPerPage`), outside its cooldown. Returns the alerts it stored.
 */
export async function runAdapterDropCheck(db: Db, at: Date, now: Date): Promise<AdapterAlertRow[]> {
  const H = hourStart(at).getTime() - HOUR;
  const recentStart = H - (RECENT_HOURS - 1) * HOUR;
  const [recent, baseline] = await Promise.all([fieldWindows(db, recentStart, H + HOUR), fieldWindows(db, recentStart - 7 * DAY, recentStart)]);
  const created: AdapterAlertRow[] = [];
  const store = async (row: AdapterAlertRow) => {
    const inserted = await db.insert(adapterAlerts).values(row).onConflictDoNothing().returning({ id: adapterAlerts.id });
    if (inserted.length > 0) created.push(row);
  };
  const [recentPages, baselinePages] = await Promise.all([pageWindows(db, recentStart, H + HOUR), pageWindows(db, recentStart - 7 * DAY, recentStart)]);
  for (const [site, r] of [...recentPages].sort(([a], [b]) => a.localeCompare(b))) {
    const b = baselinePages.get(site);
    if (!b || !isUnitsCollapse(r, b, ALERT_COLLAPSE) || (await inCooldown(db, site, 'unitsPerPage', H))) continue;
    const [upp, before] = [unitsPerPage(r)!, unitsPerPage(b)!];
    await store({
      id: newId(), site, platform: r.platform, field: 'unitsPerPage', hour: iso(H), recentRate: upp, baselineRate: before, samples: r.pages, reporters: r.reporters,
      explanation: `${platformLabel(site)}每页识别出的内容单元在截至 ${beijingLabel(new Date(H + HOUR))} 的 ${RECENT_HOURS} 小时内降到 ${upp} 个（${r.pages} 个页面，${r.reporters} 位同事的扩展），此前 7 天为 ${before} 个：页面上的帖子可能已无法识别，请检查适配器。`
        + ` / ${platformLabel(site, 'en')}: units found per page fell to ${upp} over the last ${RECENT_HOURS} h (${r.pages} pages from ${r.reporters} people), from ${before} over the 7 days before; posts on the page may no longer be recognised.`,
      createdAt: now.toISOString(),
    });
  }
  for (const [k, r] of [...recent].sort(([a], [b]) => a.localeCompare(b))) {
    const b = baseline.get(k);
    if (!b || !isSharpDrop(r.w, b.w, ALERT_RULE)) continue;
    if (await inCooldown(db, r.site, r.field, H)) continue;
    const where = `${platformLabel(r.site)}「${adapterFieldLabel(r.field)}」`;
    const whereEn = `${platformLabel(r.site, 'en')} "${adapterFieldLabel(r.field, 'en')}"`;
    const row: AdapterAlertRow = {
      id: newId(), site: r.site, platform: r.platform, field: r.field, hour: iso(H),
      recentRate: r.w.primaryRate!, baselineRate: b.w.primaryRate!, samples: r.w.total, reporters: r.w.reporters,
      explanation: `${where}的主选择器命中率在截至 ${beijingLabel(new Date(H + HOUR))} 的 ${RECENT_HOURS} 小时内降到 ${pct(r.w.primaryRate!)}（${r.w.total} 次，${r.w.reporters} 位同事的扩展），此前 7 天为 ${pct(b.w.primaryRate!)}：站点可能已改版，请检查适配器。`
        + ` / ${whereEn}: primary-selector rate fell to ${pct(r.w.primaryRate!)} over the last ${RECENT_HOURS} h (${r.w.total} samples from ${r.w.reporters} people), from ${pct(b.w.primaryRate!)} over the 7 days before; the site may have changed its layout.`,
      createdAt: now.toISOString(),
    };
    await store(row);
  }
  return created;
}

/** The message for the notification channels: for the whole team (no brand), 中度 so it goes out in the hourly bundle. */
export const adapterNotice = (a: AdapterAlertRow): Notice => ({
  subject: `adapter:${a.id}`, rule: `adapter:${a.site}:${a.field}`, brand: null, topic: 'adapters', level: 'moderate',
  title: `【站点适配异常】${platformLabel(a.site)} ${adapterFieldLabel(a.field)}`, body: a.explanation,
});
