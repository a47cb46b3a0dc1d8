import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { beijingDay, beijingDayStart, beijingParts } from '@vigil/shared/i18n/beijing-time';
import { levelOrder as rank } from '@vigil/shared/engine/types';
import { allTopics, type NotifyTopic, type QuietHours } from '@vigil/shared/schemas/notify';
import type { AppDeps } from '../lib/context.ts';
import type { alerts } from '../db/schema/alerts.ts';
import { notifyChannels } from '../db/schema/notify-channels.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { newId } from '../lib/secrets.ts';
import { beijingLabel, HOUR } from '../monitoring/time.ts';
import { acceptedBy, outgoing } from './formats.ts';
import { unseal } from './seal.ts';

type Level = 'mild' | 'moderate' | 'severe';
const levelName: Record<Level, string> = { mild: '轻度', moderate: '中度', severe: '重度' };
const MAX_ATTEMPTS = 5;

/** Minutes since Beijing midnight. */
const bjMinute = (t: number) => {
  const { hour, minute } = beijingParts(t);
  return hour * 60 + minute;
};
const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** The end of the quiet window `t` falls in (Beijing time, may cross midnight), or null when not quiet. */
export function quietUntil(q: QuietHours, t: number): number | null {
  const [s, e, m] = [toMin(q.start), toMin(q.end), bjMinute(t)];
  const inside = s <= e ? m >= s && m < e : m >= s || m < e;
  if (!inside) return null;
  const minutesLeft = (e - m + 24 * 60) % (24 * 60) || 24 * 60;
  return Math.floor(t / 60_000) * 60_000 + minutesLeft * 60_000;
}

/**
 * When a message of `level` may go out (issue 11 routing): 重度 at once, 中度 in the hourly bundle (the next full
 * hour), 轻度 in the daily digest at 09:00 Beijing; quiet hours then hold it to their end unless the level breaks
 * through. Detection never waits: only delivery does.
 */
export function dueAt(level: Level, now: number, quiet: QuietHours | null, opts: { bundle?: boolean } = {}): { due: number; heldFor: string | null } {
  let due = now;
  let heldFor: string | null = null;
  if (opts.bundle === false) {
    // A reminder with a clock of its own (a deadline) is not held for a bundle or digest; quiet hours still apply.
  } else if (level === 'moderate') {
    due = Math.ceil(now / HOUR) * HOUR;
    heldFor = 'hourly_bundle';
  } else if (level === 'mild') {
    const nineToday = Date.parse(beijingDayStart(beijingDay(now))) + 9 * HOUR;
    due = nineToday > now ? nineToday : nineToday + 24 * HOUR;
    heldFor = 'daily_digest';
  }
  if (quiet && rank[level] < rank[quiet.breakthrough]) {
    const until = quietUntil(quiet, due);
    if (until !== null) return { due: until, heldFor: 'quiet_hours' };
  }
  return { due, heldFor };
}

/** One message for the channels: an alert of a brand, or a notice for the whole team (brand null, e.g. adapter health). */
export interface Notice {
  /** What it is about (`alert:<id>`, `adapter:<id>`), kept on the delivery. */
  subject: string;
  /** Capped per channel and hour under this name. */
  rule: string;
  /** Channels limited to a brand get only that brand's notices; null goes to channels for every brand. */
  brand: string | null;
  /** Only channels that receive this topic get it. */
  topic: NotifyTopic;
  level: Level;
  title: string;
  body: string;
  /** Never held for the hourly bundle or the daily digest (a deadline reminder); quiet hours apply as for any level. */
  unbundled?: boolean;
}

/**
 * Queues one message per matching channel for each new alert; over a channel's cap per rule and hour → 'capped'.
 * An alert stored already set aside (a 静默 covered it) or already part of a running incident messages nobody.
 */
export async function enqueueAlerts(deps: AppDeps, created: (typeof alerts.$inferInsert)[]): Promise<number> {
  return enqueueNotices(deps, created.filter((a) => !a.dismissedAt && !a.incidentId).map((a) => ({
    subject: `alert:${a.id}`, rule: `${a.brand}:${a.rule}`, brand: a.brand, topic: 'alerts', level: a.level,
    title: `【${levelName[a.level]}预警${a.rule === 'hot_search' ? '·热搜' : ''}】${a.brand} ${beijingLabel(new Date(a.hour))}`, body: a.explanation,
  })));
}

/** Whether a channel takes a notice: its topic, its brand (if it has one) and at least its minimum level. */
export const channelTakes = (ch: Pick<typeof notifyChannels.$inferSelect, 'topics' | 'brand' | 'minLevel'>, n: Pick<Notice, 'topic' | 'brand' | 'level'>): boolean =>
  (ch.topics ?? allTopics).includes(n.topic) && (!ch.brand || ch.brand === n.brand) && rank[n.level] >= rank[ch.minLevel];

/** Queues one message per matching channel for each notice, held by level and quiet hours, capped per rule and hour. */
export async function enqueueNotices(deps: AppDeps, notices: Notice[]): Promise<number> {
  if (notices.length === 0) return 0;
  const { db } = deps;
  const now = deps.clock.now().getTime();
  const channels = await db.select().from(notifyChannels).where(eq(notifyChannels.enabled, true));
  let queued = 0;
  for (const a of notices) {
    for (const ch of channels) {
      if (!channelTakes(ch, a)) continue;
      const recent = await db.select({ n: sql<number>`count(*)` }).from(notifyDeliveries)
        .where(and(eq(notifyDeliveries.channelId, ch.id), eq(notifyDeliveries.rule, a.rule), gte(notifyDeliveries.createdAt, new Date(now - HOUR).toISOString()), inArray(notifyDeliveries.status, ['pending', 'sent'])));
      const capped = Number(recent[0]?.n ?? 0) >= ch.capPerHour;
      const { due, heldFor } = dueAt(a.level, now, ch.quietHours ?? null, { bundle: !a.unbundled });
      await db.insert(notifyDeliveries).values({
        id: newId(), channelId: ch.id, subject: a.subject, rule: a.rule, level: a.level, title: a.title, body: a.body,
        status: capped ? 'capped' : 'pending', dueAt: new Date(due).toISOString(), heldFor: capped ? 'cap_per_hour' : heldFor,
        createdAt: new Date(now).toISOString(),
      });
      queued += 1;
    }
  }
  return queued;
}

