import type { MentionReport } from '@vigil/shared/schemas/mention';
import { normalizeApiUrl } from '../api-url.ts';
import type { Stores, TabUnit } from '../storage.ts';

// Flagged mentions go to the API for reports (issue 4): only units that mention a brand, never the browsing
// history. They wait in a durable outbox (chrome.storage.local, one entry per unit key, the newest wins) and are
// sent in batches; an unreachable or refusing API keeps them for the next try, with a growing delay.

const BATCH = 200;
const MAX_QUEUE = 5000;

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
}

export function createMentionUploader(stores: Stores, doFetch: typeof fetch = (i, init) => fetch(i, init)): MentionUploader {
  let running: Promise<number> | null = null;
  let delay = 2_000;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function queue(reports: MentionReport[]) {
    if (reports.length === 0) return;
    const byKey = new Map((await stores.mentionsOutbox.get()).map((r) => [r.key, r]));
    for (const r of reports) byKey.set(r.key, r);
    await stores.mentionsOutbox.set([...byKey.values()].slice(-MAX_QUEUE));
  }

  function retryLater() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
    delay = Math.min(delay * 2, 10 * 60_000);
  }

  async function send(): Promise<number> {
    const settings = await stores.settings.get();
    const base = normalizeApiUrl(settings.apiUrl);
    if (!base || !settings.token.trim()) return 0;
    let sent = 0;
    for (;;) {
      const pending = await stores.mentionsOutbox.get();
      const batch = pending.slice(0, BATCH);
      if (batch.length === 0) break;
      let res: Response;
      try {
        res = await doFetch(`${base}/api/mentions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.token.trim()}` },
          body: JSON.stringify({ mentions: batch }),
          credentials: 'omit',
        });
      } catch {
        retryLater();
        break;
      }
      // 400: a report the API can never accept; dropping it keeps the rest flowing. Other failures are retried.
      if (!res.ok && res.status !== 400) {
        retryLater();
        break;
      }
      const done = new Map(batch.map((r) => [r.key, r.seenAt]));
      // Keep entries re-queued meanwhile with a newer sighting.
      const rest = (await stores.mentionsOutbox.get()).filter((r) => done.get(r.key) !== r.seenAt);
      await stores.mentionsOutbox.set(rest);
      if (res.ok) sent += batch.length;
      delay = 2_000;
    }
    return sent;
  }

  function flush(): Promise<number> {
    running ??= send().finally(() => {
      running = null;
    });
    return running;
  }

  return { queue, flush };
}
