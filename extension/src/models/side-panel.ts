import { signal } from '@preact/signals';
import type { Item, TabState, TabUnit } from '../storage.ts';
import { createConnectionModel, type ConnectionTransport } from './connection.ts';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

export interface SidePanelTransport extends ConnectionTransport {
  activeTabId(): Promise<number | null>;
  getTab(tabId: number): Promise<TabInfo | null>;
  /** Calls back when the tab navigates or changes title (null when it closes). */
  watchTab(tabId: number, callback: (tab: TabInfo | null) => void): () => void;
  /** Calls back with the newly active tab of this window. */
  watchActiveTab(callback: (tabId: number) => void): () => void;
  /** Calls back when the settings change, so the connection is checked again. */
  watchSettings(callback: () => void): () => void;
  tabState(tabId: number): Item<TabState | null>;
}

export interface SidePanelOptions {
  /** `sidepanel.html?tabId=N` pins the panel to tab N; without it, the panel follows the active tab. */
  tabId: number | null;
  signal: AbortSignal;
}

/** The side panel: connection, the tab it shows, and that tab's analysed units from `tab:<tabId>`. */
export function createSidePanelModel(transport: SidePanelTransport, options: SidePanelOptions) {
  const connection = createConnectionModel(transport);
  const tab = signal<TabInfo | null>(null);
  const units = signal<TabUnit[]>([]);
  /** Posts by the brand's own accounts (issue 13 item 2), listed apart. */
  const own = signal<TabUnit[]>([]);
  const loading = signal(true);
  let stopTab = () => {};

  async function show(tabId: number | null) {
    stopTab();
    if (tabId === null) {
      tab.value = null;
      units.value = [];
      own.value = [];
      return;
    }
    const state = transport.tabState(tabId);
    const unwatchTab = transport.watchTab(tabId, (info) => {
      tab.value = info;
    });
    const unwatchState = state.watch((s) => {
      units.value = s?.units ?? [];
      own.value = s?.own ?? [];
    });
    stopTab = () => {
      unwatchTab();
      unwatchState();
    };
    const [info, current] = await Promise.all([transport.getTab(tabId), state.get()]);
    tab.value = info;
    units.value = current?.units ?? [];
    own.value = current?.own ?? [];
  }

  async function start() {
    const { signal: abort } = options;
    abort.addEventListener('abort', () => stopTab(), { once: true });
    if (options.tabId === null) {
      const unwatch = transport.watchActiveTab((id) => void show(id));
      abort.addEventListener('abort', unwatch, { once: true });
    }
    const unwatchSettings = transport.watchSettings(() => void connection.check());
    abort.addEventListener('abort', unwatchSettings, { once: true });
    await Promise.all([show(options.tabId ?? (await transport.activeTabId())), connection.check()]);
    loading.value = false;
  }

  return { connection, tab, units, own, loading, start };
}
export type SidePanelModel = ReturnType<typeof createSidePanelModel>;
