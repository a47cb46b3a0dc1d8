/**
 * The extension's one durable queue (issue 9), generalised from the evidence outbox of issue 6: an item is stored
 * before any delivery is tried, then sent (in batches where the API takes them) until the server acknowledges it,
 * with back-off between rounds. Storage, sending, the clock and the timer are handed in, so the state machine is
 * tested in Node and runs on IndexedDB or chrome.storage with chrome.alarms in the extension. Captures, mention
 * uploads and reply uses are built on it; adapter health and scan counts are its next callers.
 */

export type QueueState = 'pending' | 'failed' | 'delivered';

/** What the queue keeps beside each record (inline, so the capture outbox's IndexedDB rows keep their shape). */
export interface QueueMeta<E> {
  state: QueueState;
  attempts: number;
  /** Epoch ms of the next automatic attempt (pending only). */
  nextAttemptAt?: number;
  error?: E;
}
export type Queued<T, E> = T & QueueMeta<E>;

export interface QueueStore<T, E> {
  put(entry: Queued<T, E>): Promise<void>;
  all(): Promise<Queued<T, E>[]>;
  /** Needed only by queues that forget delivered or refused items. */
  remove?(id: string): Promise<void>;
  /** Optional batch forms: one read-modify-write for a whole batch where the store pays per write. */
  putMany?(entries: Queued<T, E>[]): Promise<void>;
  removeMany?(ids: string[]): Promise<void>;
}

/** One per entry of a batch, in order. */
export type Outcome<E, R> =
  | { kind: 'delivered'; result: R }
  /** Final: the server will never take this item (kept as failed or forgotten, as the queue says). */
  | { kind: 'rejected'; error: E }
  /** Try again later; `haltRound` (default true): the others would fail the same way, stop this round. */
  | { kind: 'retry'; error: E; haltRound?: boolean }
  /** Not looked at by the server (its batch-mates were refused): send again in this same flush. */
  | { kind: 'resend' };

export interface QueueDeps<T, E, R> {
  store: QueueStore<T, E>;
  id(record: T): string;
  send(batch: Queued<T, E>[]): Promise<Outcome<E, R>[]>;
  /** The error a throwing sender is recorded with. */
  errorOf(err: unknown): E;
  now(): number;
  /** Arrange for `flush()` at epoch ms `at` (null: nothing waits); survives worker restarts in the extension. */
  schedule(at: number | null): void;
  batchSize?: number;
  /** Delivery order (default: the store's order). */
  order?(a: Queued<T, E>, b: Queued<T, E>): number;
  /** What a delivered entry becomes: kept (evidence keeps its receipt) or forgotten (null, the default). */
  delivered?(entry: Queued<T, E>, result: R): Queued<T, E> | null;
  /** Keep refused items as `failed` (evidence is never deleted) instead of forgetting them. */
  keepRejected?: boolean;
  /** False when the stored record is a newer version than the one sent (re-queued meanwhile); default: same. */
  sameVersion?(stored: T, sent: T): boolean;
  /** After every change, e.g. for open side panels. */
  changed?(): void;
}

export interface FlushReport<E, R> {
  delivered: { id: string; result: R }[];
  rejected: { id: string; error: E }[];
  /** Items not delivered yet (pending and failed). */
  pending: number;
}

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 10 * 60_000;

/** 2 s, 4 s, 8 s … capped at 10 min: quick when the server blinks, quiet during a long outage. */
export const retryDelay = (attempts: number): number => Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));