async function send(deps: AppDeps, ch: typeof notifyChannels.$inferSelect, title: string, text: string, level: string, subject: string): Promise<string | null> {
  const url = unseal(deps.keys.pepper, ch.urlSealed);
  const secret = ch.secretSealed ? unseal(deps.keys.pepper, ch.secretSealed) : null;
  const out = outgoing(ch.kind, url, secret, { title, text, level, subject }, deps.clock.now());
  try {
    const res = await fetch(out.url, { method: 'POST', headers: out.headers, body: out.body, signal: AbortSignal.timeout(10_000), redirect: 'error' });
    return acceptedBy(ch.kind, res.status, await res.text());
  } catch (err) {
    // The error names the cause only: never the URL, which carries the robot's key.
    return err instanceof Error ? (err.name === 'TimeoutError' ? 'timeout' : `network error: ${(err.cause as { code?: string } | undefined)?.code ?? err.name}`) : 'network error';
  }
}

/**
 * Sends every due message, one request per channel (several due messages of a channel go as one bundle). A failure
 * is retried with back-off (1, 2, 4, 8 min) and after five attempts recorded as failed with the reason.
 */
export async function deliverDue(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db.select().from(notifyDeliveries).where(and(eq(notifyDeliveries.status, 'pending'), lte(notifyDeliveries.dueAt, now.toISOString()))).orderBy(asc(notifyDeliveries.dueAt));
  return sendItems(deps, due, now);
}

/**
 * Sends the due messages of these alerts now (a 热搜 alert is reported by a browser, not found by the hourly run).
 * Each message is first claimed by moving its due time five minutes on, so a scheduler tick running meanwhile
 * leaves it alone; the send then records sent, or the retry time, as deliverDue does.
 */
export async function deliverAlertsNow(deps: AppDeps, alertIds: string[]): Promise<number> {
  return deliverSubjectsNow(deps, alertIds.map((id) => `alert:${id}`));
}

/** deliverAlertsNow for any subjects (an incident's 进展通报): their due messages go now, claimed the same way. */
export async function deliverSubjectsNow(deps: AppDeps, subjects: string[]): Promise<number> {
  if (subjects.length === 0) return 0;
  const now = deps.clock.now();
  const claimed = await deps.db.update(notifyDeliveries).set({ dueAt: new Date(now.getTime() + 5 * 60_000).toISOString() })
    .where(and(eq(notifyDeliveries.status, 'pending'), lte(notifyDeliveries.dueAt, now.toISOString()), inArray(notifyDeliveries.subject, subjects)))
    .returning();
  return sendItems(deps, claimed, now);
}

async function sendItems(deps: AppDeps, due: (typeof notifyDeliveries.$inferSelect)[], now: Date): Promise<number> {
  const { db } = deps;
  let sent = 0;
  const byChannel = new Map<string, typeof due>();
  for (const d of due) byChannel.set(d.channelId, [...(byChannel.get(d.channelId) ?? []), d]);
  for (const [channelId, items] of byChannel) {
    const ch = await db.query.notifyChannels.findFirst({ where: eq(notifyChannels.id, channelId) });
    if (!ch) continue;
    const top = items.reduce((a, b) => (rank[b.level] > rank[a.level] ? b : a));
    const title = items.length === 1 ? top.title : `【Vigil 汇总】${items.length} 条预警（最高${levelName[top.level]}）`;
    const text = items.map((d) => (items.length === 1 ? d.body : `- ${d.title}：${d.body}`)).join('\n');
    const error = await send(deps, ch, title, text, top.level, items.length === 1 ? top.subject : 'bundle');
    const ids = items.map((d) => d.id);
    if (!error) {
      await db.update(notifyDeliveries).set({ status: 'sent', sentAt: now.toISOString(), attempts: sql`${notifyDeliveries.attempts} + 1`, lastError: null }).where(inArray(notifyDeliveries.id, ids));
      sent += items.length;
      continue;
    }
    for (const d of items) {
      const attempts = d.attempts + 1;
      const retry = new Date(now.getTime() + 2 ** (attempts - 1) * 60_000).toISOString();
      await db.update(notifyDeliveries).set({ attempts, lastError: error, status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', dueAt: attempts >= MAX_ATTEMPTS ? d.dueAt : retry }).where(eq(notifyDeliveries.id, d.id));
    }
  }
  return sent;
}

/** The settings page's test button: one message now, recorded like any other. */
export async function sendTest(deps: AppDeps, ch: typeof notifyChannels.$inferSelect) {
  const now = deps.clock.now().toISOString();
  const title = '【Vigil 测试】通知渠道测试';
  const body = `这是一条来自 Vigil 舆情哨兵的测试消息（${beijingLabel(new Date(now))}）。`;
  const error = await send(deps, ch, title, body, 'mild', 'test');
  const row = { id: newId(), channelId: ch.id, subject: 'test', rule: 'test', level: 'mild' as const, title, body, status: error ? ('failed' as const) : ('sent' as const), dueAt: now, heldFor: null, attempts: 1, lastError: error, createdAt: now, sentAt: error ? null : now };
  await deps.db.insert(notifyDeliveries).values(row);
  return row;
}
