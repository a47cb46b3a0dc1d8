import { and, asc, count, desc, eq, inArray, isNull, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { CaseCapture, CaseDetail, CaseLetter, CaseListQuery, CaseSummary } from '@vigil/shared/schemas/case';
import { caseLetter, type LetterEventRow } from './letter-state.ts';
import type { Db } from '../db/client.ts';
import { captures } from '../db/schema/captures.ts';
import { caseCaptures } from '../db/schema/case-captures.ts';
import { caseEvents } from '../db/schema/case-events.ts';
import { caseNotes } from '../db/schema/case-notes.ts';
import { cases } from '../db/schema/cases.ts';
import { summaryOf, userNames } from '../evidence/queries.ts';
import { errors } from '../lib/errors.ts';
import { linkOf, trackedLinks } from './links.ts';

export type CaseRow = typeof cases.$inferSelect;
type Names = Map<string, string>;
const person = (names: Names, id: string) => ({ id, name: names.get(id) ?? null });

export async function caseRow(db: Db, id: string): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  if (!row) throw errors.notFound('未找到该案件 / No such case');
  return row;
}

async function reviewCounts(db: Db, ids: string[]) {
  const out = new Map<string, CaseSummary['counts']>();
  if (!ids.length) return out;
  const rows = await db
    .select({ caseId: caseCaptures.caseId, decision: caseCaptures.decision, n: count() })
    .from(caseCaptures)
    .where(inArray(caseCaptures.caseId, ids))
    .groupBy(caseCaptures.caseId, caseCaptures.decision);
  for (const id of ids) out.set(id, { captures: 0, pending: 0, adopted: 0, rejected: 0 });
  for (const r of rows) {
    const c = out.get(r.caseId)!;
    c[r.decision] += r.n;
    c.captures += r.n;
  }
  return out;
}

/** The 律师函 and status events of these cases, oldest first, for their reply deadlines. */
export async function letterEvents(db: Db, ids: string[]) {
  const out = new Map<string, LetterEventRow[]>();
  if (!ids.length) return out;
  const rows = await db.select({ caseId: caseEvents.caseId, at: caseEvents.at, kind: caseEvents.kind, detail: caseEvents.detail }).from(caseEvents)
    .where(and(inArray(caseEvents.caseId, ids), inArray(caseEvents.kind, ['letter', 'status']))).orderBy(asc(caseEvents.id));
  for (const r of rows) out.set(r.caseId, [...(out.get(r.caseId) ?? []), r]);
  return out;
}

function summary(row: CaseRow, names: Names, counts: CaseSummary['counts'] | undefined, letter: CaseLetter | null): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    brand: row.brand,
    counterparty: row.counterparty,
    status: row.status,
    resolution: row.resolution,
    assignee: row.assigneeId ? person(names, row.assigneeId) : null,
    createdBy: person(names, row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    counts: counts ?? { captures: 0, pending: 0, adopted: 0, rejected: 0 },
    letter,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export async function listCases(db: Db, q: z.infer<typeof CaseListQuery>, now: Date) {
  const where: SQL[] = [];
  if (q.status) where.push(eq(cases.status, q.status));
  if (q.brand) where.push(eq(cases.brand, q.brand));
  // `none`: the cases nobody has taken yet, the ones a legal lead hands out first.
  if (q.assigneeId) where.push(q.assigneeId === 'none' ? isNull(cases.assigneeId) : eq(cases.assigneeId, q.assigneeId));
  if (q.q) {
    const p = `%${escapeLike(q.q)}%`;
    const like = (col: SQL | Column) => sql`${col} like ${p} escape '\\'`;
    where.push(or(like(cases.title), like(cases.number), like(sql`${cases.counterparty}`))!);
  }
  const cond = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(cases).where(cond).orderBy(desc(cases.updatedAt), desc(cases.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(cases).where(cond),
  ]);
  const names = await userNames(db, rows.flatMap((r) => [r.createdBy, ...(r.assigneeId ? [r.assigneeId] : [])]));
  const [counts, letters] = await Promise.all([reviewCounts(db, rows.map((r) => r.id)), letterEvents(db, rows.map((r) => r.id))]);
  return { items: rows.map((r) => summary(r, names, counts.get(r.id), caseLetter(letters.get(r.id) ?? [], r.status, now))), total: total?.n ?? 0 };
}

/** The case with its captures (and their review), notes, timeline and tracked links. */
export async function caseDetail(db: Db, row: CaseRow, now: Date): Promise<CaseDetail> {
  const [members, notes, events] = await Promise.all([
    db.select({ m: caseCaptures, c: captures }).from(caseCaptures).innerJoin(captures, eq(captures.id, caseCaptures.captureId)).where(eq(caseCaptures.caseId, row.id)).orderBy(asc(captures.startedAt), asc(caseCaptures.addedAt), sql`case_captures.rowid`),
    db.select().from(caseNotes).where(eq(caseNotes.caseId, row.id)).orderBy(asc(caseNotes.createdAt), asc(caseNotes.logIndex)),
    db.select().from(caseEvents).where(eq(caseEvents.caseId, row.id)).orderBy(asc(caseEvents.id)),
  ]);
  const ids = [row.createdBy, ...(row.assigneeId ? [row.assigneeId] : [])];
  for (const { m, c } of members) ids.push(m.addedBy, c.userId, ...(m.decidedBy ? [m.decidedBy] : []));
  ids.push(...notes.map((n) => n.authorId), ...events.map((e) => e.actorId));
  const names = await userNames(db, ids);
  const counts = await reviewCounts(db, [row.id]);
  const list: CaseCapture[] = members.map(({ m, c }) => ({
    capture: summaryOf(c, names.get(c.userId) ?? null),
    reason: m.reason,
    addedBy: person(names, m.addedBy),
    addedAt: m.addedAt.toISOString(),
    review: { decision: m.decision, reason: m.decisionReason, by: m.decidedBy ? person(names, m.decidedBy) : null, at: m.decidedAt?.toISOString() ?? null, logIndex: m.decisionLogIndex },
  }));
  return {
    ...summary(row, names, counts.get(row.id), caseLetter(events, row.status, now)),
    captures: list,
    notes: notes.map((n) => ({ id: n.id, text: n.text, author: person(names, n.authorId), at: n.createdAt.toISOString(), logIndex: n.logIndex })),
    timeline: events.map((e) => ({ id: e.id, at: e.at.toISOString(), kind: e.kind as CaseDetail['timeline'][number]['kind'], actor: person(names, e.actorId), captureId: e.captureId, detail: e.detail, logIndex: e.logIndex })),
    links: await trackedLinks(db, row.id, list.map(({ capture }) => ({ captureId: capture.id, url: linkOf(capture) }))),
  };
}

/** The case as stored now: after a write, whose timeline event moved `updatedAt`, re-read rather than reuse the old row. */
export const caseDetailById = async (db: Db, id: string, now: Date): Promise<CaseDetail> => caseDetail(db, await caseRow(db, id), now);
