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

export const custodyEvents = ['viewed', 'downloaded', 'exported', 'verified', 'status_changed'] as const;
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

export const LogEntry = z.discriminatedUnion('type', [CaptureLogEntry, CustodyLogEntry]);
export type LogEntry = z.infer<typeof LogEntry>;
export type CaptureLogEntry = z.infer<typeof CaptureLogEntry>;
export type CustodyLogEntry = z.infer<typeof CustodyLogEntry>;

export const logEntryBytes = (entry: LogEntry): Uint8Array => canonicalBytes(entry);
