import { ReplyUseResult, ReplyUsesRefused, type ReplyUse } from '@vigil/shared/schemas/reply-use';
import { createApiClient } from '../api-client.ts';
import { createDurableQueue, type Outcome } from '../queue/durable-queue.ts';
import { itemStore } from '../queue/item-store.ts';
import type { Item, Settings } from '../storage.ts';

// Every copy or insert of a reply is logged to the API (issue 5). Uses go into the durable queue first (queue/,
// issue 9) and are sent in batches of up to 100; the use id is made here, so a batch resent after a lost answer is
// stored once.

const BATCH = 100;

export interface UseQueueDeps {
  settings: Item<Settings>;
  queue: Item<ReplyUse[]>;
  fetch?: typeof fetch;
  /** The retry timer (queue/scheduler.ts in the extension); without it, uses wait for the next flush. */
  schedule?(at: number | null): void;
}

export interface FlushResult {
  sent: number;
  /** Uses the API will never store (the version was not approved or had expired at use time). */
  refused: { id: string; reason: string }[];
  pending: number;
}

type UseError = { reason: string };

export function createUseQueue(deps: UseQueueDeps) {
  const q = createDurableQueue<ReplyUse, UseError, { duplicate: boolean }>({
    store: itemStore(deps.queue, (u) => u.id),
    id: (u) => u.id,
    batchSize: BATCH,
    async send(batch): Promise<Outcome<UseError, { duplicate: boolean }>[]> {
      const client = createApiClient({ ...(await deps.settings.get()), ...(deps.fetch ? { fetch: deps.fetch } : {}) });
      if (!client.configured) return batch.map(() => ({ kind: 'retry', error: { reason: 'not_configured' } }));
      const uses = batch.map(({ state: _s, attempts: _a, nextAttemptAt: _n, error: _e, ...u }) => u);
      const res = await client.request('POST', '/api/replies/uses', ReplyUseResult, { body: { uses } });
      if (res.ok) {
        const duplicates = new Set(res.data.duplicates);
        return batch.map((u) => ({ kind: 'delivered', result: { duplicate: duplicates.has(u.id) } }));
      }
      // 422: nothing was stored; the refused uses are dropped and reported, the others go again at once.
      const refused = res.failure.status === 422 ? ReplyUsesRefused.safeParse(res.failure.body) : null;
      if (refused?.success && refused.data.rejected.length > 0) {
        const why = new Map(refused.data.rejected.map((r) => [r.id, r.reason]));
        return batch.map((u) => (why.has(u.id) ? { kind: 'rejected', error: { reason: why.get(u.id)! } } : { kind: 'resend' }));
      }
      // 401, 5xx, rate limits: keep everything and try again later.
      return batch.map(() => ({ kind: 'retry', error: { reason: res.failure.reason } }));
    },
    errorOf: (err) => ({ reason: err instanceof Error ? err.message : String(err) }),
    now: Date.now,
    schedule: (at) => deps.schedule?.(at),
  });

  async function flush(): Promise<FlushResult> {
    const report = await q.flush(true);
    return {
      sent: report.delivered.filter((d) => !d.result.duplicate).length,
      refused: report.rejected.map((r) => ({ id: r.id, reason: r.error.reason })),
      pending: report.pending,
    };
  }

  return {
    async add(use: ReplyUse): Promise<FlushResult> {
      await q.add(use);
      return flush();
    },
    flush,
    async pending(): Promise<number> {
      return (await q.all()).length;
    },
  };
}
export type UseQueue = ReturnType<typeof createUseQueue>;
