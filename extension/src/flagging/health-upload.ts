import { AdapterHealthResult, type AdapterHealthReport } from '@vigil/shared/schemas/adapter-health';
import { ScanCountResult } from '@vigil/shared/schemas/monitoring';
import { createApiClient, type ApiFailure } from '../api-client.ts';
import { createDurableQueue, type Outcome } from '../queue/durable-queue.ts';
import { itemStore } from '../queue/item-store.ts';
import { queueScheduler } from '../queue/scheduler.ts';
import type { Stores } from '../storage.ts';
import type { PageHealth } from '../sites/health-tally.ts';

// Adapter health to the API (issue 12 item 4). The background adds each page's counts into a running total per hour
// and site (kept in chrome.storage.local for two days), and queues that total in the extension's durable queue
// (queue/, issue 9), one entry per hour and site, the newest replacing the one still waiting. The API keeps the
// larger total, so a resend never counts twice. A growing total is sent at most once a minute (health is no hurry);
// the first total of an hour and site, and the first after the API or token changed, go at once.
// The same totals give the scan counts of issue 11 (units seen per platform and hour, so reports can show mentions
// per 1 000 units): each send also posts, for the hours it carries, the units of every site of a platform added up.
// They are the units on each page when it was read, not those a feed loads later while scrolling.

const HOUR = 3_600_000;
const KEEP_HOURS = 48;
const BATCH = 200;
export const HEALTH_ALARM = 'vigil-adapter-health';
/** The least time between two sends (a page a second while scrolling must not be a request a second). */
export const HEALTH_GAP_MS = 60_000;

const idOf = (r: AdapterHealthReport) => `${r.hour}|${r.site}`;
const hourOf = (at: number) => new Date(Math.floor(at / HOUR) * HOUR).toISOString();

/** Adds a page to the running total of its hour and site. */
export function addPage(total: AdapterHealthReport | undefined, page: PageHealth, hour: string): AdapterHealthReport {
  const fields = structuredClone(total?.fields ?? {});
  for (const [f, t] of Object.entries(page.fields)) {
    const sum = (fields[f] ??= { primary: 0, fallback: 0, missing: 0 });
    sum.primary += t.primary;
    sum.fallback += t.fallback;
    sum.missing += t.missing;
  }
  return { hour, site: page.site, platform: page.platform, pages: (total?.pages ?? 0) + 1, units: (total?.units ?? 0) + page.units, fields };
}

/** Units per platform and hour over every site of the platform (weibo.com and m.weibo.cn are both 微博). */
export function scanCounts(totals: readonly AdapterHealthReport[], hours: ReadonlySet<string>) {
  const sum = new Map<string, { platform: string; hour: string; units: number }>();
  for (const t of totals) {
    if (!hours.has(t.hour)) continue;
    const key = `${t.hour}|${t.platform}`;
    const row = sum.get(key) ?? { platform: t.platform, hour: t.hour, units: 0 };
    row.units += t.units;
    sum.set(key, row);
  }
  return [...sum.values()];
}

export interface HealthReporter {
  /** Adds one page's counts and queues the hour's new total. */
  record(page: PageHealth): Promise<void>;
  /** Sends what is queued now; resolves with how many totals the API took. */
  flush(): Promise<number>;
  listen(): void;
}

export function createHealthReporter(stores: Stores, opts: { fetch?: typeof fetch; now?: () => number } = {}): HealthReporter {
  const now = opts.now ?? Date.now;
  const scheduler = queueScheduler(HEALTH_ALARM, () => send());
  const q = createDurableQueue<AdapterHealthReport, ApiFailure, null>({
    store: itemStore(stores.healthOutbox, idOf, 500),
    id: idOf,
    batchSize: BATCH,
    // A page recorded while its hour's total was on the way: the newer total stays queued.
    sameVersion: (stored, sent) => stored.pages === sent.pages,
    async send(batch): Promise<Outcome<ApiFailure, null>[]> {
      const client = createApiClient({ ...(await stores.settings.get()), ...(opts.fetch ? { fetch: opts.fetch } : {}) });
      if (!client.configured) return batch.map(() => ({ kind: 'retry', error: { reason: 'not_configured' } }));
      const reports = batch.map(({ state: _s, attempts: _a, nextAttemptAt: _n, error: _e, ...r }) => r);
      const res = await client.request('POST', '/api/adapter-health', AdapterHealthResult, { body: { reports } });
      if (res.ok) {
        const counts = scanCounts(await stores.healthTotals.get(), new Set(reports.map((r) => r.hour)));
        const sent = await client.request('POST', '/api/scan-counts', ScanCountResult, { body: { counts } });
        // Both take the larger running total, so a retry of the pair counts nothing twice.
        if (!sent.ok && sent.failure.status !== 400) return batch.map(() => ({ kind: 'retry', error: sent.failure }));
        return batch.map(() => ({ kind: 'delivered', result: null }));
      }
      if (res.failure.status === 400) return batch.map(() => ({ kind: 'rejected', error: res.failure }));
      return batch.map(() => ({ kind: 'retry', error: res.failure }));
    },
    errorOf: (err) => ({ reason: 'unreachable', message: err instanceof Error ? err.message : String(err) }),
    now,
    schedule: scheduler.schedule,
  });

  let lastSend = Number.NEGATIVE_INFINITY;
  /** The API and token of the last send: after a change of either, the first total goes at once. */
  let lastTarget = '';
  const target = async () => {
    const { apiUrl, token } = await stores.settings.get();
    return `${apiUrl}\n${token}`;
  };
  async function send(): Promise<number> {
    lastSend = now();
    lastTarget = await target();
    return (await q.flush(true)).delivered.length;
  }

  // chrome.storage has no transactions: one read-modify-write of the totals at a time.
  let chain: Promise<unknown> = Promise.resolve();
  async function add(page: PageHealth) {
    const at = now();
    const hour = hourOf(at);
    const totals = (await stores.healthTotals.get()).filter((r) => Date.parse(r.hour) > at - KEEP_HOURS * HOUR);
    const i = totals.findIndex((r) => r.hour === hour && r.site === page.site);
    const total = addPage(i >= 0 ? totals[i] : undefined, page, hour);
    if (i >= 0) totals[i] = total;
    else totals.push(total);
    await stores.healthTotals.set(totals);
    await q.add(total);
    // The first total of an hour and site is news (a site the admins may not have seen yet): it goes at once.
    if (i < 0 || at - lastSend >= HEALTH_GAP_MS || (await target()) !== lastTarget) void send().catch(() => {});
    else scheduler.schedule(lastSend + HEALTH_GAP_MS);
  }

  return {
    record(page) {
      const job = chain.then(() => add(page));
      chain = job.catch(() => {});
      return job;
    },
    flush: send,
    listen: scheduler.listen,
  };
}
