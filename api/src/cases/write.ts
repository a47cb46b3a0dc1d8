import { createHash } from 'node:crypto';
import { and, count, eq, like } from 'drizzle-orm';
import type { z } from 'zod';
import { beijingParts } from '@vigil/shared/i18n/beijing-time';
import { CASE_TRANSITIONS, type CaseAssignees, type CaseCreate, type CasePatch, type ReviewInput } from '@vigil/shared/schemas/case';
import type { Db } from '../db/client.ts';
import { caseCaptures } from '../db/schema/case-captures.ts';
import { caseNotes } from '../db/schema/case-notes.ts';
import { caseRechecks } from '../db/schema/case-rechecks.ts';
import { cases } from '../db/schema/cases.ts';
import { users } from '../db/schema/users.ts';
import { captureRow } from '../evidence/store.ts';
import { activeUsersOf } from '../lib/accounts.ts';
import type { AppDeps } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { newId } from '../lib/secrets.ts';
import type { CaseRow } from './queries.ts';
import { addEvent, caseEntry, caseWrite, custodyEntry } from './timeline.ts';

// Every change to a case (issue 10) is one transaction: the rows, a timeline event and its evidence-log entry.

/** 案件编号 AJ-<Beijing year>-<0001…>, counted within the year. */
async function nextNumber(tx: Pick<Db, 'select'>, now: Date): Promise<string> {
  const year = beijingParts(now).year;
  const [row] = await tx.select({ n: count() }).from(cases).where(like(cases.number, `AJ-${year}-%`));
  return `AJ-${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

/** An assignee must be someone who works cases: legal or admin, not disabled. */
async function checkAssignee(db: Db, id: string) {
  const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!u || u.disabledAt) throw errors.badRequest('承办人不存在或已停用 / No such active user', 'invalid_assignee');
  if (u.role !== 'legal' && u.role !== 'admin') throw errors.badRequest('承办人须为法务或管理员 / The assignee must be legal or admin', 'invalid_assignee');
  return u;
}

/** The people a case can be given to (the same rule as checkAssignee), legal before admin, then by name. */
export async function caseAssignees(db: Db): Promise<CaseAssignees> {
  return { items: await activeUsersOf(db, ['legal', 'admin'] as const) };
}

export async function createCase(deps: AppDeps, actorId: string, input: z.infer<typeof CaseCreate>): Promise<string> {
  if (input.assigneeId) await checkAssignee(deps.db, input.assigneeId);
  const id = newId();
  await caseWrite(deps, async (tx) => {
    const now = deps.clock.now();
    const number = await nextNumber(tx, now);
    await tx.insert(cases).values({ id, number, title: input.title, brand: input.brand ?? null, counterparty: input.counterparty, status: 'open', assigneeId: input.assigneeId ?? null, createdBy: actorId, createdAt: now, updatedAt: now });
    await addEvent(tx, deps, id, actorId, { kind: 'created', detail: { number, title: input.title }, log: caseEntry(deps, id, actorId, 'created', { detail: JSON.stringify({ number, title: input.title, counterparty: input.counterparty }) }) });
  });
  return id;
}

export async function patchCase(deps: AppDeps, actorId: string, row: CaseRow, p: z.infer<typeof CasePatch>): Promise<void> {
  const assignee = p.assigneeId ? await checkAssignee(deps.db, p.assigneeId) : null;
  const to = p.status && p.status !== row.status ? p.status : undefined;
  if (to && !CASE_TRANSITIONS[row.status].includes(to)) {
    throw errors.conflict(`案件状态不能从 ${row.status} 改为 ${to} / A case cannot move from ${row.status} to ${to}`, 'invalid_transition');
  }
  if (to === 'resolved' && !p.resolution) throw errors.badRequest('结案方式必填：已删除或已和解 / resolution (deleted|settled) is required', 'resolution_required');
  if (p.evidenceCaptureId) {
    const [check] = await deps.db.select().from(caseRechecks).where(and(eq(caseRechecks.caseId, row.id), eq(caseRechecks.captureId, p.evidenceCaptureId))).limit(1);
    const [member] = await deps.db.select().from(caseCaptures).where(and(eq(caseCaptures.caseId, row.id), eq(caseCaptures.captureId, p.evidenceCaptureId))).limit(1);
    if (!check && !member) throw errors.badRequest('依据的取证不属于本案 / The evidence capture is not in this case', 'evidence_not_in_case');
  }
  await caseWrite(deps, async (tx) => {
    const changes: { title?: string; assigneeId?: string | null } = {};
    if (p.title !== undefined && p.title !== row.title) changes.title = p.title;
    if (p.assigneeId !== undefined && p.assigneeId !== row.assigneeId) changes.assigneeId = p.assigneeId;
    if (Object.keys(changes).length) {
      await tx.update(cases).set(changes).where(eq(cases.id, row.id));
      // The timeline says what changed in words a reader of the case needs: the old title, the assignee's name then.
      const detail = {
        ...changes,
        ...(changes.title !== undefined ? { previousTitle: row.title } : {}),
        ...(changes.assigneeId !== undefined ? { assigneeName: assignee?.name ?? null } : {}),
      };
      await addEvent(tx, deps, row.id, actorId, { kind: 'updated', detail, log: caseEntry(deps, row.id, actorId, 'updated', { detail: JSON.stringify(detail) }) });
    }
    if (to) {
      const resolution = to === 'resolved' ? p.resolution! : null;
      await tx.update(cases).set({ status: to, resolution }).where(eq(cases.id, row.id));
      const detail = { from: row.status, to, ...(resolution ? { resolution } : {}), ...(p.evidenceCaptureId ? { evidenceCaptureId: p.evidenceCaptureId } : {}), ...(p.reason ? { reason: p.reason } : {}) };
      await addEvent(tx, deps, row.id, actorId, { kind: 'status', captureId: p.evidenceCaptureId ?? null, detail, log: caseEntry(deps, row.id, actorId, 'status_changed', { detail: JSON.stringify(detail) }) });
    }
  });
}

async function membership(db: Db, caseId: string, captureId: string) {
  const [m] = await db.select().from(caseCaptures).where(and(eq(caseCaptures.caseId, caseId), eq(caseCaptures.captureId, captureId))).limit(1);
  return m;
}

export async function addCapture(deps: AppDeps, actorId: string, row: CaseRow, captureId: string, reason: string | undefined) {
  if (!(await captureRow(deps.db, captureId))) throw errors.notFound('未找到该取证 / No such capture');
  if (await membership(deps.db, row.id, captureId)) throw errors.conflict('该取证已在本案中 / The capture is already in this case', 'already_in_case');
  await caseWrite(deps, async (tx) => {
    await tx.insert(caseCaptures).values({ caseId: row.id, captureId, reason: reason ?? null, addedBy: actorId, addedAt: deps.clock.now() });
    const detail = { caseId: row.id, ...(reason ? { reason } : {}) };
    await addEvent(tx, deps, row.id, actorId, { kind: 'capture_added', captureId, detail, log: custodyEntry(deps, captureId, actorId, 'case_added', detail) });
  });
}

export async function removeCapture(deps: AppDeps, actorId: string, row: CaseRow, captureId: string, reason: string | undefined) {
  if (!(await membership(deps.db, row.id, captureId))) throw errors.notFound('该取证不在本案中 / The capture is not in this case');
  await caseWrite(deps, async (tx) => {
    await tx.delete(caseCaptures).where(and(eq(caseCaptures.caseId, row.id), eq(caseCaptures.captureId, captureId)));
    const detail = { caseId: row.id, ...(reason ? { reason } : {}) };
    await addEvent(tx, deps, row.id, actorId, { kind: 'capture_removed', captureId, detail, log: custodyEntry(deps, captureId, actorId, 'case_removed', detail) });
  });
}

/** A review decision on one capture in one case; a rejection must say why (it is what opposing counsel will ask). */
export async function reviewCapture(deps: AppDeps, actorId: string, row: CaseRow, captureId: string, input: z.infer<typeof ReviewInput>) {
  if (input.decision === 'rejected' && !input.reason) throw errors.badRequest('不采用须填写理由 / A rejection needs a reason', 'reason_required');
  if (!(await membership(deps.db, row.id, captureId))) throw errors.notFound('该取证不在本案中 / The capture is not in this case');
  await caseWrite(deps, async (tx) => {
    const detail = { caseId: row.id, decision: input.decision, ...(input.reason ? { reason: input.reason } : {}) };
    const logIndex = await addEvent(tx, deps, row.id, actorId, { kind: 'review', captureId, detail, log: custodyEntry(deps, captureId, actorId, 'reviewed', detail) });
    await tx
      .update(caseCaptures)
      .set({ decision: input.decision, decisionReason: input.reason ?? null, decidedBy: actorId, decidedAt: deps.clock.now(), decisionLogIndex: logIndex })
      .where(and(eq(caseCaptures.caseId, row.id), eq(caseCaptures.captureId, captureId)));
  });
}

export const noteDigest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** An append-only note: its text's SHA-256 goes into the evidence log, so an edited note no longer matches. */
export async function addNote(deps: AppDeps, actorId: string, row: CaseRow, text: string): Promise<{ id: string; at: Date; logIndex: number }> {
  const id = newId();
  return caseWrite(deps, async (tx) => {
    const sha256 = noteDigest(text);
    const logIndex = (await addEvent(tx, deps, row.id, actorId, { kind: 'note', detail: { noteId: id, sha256 }, log: caseEntry(deps, row.id, actorId, 'note', { detail: JSON.stringify({ noteId: id }), sha256 }) }))!;
    const at = deps.clock.now();
    await tx.insert(caseNotes).values({ id, caseId: row.id, authorId: actorId, text, createdAt: at, logIndex });
    return { id, at, logIndex };
  });
}
