import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { IncidentBroadcastResult, IncidentRecord } from '@vigil/shared/schemas/incident';
import { deadlineLabel, levelLabel } from '@vigil/shared/i18n/vocabulary';
import { notifyChannels } from '../db/schema/notify-channels.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import type { AppDeps, AuthUser } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { beijingLabel, spanZh } from '../monitoring/time.ts';
import { deliverSubjectsNow, enqueueNotices, type Notice } from '../notify/deliver.ts';
import { nextOpenDeadline } from './report-pdf.ts';
import { eventWrites } from './store.ts';

// 进展通报: while an incident runs, leadership and the wider team follow it in their 企业微信 / 钉钉 / 飞书 group, not in
// the workspace. A PR lead sends the incident's state there in one click: level, owner, the next deadline and how long
// is left, what is linked, whether a holding statement is out, and a word of their own. It goes through the same
// channels, routing (brand, minimum level), caps and quiet hours as alerts, and is sent at once where it may be; the
// answer says what became of it on each channel, and the timeline records it.

type Result = z.infer<typeof IncidentBroadcastResult>;

/** The message: what a reader in a group chat needs to know about the incident now. */
export function broadcastText(i: IncidentRecord, note: string | undefined, senderName: string, now: Date): { title: string; body: string } {
  const next = nextOpenDeadline(i);
  const left = next ? Date.parse(next.due) - now.getTime() : 0;
  const count = (kind: string) => i.links.filter((l) => l.kind === kind).length;
  const lines = [
    `级别：${levelLabel(i.level, 'zh')} · 状态：${i.status === 'open' ? '处置中' : '已结案'} · 负责人：${i.ownerName ?? '未指定'}`,
    i.status === 'closed'
      ? `结案时间：${beijingLabel(new Date(i.closedAt ?? now.toISOString()))}（北京时间）`
      : next
        ? `下一时限：${deadlineLabel(next.kind)}，截止 ${beijingLabel(new Date(next.due))}（北京时间，${left < 0 ? `已超时 ${spanZh(left)}` : `剩余 ${spanZh(left)}`}）`
        : '下一时限：无（各项时限均已完成）',
    `关联：提及 ${count('mention')} 条、预警 ${count('alert')} 条、取证 ${count('capture')} 次、案件 ${count('case')} 个`,
    `临时声明：${i.holdingStatement ? '已关联' : '未关联'}`,
    ...(note ? [`说明：${note}`] : []),
    `（${senderName} 于 ${beijingLabel(now)} 通报）`,
  ];
  return { title: `【事件进展】${i.brand}：${i.title}`, body: lines.join('\n') };
}

/**
 * Queues the 进展通报 on every channel that takes this incident's brand and level, sends what is due at once, records
 * it on the timeline, and answers each channel's outcome. No channel would take it: a named 409, nothing written.
 */
export async function broadcastIncident(deps: AppDeps, i: IncidentRecord, note: string | undefined, user: AuthUser, now: Date): Promise<Result> {
  const { db } = deps;
  const subject = `incident:${i.id}:update:${now.toISOString()}`;
  const { title, body } = broadcastText(i, note, user.name, now);
  const notice: Notice = { subject, rule: `incident:${i.id}:update`, brand: i.brand, topic: 'incidents', level: i.level, title, body, unbundled: true };
  const queued = await enqueueNotices(deps, [notice]);
  if (queued === 0) {
    throw errors.conflict('没有可接收该事件的通知渠道：请在「通知渠道」中添加，或检查其品牌、最低级别与接收内容（事件） / No enabled channel takes this incident’s brand, level and topic (incidents)', 'no_channel');
  }
  await deliverSubjectsNow(deps, [subject]);
  const rows = await db.select().from(notifyDeliveries).where(eq(notifyDeliveries.subject, subject));
  const names = new Map((await db.select({ id: notifyChannels.id, name: notifyChannels.name }).from(notifyChannels).where(inArray(notifyChannels.id, rows.map((r) => r.channelId)))).map((c) => [c.id, c.name]));
  await db.batch(eventWrites(db, i.id, now.toISOString(), user.id, 'broadcast', { channels: rows.length, sent: rows.filter((r) => r.status === 'sent').length, ...(note ? { note } : {}) }));
  return {
    deliveries: rows.map((r) => ({ channelId: r.channelId, channelName: names.get(r.channelId) ?? '', status: r.status, heldFor: r.heldFor, dueAt: r.dueAt, lastError: r.lastError })),
  };
}
