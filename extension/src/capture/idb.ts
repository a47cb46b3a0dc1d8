/**
 * The extension's evidence database (IndexedDB, shared by the service worker and extension pages): the device key
 * (a non-extractable CryptoKey, which IndexedDB stores by structured clone) and the capture outbox.
 */
const DB_NAME = 'vigil-evidence';
const DB_VERSION = 1;
export const STORES = { keys: 'keys', outbox: 'outbox' } as const;
type StoreName = (typeof STORES)[keyof typeof STORES];

let opening: Promise<IDBDatabase> | null = null;

const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORES.keys)) db.createObjectStore(STORES.keys);
      if (!db.objectStoreNames.contains(STORES.outbox)) db.createObjectStore(STORES.outbox, { keyPath: 'captureId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opening = null;
      reject(req.error ?? new Error('IndexedDB open failed'));
    };
  });
  return opening;
}

async function withStore<T>(name: StoreName, mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(name, mode, { durability: 'strict' });
  const result = done(fn(tx.objectStore(name)));
  // Resolve only once the transaction committed: "written to the outbox first" must mean on disk.
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

export const idbGet = <T>(store: StoreName, key: IDBValidKey) => withStore<T | undefined>(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
export const idbAll = <T>(store: StoreName) => withStore<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
export const idbPut = async (store: StoreName, value: unknown, key?: IDBValidKey) => {
  await withStore(store, 'readwrite', (s) => s.put(value, key));
};
