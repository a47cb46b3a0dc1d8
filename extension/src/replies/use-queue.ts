import type { ReplyUse } from '@vigil/shared/schemas/reply-use';
import { normalizeApiUrl } from '../api-url.ts';
import type { Item, Settings } from '../storage.ts';

// Every copy or insert of a reply is logged to the API (issue 5). Uses go into a durable queue first and are sent
// in batches of up to 100; the use id is made here, so a batch resent after a lost answer is stored once.

const BATCH = 100;

export interface UseQueueDeps {
  settings: Item<Settings>;
  queue: Item<ReplyUse[]>;
  fetch?: typeof fetch;
}

export interface FlushResult {
  sent: number;
  /** Uses the API will never store (the version was not approved or had expired at use time). */
  refused: { id: string; reason: string }[];
  pending: number;
}

export function createUseQueue(deps: UseQueueDeps) {
  // One flush at a time: two would send the same uses twice and race on the stored queue. A flush asked for
  // while one runs goes after it, so a use added meanwhile is not left behind.
  let last: Promise<unknown> = Promise.resolve();

  async function drop(ids: Set<string>) {
    await deps.queue.set((await deps.queue.get()).filter((u) => !ids.has(u.id)));
  }

  async function flushOnce(): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, refused: [], pending: 0 };
    const settings = await deps.settings.get();
    const base = normalizeApiUrl(settings.apiUrl);
    for (;;) {
      const queued = await deps.queue.get();
      result.pending = queued.length;
      if (queued.length === 0 || !base || !settings.token.trim()) return result;
      const batch = queued.slice(0, BATCH);
      let res: Response;
      try {
        res = await (deps.fetch ?? fetch)(`${base}/api/replies/uses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.token.trim()}` },
          body: JSON.stringify({ uses: batch }),
          credentials: 'omit',
        });
      } catch {
        return result;
      }
      if (res.ok) {
        const body = (await res.json()) as { accepted: string[]; duplicates: string[] };
        result.sent += body.accepted.length;
        await drop(new Set([...body.accepted, ...body.duplicates]));
        continue;
      }
      if (res.status === 422) {
        const body = (await res.json().catch(() => null)) as { rejected?: { id: string; reason: string }[] } | null;
        const rejected = body?.rejected ?? [];
        if (rejected.length === 0) return result;
        result.refused.push(...rejected);
        await drop(new Set(rejected.map((r) => r.id)));
        continue;
      }
      // 401, 5xx, rate limits: keep everything and try again later.
      return result;
    }
  }

  return {
    async add(use: ReplyUse): Promise<FlushResult> {
      await deps.queue.set([...(await deps.queue.get()), use]);
      return this.flush();
    },
    flush(): Promise<FlushResult> {
      const next = last.then(flushOnce, flushOnce);
      last = next.catch(() => {});
      return next;
    },
    async pending(): Promise<number> {
      return (await deps.queue.get()).length;
    },
  };
}
export type UseQueue = ReturnType<typeof createUseQueue>;
