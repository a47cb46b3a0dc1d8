import { eq } from 'drizzle-orm';
import type { LogEntry } from '@vigil/shared/evidence/log-entry';
import type { TimelineKind } from '@vigil/shared/schemas/case';
import type { z } from 'zod';
import { cases } from '../db/schema/cases.ts';
import { caseEvents } from '../db/schema/case-events.ts';
import { appendEntry, type Tx } from '../evidence/ledger.ts';
import { withWriteRetry } from '../evidence/write-retry.ts';
import type { AppDeps } from '../lib/context.ts';

export interface CaseEventInput {
  kind: z.infer<typeof TimelineKind>;
  captureId?: string | null;
  detail: Record<string, unknown>;
  /** The custody event to append to the evidence log with it (reviews, notes, captures added/removed, status…). */
  log?: LogEntry;
}

/**
 * One timeline event (issue 10), inside the caller's write transaction: its evidence-log entry first (so the event
 * carries the log index), then the timeline row, then the case's `updatedAt`. Everything of one change commits or
 * nothing does.
 */
export async function addEvent(tx: Tx, deps: Pick<AppDeps, 'clock' | 'keys'>, caseId: string, actorId: string, ev: CaseEventInput): Promise<number | null> {
  const now = deps.clock.now();
  const logIndex = ev.log ? (await appendEntry(tx, deps, ev.log)).index : null;
  await tx.insert(caseEvents).values({ caseId, at: now, kind: ev.kind, actorId, captureId: ev.captureId ?? null, detail: ev.detail, logIndex });
  await tx.update(cases).set({ updatedAt: now }).where(eq(cases.id, caseId));
  return logIndex;
}

/** A case write in one retried transaction (the evidence log serialises writers; a lost race re-runs it all). */
export const caseWrite = <T>(deps: AppDeps, fn: (tx: Tx) => Promise<T>): Promise<T> => withWriteRetry(() => deps.db.transaction(fn));

/** The evidence-log entry of a case-level event. */
export function caseEntry(deps: AppDeps, caseId: string, actorId: string, event: Extract<LogEntry, { type: 'case' }>['event'], extra: { detail?: string; sha256?: string } = {}): LogEntry {
  return { v: 1, type: 'case', caseId, event, actorId, at: deps.clock.now().toISOString(), ...extra };
}

/** The evidence-log entry of a custody event on one capture in a case (detail: JSON naming the case). */
export function custodyEntry(deps: AppDeps, captureId: string, actorId: string, event: Extract<LogEntry, { type: 'custody' }>['event'], detail: Record<string, unknown>): LogEntry {
  return { v: 1, type: 'custody', captureId, event, actorId, at: deps.clock.now().toISOString(), detail: JSON.stringify(detail) };
}
