import type { CaptureReceipt } from '@vigil/shared/schemas/capture';
import { createDurableQueue, retryDelay, type QueueStore } from '../queue/durable-queue.ts';
import type { OutboxError, OutboxItem, OutboxSummary } from './types.ts';

/**
 * The evidence outbox (issue 6) on the extension's durable queue (queue/durable-queue.ts, issue 9): a capture is
 * stored here before any upload is tried, then delivered with back-off until the server acknowledges it. Evidence is
 * never dropped: a refusal marks the item failed with the server's reason and keeps it.
 */

export interface OutboxArtefact {
  name: string;
  type: string;
  body: Blob;
}

export interface OutboxRecord extends OutboxItem {
  manifestBytes: Uint8Array;
  manifestSha256: string;
  signature: string;
  deviceId: string;
  /** Emptied once delivered: the server holds the bytes and the receipt proves it. */
  artefacts: OutboxArtefact[];
}

export interface OutboxStore {
  put(record: OutboxRecord): Promise<void>;
  get(captureId: string): Promise<OutboxRecord | undefined>;
  all(): Promise<OutboxRecord[]>;
}

export type UploadResult = { ok: true; receipt: CaptureReceipt } | { ok: false; error: OutboxError };

export interface OutboxDeps {
  store: OutboxStore;
  upload(record: OutboxRecord): Promise<UploadResult>;
  now(): number;
  /** Arrange for `flush()` to run at epoch ms `at` (or cancel with null); survives worker restarts in the extension. */
  schedule(at: number | null): void;
  /** Called after every change, for open side panels. */
  changed?(summary: OutboxSummary): void;
}

/** Delivered captures listed in the panel (older receipts stay stored, and on the server). */
const RECENT_DELIVERED = 20;
/** How long a new capture's click waits for its first upload before answering "saved, uploading". */
const FIRST_TRY_WAIT_MS = 15_000;

export { retryDelay };

export const summaryOf = ({ manifestBytes: _m, manifestSha256: _s, signature: _g, deviceId: _d, artefacts: _a, ...item }: OutboxRecord): OutboxItem => item;

/** The capture outbox on the durable queue: one capture per upload, delivered ones kept with their receipt. */
export function createOutbox(deps: OutboxDeps) {
  async function summary(): Promise<OutboxSummary> {
    const items = (await deps.store.all()).map(summaryOf).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const waiting = items.filter((i) => i.state !== 'delivered');
    return { pending: waiting.length, items: [...waiting, ...items.filter((i) => i.state === 'delivered').slice(0, RECENT_DELIVERED)] };
  }

  const queue = createDurableQueue<OutboxRecord, OutboxError, CaptureReceipt>({
    store: deps.store as QueueStore<OutboxRecord, OutboxError>,
    id: (r) => r.captureId,
    async send([record]) {
      const result = await deps.upload(record!);
      if (result.ok) return [{ kind: 'delivered', result: result.receipt }];
      if (result.error.kind === 'rejected') return [{ kind: 'rejected', error: result.error }];
      // The server is down or the token is bad: the others would fail the same way, try them at the next round.
      return [{ kind: 'retry', error: result.error, haltRound: result.error.kind !== 'server' }];
    },
    errorOf: (err) => ({ kind: 'unreachable', message: err instanceof Error ? err.message : String(err) }),
    now: deps.now,
    schedule: deps.schedule,
    order: (a, b) => a.createdAt.localeCompare(b.createdAt),
    // The server holds the bytes and the receipt proves it: only the receipt stays.
    delivered: ({ error: _e, nextAttemptAt: _n, ...rest }, receipt) => ({ ...rest, state: 'delivered', receipt, artefacts: [] }),
    // Evidence is never dropped: a refusal is kept, failed, with the server's reason.
    keepRejected: true,
    changed: () => void summary().then((s) => deps.changed?.(s)),
  });

  /** Stores a new capture first (durable), then tries to deliver it once; resolves with its state afterwards. */
  async function add(record: OutboxRecord): Promise<OutboxItem> {
    await queue.enqueue(record);
    // A slow upload goes on in the background; the panel follows it through `changed`.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([queue.flush(true), new Promise((r) => (timer = setTimeout(r, FIRST_TRY_WAIT_MS)))]);
    clearTimeout(timer);
    const stored = await deps.store.get(record.captureId);
    return summaryOf(stored ?? record);
  }

  return {
    add,
    flush: async (force = false) => void (await queue.flush(force)),
    retryAll: async () => void (await queue.retryAll()),
    summary,
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
