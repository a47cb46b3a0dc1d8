import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AlertPatch } from '@vigil/shared/schemas/monitoring';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/alerts.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import type { AuthUser } from '../lib/context.ts';
import { auditInsert } from '../lib/audit.ts';
import { errors } from '../lib/errors.ts';
import { liftMutesOf, muteInsert } from './alert-mutes.ts';

// 忽略 (set aside) and 恢复 for alerts (issue 11: "alerts must be tied to action"). A PR lead who reads an alert acts
// on it: opens an incident, joins one, or sets it aside with a reason (误报, a known story, a repeat). The 预警 list
// then shows what is still waiting. Setting an alert aside withdraws its messages still held for a bundle, the
// digest or quiet hours, so the channel is not told of an alert the team has already judged; 恢复 puts them back.
// With `muteHours` the 忽略 also mutes the alert's rule for that long (alert-mutes.ts); 恢复 lifts that mute.

type AlertRow = typeof alerts.$inferSelect;

/** An alert's columns when nobody has set it aside; opening or joining an incident writes these too. */
export const notDismissed = { dismissedAt: null, dismissedBy: null, dismissedByName: null, dismissReason: null, dismissNote: null, muteId: null } as const;

/** The writes of one 忽略 or 恢复, as one batch: the alert, its held messages and the audit event. Returns the alert as stored. */
export async function dismissAlert(db: Db, alert: AlertRow, p: z.output<typeof AlertPatch>, user: AuthUser, now: Date): Promise<AlertRow> {
  if (p.dismissed && alert.incidentId) {
    throw errors.conflict(`该预警已关联事件，请在事件中处理 / This alert belongs to incident ${alert.incidentId}; handle it there`, 'alert_has_incident');
  }
  if (p.dismissed === !!alert.dismissedAt) return alert;
  const at = now.toISOString();
  const subject = `alert:${alert.id}`;
  const set = p.dismissed
    ? { dismissedAt: at, dismissedBy: user.id, dismissedByName: user.name, dismissReason: p.reason ?? 'other', dismissNote: p.note || null }
    : notDismissed;
  const held = p.dismissed
    ? db.update(notifyDeliveries).set({ status: 'withdrawn', heldFor: 'alert_dismissed' }).where(and(eq(notifyDeliveries.subject, subject), eq(notifyDeliveries.status, 'pending')))
    : db.update(notifyDeliveries).set({ status: 'pending', heldFor: null }).where(and(eq(notifyDeliveries.subject, subject), eq(notifyDeliveries.status, 'withdrawn')));
  const mute = p.dismissed && p.muteHours ? muteInsert(db, alert, p.muteHours, set.dismissReason ?? 'other', set.dismissNote ?? null, user, now) : null;
  // 恢复 ends the mute this alert made; a 忽略 without hours leaves mutes alone (the alert had none running).
  const mutes = mute ? mute.write : p.dismissed ? null : liftMutesOf(db, alert.id, user, now);
  const [[stored]] = await db.batch([
    db.update(alerts).set(set).where(eq(alerts.id, alert.id)).returning(),
    held,
    ...(mutes ? [mutes] : []),
    auditInsert(db, {
      action: p.dismissed ? 'alert.dismissed' : 'alert.restored', at: now, actorId: user.id, subject,
      detail: p.dismissed
        ? { reason: set.dismissReason, ...(p.note ? { note: p.note } : {}), ...(mute ? { mute: mute.row.id, until: mute.row.until } : {}) }
        : { was: alert.dismissReason },
    }),
  ]);
  return stored ?? alert;
}
