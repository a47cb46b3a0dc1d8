// The few chrome.* calls the e2e tests make inside the extension's service worker (extension.evaluate). tests/
// depends on no source package, so this is declared here instead of pulling in @types/chrome.
declare namespace chrome {
  interface StorageArea {
    get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
    clear(): Promise<void>;
  }
  const storage: { local: StorageArea; session: StorageArea };
  interface Tab {
    id?: number;
    url?: string;
    active: boolean;
  }
  const tabs: { query(q: { url?: string; active?: boolean }): Promise<Tab[]> };
  /** Opens the side panel page in a window of its own, so the fixture tab stays active in its window (capture). */
  const windows: { create(o: { url: string; width?: number; height?: number }): Promise<unknown> };
}
