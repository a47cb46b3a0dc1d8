import { z } from 'zod';
import { canonicalBytes } from './canonical-json.ts';

/**
 * What one leaf of the evidence log says. The leaf data is the RFC 8785 canonical bytes of one of these, so anyone
 * holding the entry can recompute its leaf hash: leafHash(canonicalBytes(entry)).
 */
export const CaptureLogEntry = z.object({
  v: z.literal(1),
  type: z.literal('capture'),
  captureId: z.string(),
  manifestSha256: z.string(),
  userId: z.string(),
  deviceId: z.string(),
  at: z.string(),
});

/** `case_added`, `case_removed`, `reviewed` (detail: JSON {caseId, decision, reason}) and `rechecked` are issue 10's. */
export const custodyEvents = ['viewed', 'downloaded', 'exported', 'verified', 'status_changed', 'case_added', 'case_removed', 'reviewed', 'rechecked'] as const;
export type CustodyEventName = (typeof custodyEvents)[number];

export const CustodyLogEntry = z.object({
  v: z.literal(1),
  type: z.literal('custody'),
  captureId: z.string(),
  event: z.enum(custodyEvents),
  actorId: z.string(),
  at: z.string(),
  detail: z.string().optional(),
});

/**
 * An event of a case (issue 10) that is not about one capture: created, status changed, a note (its text's SHA-256
 * in `sha256`), a case package exported (the case manifest's SHA-256 in `sha256`).
 */
export const caseEvents = ['created', 'updated', 'status_changed', 'note', 'exported', 'letter_drafted'] as const;
export type CaseEventName = (typeof caseEvents)[number];
export const CaseLogEntry = z.object({
  v: z.literal(1),
  type: z.literal('case'),
  caseId: z.string(),
  event: z.enum(caseEvents),
  actorId: z.string(),
  at: z.string(),
  detail: z.string().optional(),
  sha256: z.string().optional(),
});

export const LogEntry = z.discriminatedUnion('type', [CaptureLogEntry, CustodyLogEntry, CaseLogEntry]);
export type LogEntry = z.infer<typeof LogEntry>;
export type CaptureLogEntry = z.infer<typeof CaptureLogEntry>;
export type CustodyLogEntry = z.infer<typeof CustodyLogEntry>;
export type CaseLogEntry = z.infer<typeof CaseLogEntry>;

export const logEntryBytes = (entry: LogEntry): Uint8Array => canonicalBytes(entry);
