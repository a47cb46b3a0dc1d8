import { and, desc, eq, inArray } from 'drizzle-orm';
import type { EscalationRecord } from '@vigil/shared/schemas/escalation';
import type { Db } from '../db/client.ts';
import { escalations } from '../db/schema/escalations.ts';
import { users } from '../db/schema/users.ts';
import { errors } from '../lib/errors.ts';
import type { Notice } from '../notify/deliver.ts';

// 上报 storage (issues 11 and 13): rows as records with the escalating user's name, newest first.

export type EscalationRow = typeof escalations.$inferSelect;

export async function toRecords(db: Db, rows: EscalationRow[]): Promise<EscalationRecord[]> {
  const ids = [...new Set(rows.map((r) => r.createdBy))];
  const names = ids.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)) : [];
  return rows.map((r) => ({
    id: r.id, key: r.unitKey, brand: r.brand, level: r.level, platform: r.platform, permalink: r.permalink ?? null, url: r.url ?? null,
    author: r.author ?? null, text: r.text, reasons: r.reasons, reason: r.reason, note: r.note ?? null, status: r.status,
    incidentId: r.incidentId ?? null, createdAt: r.createdAt, createdBy: r.createdBy,
    createdByName: names.find((n) => n.id === r.createdBy)?.name ?? null, handledAt: r.handledAt ?? null, handledBy: r.handledBy ?? null,
  }));
}

export async function listEscalations(db: Db, q: { status?: EscalationRow['status'] | undefined; brand?: string | undefined }) {
  const rows = await db.select().from(escalations)
    .where(and(q.status ? eq(escalations.status, q.status) : undefined, q.brand ? eq(escalations.brand, q.brand) : undefined))
    .orderBy(desc(escalations.createdAt)).limit(200);
  return toRecords(db, rows);
}

export async function oneEscalation(db: Db, id: string): Promise<EscalationRow> {
  const row = await db.query.escalations.findFirst({ where: eq(escalations.id, id) });
  if (!row) throw errors.notFound('未找到该上报 / No such escalation', 'escalation_not_found');
  return row;
}

/** Only an open escalation can be handled: a second 立案 or a dismissal after one is refused, not repeated. */
export function checkOpen(row: EscalationRow): void {
  if (row.status !== 'open') {
    throw errors.conflict(`该上报已处理（${row.status === 'incident' ? '已立案' : '已忽略'}） / This escalation was already handled (${row.status})`, 'escalation_handled');
  }
}

/** An escalation becomes an incident's level: 无风险 is still worth an incident at 轻度 when a person says so. */
export const incidentLevelOf = (level: EscalationRow['level']) => (level === 'none' ? 'mild' : level);

/** A short title from the unit: who said what, as the PR lead would name it. */
export const incidentTitleOf = (row: EscalationRow): string => {
  const text = row.text.replace(/\s+/g, ' ').trim();
  return `${row.author ? `${row.author}：` : ''}${text.length > 40 ? `${text.slice(0, 40)}…` : text}`.slice(0, 200) || row.unitKey;
};

const levelWord = { mild: '轻度', moderate: '中度', severe: '重度' } as const;

/** The robots' message for a new escalation (routed by level like an alert: 重度 at once, 中度 hourly, 轻度 daily). */
export function escalationNotice(row: EscalationRow, byName: string | null): Notice {
  const level = incidentLevelOf(row.level);
  const text = row.text.replace(/\s+/g, ' ').trim();
  return {
    subject: `escalation:${row.id}`, rule: `${row.brand}:escalation`, brand: row.brand, topic: 'alerts', level,
    title: `【${levelWord[level]}·上报】${row.brand} ${row.author ?? ''}`.trim(),
    body: [`${byName ?? ''}从扩展上报${row.reason === 'no_reply' ? '（无合适口径）' : ''}：${text.length > 200 ? `${text.slice(0, 200)}…` : text}`, row.note ? `备注：${row.note}` : '', row.permalink ?? ''].filter(Boolean).join('\n'),
  };
}
