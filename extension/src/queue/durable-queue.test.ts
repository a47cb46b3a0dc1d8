import { describe, expect, test } from 'vitest';
import { createStores, memoryArea } from '../storage.ts';
import { createDurableQueue, type Outcome, type Queued } from './durable-queue.ts';
import { itemStore } from './item-store.ts';
import type { MentionReport } from '@vigil/shared/schemas/mention';

// The durable queue's state machine (issue 9) over its chrome.storage item store (in memory); the sender is a
// scripted server, since the callers' own tests (outbox, mention uploads, reply uses) run it against the real API.

type Report = Pick<MentionReport, 'key' | 'seenAt'>;
type Answer = (batch: Queued<Report, string>[]) => Outcome<string, string>[];

function setup(answers: Answer[], opts: { batchSize?: number; keepRejected?: boolean } = {}) {
  const stores = createStores(memoryArea(), memoryArea());
  const item = stores.mentionsOutbox as unknown as Parameters<typeof itemStore<Report, string>>[0];
  const sent: string[][] = [];
  const scheduled: (number | null)[] = [];
  let clock = 1_000;
  const q = createDurableQueue<Report, string, string>({
    store: itemStore(item, (r) => r.key),
    id: (r) => r.key,
    async send(batch) {
      sent.push(batch.map((r) => `${r.key}@${r.seenAt}`));
      return (answers.shift() ?? ((b) => b.map(() => ({ kind: 'delivered', result: 'ok' }))))(batch);
    },
    errorOf: (err) => String(err),
    now: () => clock,
    schedule: (at) => scheduled.push(at),
    sameVersion: (a, b) => a.seenAt === b.seenAt,
    ...opts,
  });
  return { q, sent, scheduled, item, tick: (ms: number) => (clock += ms) };
}

const r = (key: string, seenAt = 't1'): Report => ({ key, seenAt });

describe('durable queue', () => {
  test('batches in order; a failed round keeps everything with back-off and is not retried before it is due', async () => {
    const w = setup([(b) => b.map(() => ({ kind: 'retry', error: 'down' }))], { batchSize: 2 });
    await w.q.add(r('a'), r('b'), r('c'));
    expect((await w.q.flush()).pending).toBe(3);
    expect(w.sent).toEqual([['a@t1', 'b@t1']]);
    expect(w.scheduled.at(-1)).toBe(1_000);
    // a and b wait 2 s; c was never tried (the round stopped), so it is due now.
    await w.q.flush();
    expect(w.sent).toEqual([['a@t1', 'b@t1'], ['c@t1']]);
    expect(w.scheduled.at(-1)).toBe(3_000);
    w.tick(10);
    const report = await w.q.flush(true);
    expect(report).toMatchObject({ pending: 0, delivered: [{ id: 'a' }, { id: 'b' }] });
    expect(await w.item.get()).toEqual([]);
    expect(w.scheduled.at(-1)).toBeNull();
  });

  test('refused items are forgotten or kept as failed; resend goes again in the same flush', async () => {
    const refuse: Answer = (b) => b.map((x) => (x.key === 'bad' ? { kind: 'rejected', error: 'never' } : { kind: 'resend' }));
    const forget = setup([refuse], { batchSize: 10 });
    await forget.q.add(r('a'), r('bad'), r('c'));
    expect(await forget.q.flush()).toMatchObject({ rejected: [{ id: 'bad', error: 'never' }], delivered: [{ id: 'a' }, { id: 'c' }], pending: 0 });
    const keep = setup([refuse], { batchSize: 10, keepRejected: true });
    await keep.q.add(r('bad'));
    expect((await keep.q.flush()).pending).toBe(1);
    expect((await keep.q.all())[0]).toMatchObject({ state: 'failed', attempts: 1, error: 'never' });
    expect((await keep.q.retryAll()).delivered).toEqual([{ id: 'bad', result: 'ok' }]);
  });

  test('a newer version queued while the older one is on its way stays queued; two flushes at once send once', async () => {
    const w = setup([]);
    const slow = setup([]);
    await slow.q.add(r('a', 't1'));
    const first = slow.q.flush();
    await slow.q.add(r('a', 't2'));
    await first;
    expect(await slow.item.get()).toEqual([r('a', 't2')]);
    await w.q.add(r('x'));
    await Promise.all([w.q.flush(true), w.q.flush(true)]);
    expect(w.sent).toEqual([['x@t1']]);
  });
  test('a batch is stored with one write and settled with one read and one write, whatever its size', async () => {
    const w = setup([], { batchSize: 50 });
    let reads = 0;
    let writes = 0;
    const { get, set } = w.item;
    w.item.get = async () => (reads++, get.call(w.item));
    w.item.set = async (v) => (writes++, set.call(w.item, v));
    await w.q.add(...Array.from({ length: 50 }, (_, i) => r(`k${i}`)));
    expect(writes).toBe(1);
    reads = writes = 0;
    expect((await w.q.flush()).delivered).toHaveLength(50);
    expect(await w.item.get()).toEqual([]);
    // all() for the round, all() for the version check, one read-modify-write to forget, all() to schedule.
    expect(writes).toBe(1);
    expect(reads).toBeLessThanOrEqual(5);
  });
});
