import type { Item } from '../storage.ts';
import type { QueueMeta, QueueStore, Queued } from './durable-queue.ts';

/**
 * A durable-queue store over one chrome.storage item holding the records as a plain array (mention uploads, reply
 * uses): the records survive restarts; attempts and back-off live in memory, so a restarted worker simply tries
 * them again. Replacing a record keeps its place; `limit` keeps the newest records only.
 */
export function itemStore<T extends object, E>(item: Item<T[]>, idOf: (record: T) => string, limit = Infinity): QueueStore<T, E> {
  const meta = new Map<string, QueueMeta<E>>();
  const fresh: QueueMeta<E> = { state: 'pending', attempts: 0 };
  const withMeta = (r: T): Queued<T, E> => ({ ...r, ...(meta.get(idOf(r)) ?? fresh) });
  // chrome.storage has no transactions: one read-modify-write at a time.
  let last: Promise<unknown> = Promise.resolve();
  const serial = <V>(job: () => Promise<V>): Promise<V> => {
    const next = last.then(job, job);
    last = next.catch(() => {});
    return next;
  };

  const keep = (entry: Queued<T, E>): T => {
    const { state, attempts, nextAttemptAt, error, ...record } = entry;
    meta.set(idOf(entry), { state, attempts, ...(nextAttemptAt !== undefined ? { nextAttemptAt } : {}), ...(error !== undefined ? { error } : {}) });
    return record as T;
  };
  /** One read and one write for any number of records; a replaced record keeps its place. */
  const putMany = (entries: Queued<T, E>[]) =>
    serial(async () => {
      const list = await item.get();
      const at = new Map(list.map((x, i) => [idOf(x), i]));
      for (const entry of entries) {
        const record = keep(entry);
        const i = at.get(idOf(record));
        if (i === undefined) at.set(idOf(record), list.push(record) - 1);
        else list[i] = record;
      }
      await item.set(list.slice(-limit));
    });
  const removeMany = (ids: string[]) =>
    serial(async () => {
      const gone = new Set(ids);
      for (const id of ids) meta.delete(id);
      await item.set((await item.get()).filter((x) => !gone.has(idOf(x))));
    });

  return {
    putMany,
    removeMany,
    all: () => serial(async () => (await item.get()).map(withMeta)),
    put: (entry) => putMany([entry]),
    remove: (id) => removeMany([id]),
  };
}
