import { hotBand, HotSearchResult, type HotSearchSighting } from '@vigil/shared/schemas/monitoring';
import { createApiClient, type ApiFailure } from '../api-client.ts';
import { createDurableQueue, type Outcome } from '../queue/durable-queue.ts';
import { itemStore } from '../queue/item-store.ts';
import { queueScheduler } from '../queue/scheduler.ts';
import type { Stores } from '../storage.ts';

// 热搜 sightings go to POST /api/hot-search through the durable queue (issue 11 item 4), so a sighting made offline
// still raises its alert once the API is back. This browser reports an entry once per brand and hour: the list is
// read again on every page that shows it (the feed's side card is on every weibo.com page), and a repeat would
// only be stored and cooled down by the API. A climb into a better band (top 10, top 3, 第 1) is reported at once.

const HOUR = 3_600_000;
const MAX_QUEUE = 500;
export const HOT_ALARM = 'vigil-hot-search';

export const entryKey = (s: Pick<HotSearchSighting, 'brand' | 'platform' | 'title'>) => `${s.brand}|${s.platform}|${s.title}`;

export interface HotUploader {
  /** Queues what is news among these sightings and tries to send; resolves with how many were queued. */
  report(sightings: HotSearchSighting[]): Promise<number>;
  flush(): Promise<number>;
  listen(): void;
}

export function createHotUploader(stores: Stores, doFetch?: typeof fetch, now: () => number = Date.now): HotUploader {
  const scheduler = queueScheduler(HOT_ALARM, () => q.flush());
  const q = createDurableQueue<HotSearchSighting, ApiFailure, null>({
    store: itemStore(stores.hotOutbox, (s) => `${entryKey(s)}|${s.seenAt}`, MAX_QUEUE),
    id: (s) => `${entryKey(s)}|${s.seenAt}`,
    batchSize: 100,
    async send(batch): Promise<Outcome<ApiFailure, null>[]> {
      const client = createApiClient({ ...(await stores.settings.get()), ...(doFetch ? { fetch: doFetch } : {}) });
      if (!client.configured) return batch.map(() => ({ kind: 'retry', error: { reason: 'not_configured' } }));
      const entries = batch.map(({ state: _s, attempts: _a, nextAttemptAt: _n, error: _e, ...s }) => s);
      const res = await client.request('POST', '/api/hot-search', HotSearchResult, { body: { entries } });
      if (res.ok) return batch.map(() => ({ kind: 'delivered', result: null }));
      // 400: entries the API will never take (a brand it does not know); the rest keep flowing.
      if (res.failure.status === 400) return batch.map(() => ({ kind: 'rejected', error: res.failure }));
      return batch.map(() => ({ kind: 'retry', error: res.failure }));
    },
    errorOf: (err) => ({ reason: 'unreachable', message: err instanceof Error ? err.message : String(err) }),
    now,
    schedule: scheduler.schedule,
  });

  // Tabs report concurrently: one read-modify-write of the reported-entries memory at a time.
  let last: Promise<unknown> = Promise.resolve();
  const report = (sightings: HotSearchSighting[]): Promise<number> => {
    const next = last.then(() => reportNow(sightings));
    last = next.catch(() => {});
    return next;
  };

  async function reportNow(sightings: HotSearchSighting[]): Promise<number> {
    const t = now();
    const kept: Record<string, { at: number; band: number }> = {};
    for (const [k, v] of Object.entries(await stores.hotReported.get())) if (t - v.at < HOUR) kept[k] = v;
    const news = sightings.filter((s) => {
      const k = entryKey(s);
      const band = hotBand(s.rank);
      const before = kept[k];
      if (before && band >= before.band) return false;
      kept[k] = { at: t, band };
      return true;
    });
    await stores.hotReported.set(kept);
    if (news.length === 0) return 0;
    await q.add(...news);
    void q.flush(true).catch(() => {});
    return news.length;
  }

  return { report, flush: async () => (await q.flush(true)).delivered.length, listen: scheduler.listen };
}
