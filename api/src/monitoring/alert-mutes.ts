import { and, count, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { levelOrder as rank } from '@vigil/shared/engine/types';
import type { AlertMute } from '@vigil/shared/schemas/monitoring';
import type { Db } from '../db/client.ts';
import { alertMutes } from '../db/schema/alert-mutes.ts';
import { alerts } from '../db/schema/alerts.ts';
import type { AuthUser } from '../lib/context.ts';
import { auditInsert } from '../lib/audit.ts';
import { errors } from '../lib/errors.ts';
import { newId } from '../lib/secrets.ts';
import { HOUR } from './time.ts';

// 静默 (mute): a rule that keeps firing on a story the team already knows is noise, and noise gets channels muted
// for good (monitoring.md D1, D9). A PR lead who sets an alert aside may mute the same brand × rule × scope for some
// hours. Detection goes on (D2: defer delivery, never detection): each new alert is stored, set aside in the mute's
// name, and messages nobody; the 日报 counts it as set aside. An alert above the muted level breaks through, and a
// 热搜 entry that climbs into a higher band has another scope, so it breaks through too.

type AlertRow = typeof alerts.$inferInsert;
type MuteRow = typeof alertMutes.$inferSelect;

/** The insert of a new mute made from `alert`, for the 忽略's batch. */
export function muteInsert(db: Db, alert: typeof alerts.$inferSelect, hours: number, reason: MuteRow['reason'], note: string | null, user: AuthUser, now: Date) {
  const row: MuteRow = {
    id: newId(), brand: alert.brand, rule: alert.rule, scope: alert.scope, level: alert.level, alertId: alert.id, reason, note,
    until: new Date(now.getTime() + hours * HOUR).toISOString(), createdAt: now.toISOString(), createdBy: user.id, createdByName: user.name,
    liftedAt: null, liftedBy: null, liftedByName: null,
  };
  return { row, write: db.insert(alertMutes).values(row) };
}

/** Ends the mutes still running that `alert` made (恢复 of the alert undoes its 静默 as well). */
export function liftMutesOf(db: Db, alertId: string, user: AuthUser, now: Date) {
  return db.update(alertMutes).set({ liftedAt: now.toISOString(), liftedBy: user.id, liftedByName: user.name })
    .where(and(eq(alertMutes.alertId, alertId), isNull(alertMutes.liftedAt), gt(alertMutes.until, now.toISOString())));
}

/**
 * The candidates as they should be stored: one that a running mute covers comes back set aside in the mute's name
 * (who muted, why, `muteId`); the rest unchanged. One query per call, whatever the number of candidates.
 */
export async function applyMutes(db: Db, candidates: AlertRow[], now: Date): Promise<AlertRow[]> {
  if (candidates.length === 0) return candidates;
  const brands = [...new Set(candidates.map((a) => a.brand))];
  const running = await db.select().from(alertMutes)
    .where(and(inArray(alertMutes.brand, brands), isNull(alertMutes.liftedAt), gt(alertMutes.until, now.toISOString())));
  if (running.length === 0) return candidates;
  return candidates.map((a) => {
    const m = running
      .filter((x) => x.brand === a.brand && x.rule === a.rule && x.scope === a.scope && rank[a.level] <= rank[x.level])
      .sort((x, y) => y.until.localeCompare(x.until))[0];
    if (!m) return a;
    return {
      ...a, muteId: m.id, dismissedAt: now.toISOString(), dismissedBy: m.createdBy, dismissedByName: m.createdByName,
      dismissReason: m.reason, dismissNote: m.note,
    };
  });
}

function view(m: MuteRow, held: number, now: Date): AlertMute {
  return { ...m, held, active: !m.liftedAt && m.until > now.toISOString() };
}

/** The running mutes (or, with `all`, every mute, newest first), each with how many alerts it has set aside. */
export async function listMutes(db: Db, now: Date, opts: { brand?: string; all?: boolean }): Promise<AlertMute[]> {
  const where = and(
    opts.brand ? eq(alertMutes.brand, opts.brand) : undefined,
    opts.all ? undefined : and(isNull(alertMutes.liftedAt), gt(alertMutes.until, now.toISOString())),
  );
  const rows = await db.select().from(alertMutes).where(where).orderBy(desc(alertMutes.createdAt)).limit(200);
  if (rows.length === 0) return [];
  const counts = await db.select({ id: alerts.muteId, n: count() }).from(alerts).where(inArray(alerts.muteId, rows.map((m) => m.id))).groupBy(alerts.muteId);
  const held = new Map(counts.map((c) => [c.id, c.n]));
  return rows.map((m) => view(m, held.get(m.id) ?? 0, now));
}

/** 解除静默: ends a mute now. Lifting one that already ended changes nothing and logs nothing. */
export async function liftMute(db: Db, id: string, user: AuthUser, now: Date): Promise<AlertMute> {
  const m = await db.query.alertMutes.findFirst({ where: eq(alertMutes.id, id) });
  if (!m) throw errors.notFound('未找到该静默 / No such mute', 'mute_not_found');
  const [counted] = await db.select({ n: count() }).from(alerts).where(eq(alerts.muteId, id));
  if (m.liftedAt || m.until <= now.toISOString()) return view(m, counted?.n ?? 0, now);
  const [[stored]] = await db.batch([
    db.update(alertMutes).set({ liftedAt: now.toISOString(), liftedBy: user.id, liftedByName: user.name }).where(eq(alertMutes.id, id)).returning(),
    auditInsert(db, { action: 'alert.mute_lifted', at: now, actorId: user.id, subject: `alert:${m.alertId}`, detail: { mute: id, until: m.until } }),
  ]);
  return view(stored ?? m, counted?.n ?? 0, now);
}
