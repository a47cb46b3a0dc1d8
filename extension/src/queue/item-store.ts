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

  return {
    all: () => serial(async () => (await item.get()).map(withMeta)),
    get: (id) => serial(async () => {
      const r = (await item.get()).find((x) => idOf(x) === id);
      return r && withMeta(r);
    }),
    put: (entry) => serial(async () => {
      const { state, attempts, nextAttemptAt, error, ...record } = entry;
      const id = idOf(entry);
      meta.set(id, { state, attempts, ...(nextAttemptAt !== undefined ? { nextAttemptAt } : {}), ...(error !== undefined ? { error } : {}) });
      const list = await item.get();
      const at = list.findIndex((x) => idOf(x) === id);
      if (at >= 0) list[at] = record as T;
      else list.push(record as T);
      await item.set(list.slice(-limit));
    }),
    remove: (id) => serial(async () => {
      meta.delete(id);
      await item.set((await item.get()).filter((x) => idOf(x) !== id));
    }),
  };
}
