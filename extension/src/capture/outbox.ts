import type { CaptureReceipt } from '@vigil/shared/schemas/capture';
import type { OutboxError, OutboxItem, OutboxSummary } from './types.ts';

/**
 * The durable outbox (issue 6): a capture is stored here before any upload is tried, then delivered with back-off
 * until the server acknowledges it. Storage, uploading and timers are handed in, so the state machine is tested in
 * Node and runs on IndexedDB + chrome.alarms in the extension. Evidence is never dropped: a refusal marks the item
 * failed with the server's reason and keeps it.
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

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 10 * 60_000;
/** Delivered captures listed in the panel (older receipts stay stored, and on the server). */
const RECENT_DELIVERED = 20;
/** How long a new capture's click waits for its first upload before answering "saved, uploading". */
const FIRST_TRY_WAIT_MS = 15_000;

/** 2 s, 4 s, 8 s … capped at 10 min: quick when the server blinks, quiet during a long outage. */
export const retryDelay = (attempts: number): number => Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));

export const summaryOf = ({ manifestBytes: _m, manifestSha256: _s, signature: _g, deviceId: _d, artefacts: _a, ...item }: OutboxRecord): OutboxItem => item;

export function createOutbox(deps: OutboxDeps) {
  // One delivery run at a time, so a capture is never sent twice concurrently by this worker.
  let running: Promise<void> | null = null;
  let again: { force: boolean } | null = null;

  async function summary(): Promise<OutboxSummary> {
    const items = (await deps.store.all()).map(summaryOf).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const waiting = items.filter((i) => i.state !== 'delivered');
    return { pending: waiting.length, items: [...waiting, ...items.filter((i) => i.state === 'delivered').slice(0, RECENT_DELIVERED)] };
  }

  const notify = async () => deps.changed?.(await summary());

  async function attempt(record: OutboxRecord): Promise<OutboxRecord> {
    let result: UploadResult;
    try {
      result = await deps.upload(record);
    } catch (err) {
      result = { ok: false, error: { kind: 'unreachable', message: err instanceof Error ? err.message : String(err) } };
    }
    const attempts = record.attempts + 1;
    let next: OutboxRecord;
    if (result.ok) {
      const { error: _e, nextAttemptAt: _n, ...rest } = record;
      next = { ...rest, state: 'delivered', attempts, receipt: result.receipt, artefacts: [] };
    } else if (result.error.kind === 'rejected') {
      const { nextAttemptAt: _n, ...rest } = record;
      next = { ...rest, state: 'failed', attempts, error: result.error };
    } else {
      next = { ...record, state: 'pending', attempts, error: result.error, nextAttemptAt: deps.now() + retryDelay(attempts) };
    }
    await deps.store.put(next);
    await notify();
    return next;
  }

  async function run(force: boolean) {
    const due = (await deps.store.all())
      .filter((r) => r.state === 'pending' && (force || (r.nextAttemptAt ?? 0) <= deps.now()))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const r of due) {
      const outcome = await attempt(r);
      // The server is down or the token is bad: the others would fail the same way, try them at the next round.
      if (outcome.state === 'pending' && outcome.error?.kind !== 'server') break;
    }
    const waiting = (await deps.store.all()).filter((r) => r.state === 'pending').map((r) => r.nextAttemptAt ?? deps.now());
    deps.schedule(waiting.length ? Math.min(...waiting) : null);
  }

  /** Delivers every due item (`force`: every pending item, e.g. after the settings change or a click on 重试). */
  function flush(force = false): Promise<void> {
    if (running) {
      again = { force: force || (again?.force ?? false) };
      return running;
    }
    running = (async () => {
      try {
        await run(force);
        while (again) {
          const next = again;
          again = null;
          await run(next.force);
        }
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** Stores a new capture first (durable), then tries to deliver it once; resolves with its state afterwards. */
  async function add(record: OutboxRecord): Promise<OutboxItem> {
    await deps.store.put(record);
    await notify();
    // A slow upload goes on in the background; the panel follows it through `changed`.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([flush(true), new Promise((r) => (timer = setTimeout(r, FIRST_TRY_WAIT_MS)))]);
    clearTimeout(timer);
    const stored = await deps.store.get(record.captureId);
    return summaryOf(stored ?? record);
  }

  /** Puts refused items back in the queue (after the user fixed the cause, e.g. a new token) and delivers. */
  async function retryAll(): Promise<void> {
    for (const r of await deps.store.all()) {
      if (r.state === 'failed') await deps.store.put({ ...r, state: 'pending', nextAttemptAt: deps.now() });
    }
    await flush(true);
  }

  return { add, flush, retryAll, summary };
}
export type Outbox = ReturnType<typeof createOutbox>;
