import { EscalationRecord } from '@vigil/shared/schemas/escalation';
import { createApiClient, type ApiFailure } from '../api-client.ts';
import { createDurableQueue, type Outcome } from '../queue/durable-queue.ts';
import { itemStore } from '../queue/item-store.ts';
import { queueScheduler } from '../queue/scheduler.ts';
import type { Stores } from '../storage.ts';
import type { EscalationCreate, EscalationMark } from './types.ts';

// 上报 through the durable queue (issue 9's queue, as mention uploads): the escalation is stored before it is sent,
// so a click while offline is not lost; it goes out as soon as the API answers (retried with back-off, and on the
// worker's next start). The API returns the open escalation of a unit sent twice, so a double delivery adds nothing.

export const ESCALATIONS_ALARM = 'vigil-escalations';
const MAX_QUEUE = 500;
const MAX_MARKS = 500;

export function createEscalationUploader(stores: Stores, doFetch?: typeof fetch) {
  const scheduler = queueScheduler(ESCALATIONS_ALARM, () => q.flush());
  let marking: Promise<unknown> = Promise.resolve();
  /** Read-modify-write of the marks, one at a time; the newest 500 units are remembered. */
  const mark = (key: string, m: EscalationMark) => {
    marking = marking.then(async () => {
      const all = { ...(await stores.escalated.get()), [key]: m };
      const keys = Object.keys(all);
      for (const old of keys.slice(0, Math.max(0, keys.length - MAX_MARKS))) delete all[old];
      await stores.escalated.set(all);
    }).catch(() => {});
    return marking;
  };

  const q = createDurableQueue<EscalationCreate, ApiFailure, string>({
    store: itemStore(stores.escalationsOutbox, (r) => r.key, MAX_QUEUE),
    id: (r) => r.key,
    async send([entry]): Promise<Outcome<ApiFailure, string>[]> {
      const { state: _s, attempts: _a, nextAttemptAt: _n, error: _e, ...body } = entry!;
      const client = createApiClient({ ...(await stores.settings.get()), ...(doFetch ? { fetch: doFetch } : {}) });
      if (!client.configured) {
        await mark(body.key, { state: 'queued', at: new Date().toISOString(), reason: 'not_configured' });
        return [{ kind: 'retry', error: { reason: 'not_configured' } }];
      }
      const res = await client.request('POST', '/api/escalations', EscalationRecord, { body });
      const at = new Date().toISOString();
      if (res.ok) {
        await mark(body.key, { state: 'sent', at, id: res.data.id });
        return [{ kind: 'delivered', result: res.data.id }];
      }
      // 400 (a unit the API can never take) and 403 (this account may not escalate) are final; the rest is retried.
      if (res.failure.status === 400 || res.failure.status === 403) {
        await mark(body.key, { state: 'refused', at, reason: res.failure.reason, ...(res.failure.message ? { message: res.failure.message } : {}) });
        return [{ kind: 'rejected', error: res.failure }];
      }
      await mark(body.key, { state: 'queued', at, reason: res.failure.reason });
      return [{ kind: 'retry', error: res.failure }];
    },
    errorOf: (err) => ({ reason: 'unreachable', message: err instanceof Error ? err.message : String(err) }),
    now: Date.now,
    schedule: scheduler.schedule,
  });

  /** Queues one escalation and tries it at once; answers with what the card should say. */
  async function escalate(req: EscalationCreate): Promise<EscalationMark> {
    const queued: EscalationMark = { state: 'queued', at: new Date().toISOString() };
    await mark(req.key, queued);
    await q.add(req);
    await q.flush(true);
    await marking;
    return (await stores.escalated.get())[req.key] ?? queued;
  }

  return { escalate, flush: () => q.flush(), listen: scheduler.listen };
}
