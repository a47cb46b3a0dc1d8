import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { cases } from '../db/schema/cases.ts';
import { users } from '../db/schema/users.ts';
import { caseLetter } from '../cases/letter-state.ts';
import { letterEvents } from '../cases/queries.ts';
import { beijingLabel, DAY, spanZh } from '../monitoring/time.ts';
import type { Notice } from './deliver.ts';
import { notQueuedBefore, reminderStage } from './deadline-notices.ts';

// A 律师函's days run out on a date nobody keeps in a calendar (要求与期限: 7 日内删除并致歉). The case list's 逾期
// badge helps only whoever opens it; the next step (起诉, 投诉, a second letter) waits on someone noticing. A day before
// the days run out, and once when they have run out with the case still at 已发函, the channels get one message each,
// naming the 承办人. Each goes once: its subject (`letter:<case>:<drafted at>:soon|overdue`) is looked up among the
// deliveries before it is queued again, so a redrafted and resent letter is reminded of afresh.

/** How long before the due time the reminder goes: a day, time to check whether the other side complied. */
export const LETTER_REMIND_BEFORE = DAY;
/** A deadline that ran out longer ago than this gets no first notice (channels set up after the fact). */
const OVERDUE_NOTICE_WINDOW = 3 * DAY;

/** The 律师函 reminders due at `now` that have not been queued before, for every case waiting at 已发函. */
export async function letterNotices(db: Db, now: Date): Promise<Notice[]> {
  const waiting = await db.select().from(cases).where(eq(cases.status, 'letter_sent'));
  if (waiting.length === 0) return [];
  const events = await letterEvents(db, waiting.map((c) => c.id));
  const assignees = [...new Set(waiting.flatMap((c) => (c.assigneeId ? [c.assigneeId] : [])))];
  const names = new Map((assignees.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, assignees)) : []).map((u) => [u.id, u.name]));
  const t = now.getTime();
  const candidates: Notice[] = [];
  for (const c of waiting) {
    const letter = caseLetter(events.get(c.id) ?? [], c.status, now);
    if (!letter?.due || letter.state === 'closed') continue;
    const left = Date.parse(letter.due) - t;
    const stage = reminderStage(left, LETTER_REMIND_BEFORE, OVERDUE_NOTICE_WINDOW);
    if (!stage) continue;
    const assignee = c.assigneeId ? names.get(c.assigneeId) : undefined;
    const who = assignee ? `承办人：${assignee}。` : '尚未指派承办人。';
    const due = beijingLabel(new Date(letter.due));
    candidates.push({
      subject: `letter:${c.id}:${letter.draftedAt}:${stage}`,
      rule: `case:${c.id}`,
      brand: c.brand,
      topic: 'legal',
      level: 'moderate',
      title: stage === 'soon' ? `【律师函期限提醒】${c.number} ${c.title}` : `【律师函期限已到】${c.number} ${c.title}`,
      body: stage === 'soon'
        ? `律师函 ${letter.number}（${letter.deadlineDays} 日）的期限将于 ${due}（北京时间）届满，剩余 ${spanZh(left)}；案件仍为「已发函」。请核实对方是否已删除、致歉。${who}`
        : `律师函 ${letter.number}（${letter.deadlineDays} 日）的期限已于 ${due}（北京时间）届满，案件仍为「已发函」：请核实对方是否已履行，并决定下一步（结案、再次发函或起诉）。${who}`,
      unbundled: true,
    });
  }
  return notQueuedBefore(db, candidates);
}
