import { MentionBatchResult, type MentionReport } from '@vigil/shared/schemas/mention';
import { createApiClient, type ApiFailure } from '../api-client.ts';
import { createDurableQueue, type Outcome } from '../queue/durable-queue.ts';
import { itemStore } from '../queue/item-store.ts';
import { queueScheduler } from '../queue/scheduler.ts';
import type { Stores, TabUnit } from '../storage.ts';

// Flagged mentions go to the API for reports (issue 4): only units that mention a brand, never the browsing
// history. They wait in the durable queue (queue/, issue 9; chrome.storage.local, one entry per unit key, the newest
// wins) and are sent in batches; an unreachable or refusing API keeps them for the next try, with a growing delay.

const BATCH = 200;
const MAX_QUEUE = 5000;
export const MENTIONS_ALARM = 'vigil-mentions';

export function reportOf(unit: TabUnit, url: string, seenAt: string): MentionReport {
  return {
    key: unit.key, platform: unit.platform, kind: unit.kind, url, text: unit.text.slice(0, 20_000), author: unit.author,
    permalink: unit.permalink, publishedAt: unit.publishedAt, counts: unit.counts, brand: unit.mentions[0]?.brand ?? '',
    level: unit.level, sentiment: unit.sentiment, reasons: unit.reasons.slice(0, 50),
    terms: [...new Set(unit.mentions.map((m) => m.term))].slice(0, 50), seenAt,
  };
}

export interface MentionUploader {
  queue(reports: MentionReport[]): Promise<void>;
  /** Sends what is queued; resolves with how many the API acknowledged. */
  flush(): Promise<number>;
  /** Hooks the retry alarm (background start). */
  listen(): void;
}

export function createMentionUploader(stores: Stores, doFetch?: typeof fetch): MentionUploader {
  const scheduler = queueScheduler(MENTIONS_ALARM, () => q.flush());
  const q = createDurableQueue<MentionReport, ApiFailure, null>({
    store: itemStore(stores.mentionsOutbox, (r) => r.key, MAX_QUEUE),
    id: (r) => r.key,
    batchSize: BATCH,
    // A unit seen again while its report was on the way: the newer sighting stays queued.
    sameVersion: (stored, sent) => stored.seenAt === sent.seenAt,
    async send(batch): Promise<Outcome<ApiFailure, null>[]> {
      const client = createApiClient({ ...(await stores.settings.get()), ...(doFetch ? { fetch: doFetch } : {}) });
      if (!client.configured) return batch.map(() => ({ kind: 'retry', error: { reason: 'not_configured' } }));
      const mentions = batch.map(({ state: _s, attempts: _a, nextAttemptAt: _n, error: _e, ...r }) => r);
      const res = await client.request('POST', '/api/mentions', MentionBatchResult, { body: { mentions } });
      if (res.ok) return batch.map(() => ({ kind: 'delivered', result: null }));
      // 400: a report the API can never accept; dropping it keeps the rest flowing. Other failures are retried.
      if (res.failure.status === 400) return batch.map(() => ({ kind: 'rejected', error: res.failure }));
      return batch.map(() => ({ kind: 'retry', error: res.failure }));
    },
    errorOf: (err) => ({ reason: 'unreachable', message: err instanceof Error ? err.message : String(err) }),
    now: Date.now,
    schedule: scheduler.schedule,
  });

  return {
    queue: (reports) => q.add(...reports),
    // Every flagged batch tries at once (forced): a report is only useful while the post is fresh.
    flush: async () => (await q.flush(true)).delivered.length,
    listen: scheduler.listen,
  };
}