export function createDurableQueue<T, E, R>(deps: QueueDeps<T, E, R>) {
  const batchSize = deps.batchSize ?? 1;
  // One delivery run at a time, so an item is never sent twice concurrently by this worker.
  let running: Promise<FlushReport<E, R>> | null = null;
  let again: { force: boolean } | null = null;

  async function putAll(entries: Queued<T, E>[]) {
    if (entries.length === 0) return;
    if (deps.store.putMany) await deps.store.putMany(entries);
    else for (const e of entries) await deps.store.put(e);
  }

  async function forgetAll(ids: string[]) {
    if (ids.length === 0) return;
    if (deps.store.removeMany) return deps.store.removeMany(ids);
    if (!deps.store.remove) throw new Error('durable queue: this store cannot forget items');
    for (const id of ids) await deps.store.remove(id);
  }

  /**
   * Records a batch's outcomes, skipping items of which a newer version was queued meanwhile (that one stays as it
   * is). The stored versions are read once per batch and the writes go out together: a batch of 50 mention
   * reports on chrome.storage was 150 whole-item reads and writes when settled one by one.
   */
  async function settle(batch: Queued<T, E>[], outcomes: Outcome<E, R>[], report: FlushReport<E, R>) {
    const stored = deps.sameVersion ? new Map((await deps.store.all()).map((e) => [deps.id(e), e])) : undefined;
    const puts: Queued<T, E>[] = [];
    const forgets: string[] = [];
    for (const [j, entry] of batch.entries()) {
      const outcome = outcomes[j]!;
      const id = deps.id(entry);
      const now = stored?.get(id);
      const newer = now !== undefined && !deps.sameVersion!(now, entry);
      const attempts = entry.attempts + 1;
      if (outcome.kind === 'delivered') {
        report.delivered.push({ id, result: outcome.result });
        if (newer) continue;
        const kept = deps.delivered?.({ ...entry, attempts }, outcome.result) ?? null;
        if (kept) puts.push(kept);
        else forgets.push(id);
      } else if (outcome.kind === 'rejected') {
        report.rejected.push({ id, error: outcome.error });
        if (newer) continue;
        const { nextAttemptAt: _n, ...rest } = entry;
        if (deps.keepRejected) puts.push({ ...rest, state: 'failed', attempts, error: outcome.error } as Queued<T, E>);
        else forgets.push(id);
      } else if (outcome.kind === 'retry' && !newer) {
        puts.push({ ...entry, state: 'pending', attempts, error: outcome.error, nextAttemptAt: deps.now() + retryDelay(attempts) });
      }
    }
    await putAll(puts);
    await forgetAll(forgets);
    deps.changed?.();
  }

  /** One round over the due items; true when some must be sent again at once. */
  async function run(force: boolean, report: FlushReport<E, R>): Promise<boolean> {
    const due = (await deps.store.all()).filter((e) => e.state === 'pending' && (force || (e.nextAttemptAt ?? 0) <= deps.now()));
    if (deps.order) due.sort(deps.order);
    let resend = false;
    for (let i = 0; i < due.length; i += batchSize) {
      const batch = due.slice(i, i + batchSize);
      let outcomes: Outcome<E, R>[];
      try {
        outcomes = await deps.send(batch);
      } catch (err) {
        outcomes = batch.map(() => ({ kind: 'retry', error: deps.errorOf(err) }));
      }
      const answered = batch.map((_, j): Outcome<E, R> => outcomes[j] ?? { kind: 'retry', error: deps.errorOf(new Error('no answer for this item')) });
      await settle(batch, answered, report);
      if (answered.some((o) => o.kind === 'retry' && o.haltRound !== false)) return false;
      if (answered.some((o) => o.kind === 'resend')) resend = true;
    }
    return resend;
  }

  async function finish(report: FlushReport<E, R>) {
    const all = await deps.store.all();
    const waiting = all.filter((e) => e.state === 'pending').map((e) => e.nextAttemptAt ?? deps.now());
    deps.schedule(waiting.length ? Math.min(...waiting) : null);
    report.pending = all.filter((e) => e.state !== 'delivered').length;
    return report;
  }

  /** Delivers every due item (`force`: every pending item, e.g. after a settings change or a click on 重试). */
  function flush(force = false): Promise<FlushReport<E, R>> {
    if (running) {
      again = { force: force || (again?.force ?? false) };
      return running;
    }
    running = (async () => {
      const report: FlushReport<E, R> = { delivered: [], rejected: [], pending: 0 };
      try {
        let next: { force: boolean } | null = { force };
        while (next) {
          const resend = await run(next.force, report);
          next = resend ? { force: true } : again;
          if (!resend) again = null;
        }
        return await finish(report);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** Stores an item as it is (meta included), durably, before anything is sent. */
  async function enqueue(entry: Queued<T, E>) {
    await deps.store.put(entry);
    deps.changed?.();
  }

  /** Stores new records as pending, due now; a record with a queued id replaces it (the newest wins). */
  async function add(...records: T[]) {
    await putAll(records.map((r) => ({ ...r, state: 'pending' as const, attempts: 0, nextAttemptAt: deps.now() }) as Queued<T, E>));
    if (records.length > 0) deps.changed?.();
  }

  /** Puts refused items back in the queue (after the user fixed the cause, e.g. a new token) and delivers. */
  async function retryAll() {
    for (const e of await deps.store.all()) {
      if (e.state === 'failed') await deps.store.put({ ...e, state: 'pending', nextAttemptAt: deps.now() });
    }
    return flush(true);
  }

  return { add, enqueue, flush, retryAll, all: () => deps.store.all() };
}
export type DurableQueue<T, E, R> = ReturnType<typeof createDurableQueue<T, E, R>>;
