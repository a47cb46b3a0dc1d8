import { eq, inArray } from 'drizzle-orm';
import { deadlineLabel } from '@vigil/shared/i18n/vocabulary';
import type { Db } from '../db/client.ts';
import { incidents } from '../db/schema/incidents.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { users } from '../db/schema/users.ts';
import { beijingLabel, HOUR, spanZh } from '../monitoring/time.ts';
import type { Notice } from './deliver.ts';

// Deadline reminders (issue 11: "every alert links to an incident with an owner and SLA timer"): the countdown on a
// page nobody has open helps no one. An hour before an incident's deadline comes due, and once when it passes
// unmet, the team's channels get one message each, with the owner's name. Each is sent once: its subject
// (`deadline:<incident>:<kind>:soon|overdue`) is looked up among the deliveries before it is queued again.

/** How long before the due time the reminder goes. */
export const REMIND_BEFORE = HOUR;
/** A deadline missed longer ago than this gets no first notice (an old incident when channels are first set up). */
const OVERDUE_NOTICE_WINDOW = 24 * HOUR;

/** Which reminder a deadline `left` ms away is due for: 'soon' within `before`, 'overdue' for `window` after, else none. */
export function reminderStage(left: number, before: number, window: number): 'soon' | 'overdue' | null {
  return left <= 0 ? (left > -window ? 'overdue' : null) : left <= before ? 'soon' : null;
}

/** The notices whose subject no delivery holds yet: each reminder goes once. */
export async function notQueuedBefore(db: Db, candidates: Notice[]): Promise<Notice[]> {
  if (candidates.length === 0) return [];
  const subjects = candidates.map((n) => n.subject);
  const sent = new Set((await db.select({ subject: notifyDeliveries.subject }).from(notifyDeliveries).where(inArray(notifyDeliveries.subject, subjects))).map((r) => r.subject));
  return candidates.filter((n) => !sent.has(n.subject));
}

/** The reminders due at `now` that have not been queued before, for every open incident. */
export async function deadlineNotices(db: Db, now: Date): Promise<Notice[]> {
  const open = await db.select().from(incidents).where(eq(incidents.status, 'open'));
  const t = now.getTime();
  const candidates: Notice[] = [];
  const ownerIds = [...new Set(open.flatMap((i) => (i.ownerId ? [i.ownerId] : [])))];
  const owners = ownerIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ownerIds)) : [];
  for (const i of open) {
    const owner = owners.find((o) => o.id === i.ownerId)?.name;
    for (const d of i.deadlines) {
      if (d.metAt) continue;
      const left = Date.parse(d.due) - t;
      const stage = reminderStage(left, REMIND_BEFORE, OVERDUE_NOTICE_WINDOW);
      if (!stage) continue;
      const name = `「${deadlineLabel(d.kind)}」${d.optional ? '（可选）' : ''}`;
      const due = beijingLabel(new Date(d.due));
      const who = owner ? `负责人：${owner}。` : '尚未指定负责人。';
      candidates.push({
        subject: `deadline:${i.id}:${d.kind}:${stage}`,
        rule: `deadline:${i.id}`,
        brand: i.brand,
        topic: 'incidents',
        level: i.level,
        title: stage === 'soon' ? `【时限提醒】${i.brand}：${i.title}` : `【时限已过】${i.brand}：${i.title}`,
        body: stage === 'soon'
          ? `${name}将于 ${due}（北京时间）到期，剩余 ${spanZh(left)}，尚未标记完成。${who}`
          : `${name}已于 ${due}（北京时间）到期，尚未标记完成。${who}`,
        unbundled: true,
      });
    }
  }
  return notQueuedBefore(db, candidates);
}
