import { send } from './messaging.ts';
import type { SettingsTransport } from './models/settings.ts';
import type { SidePanelTransport, TabInfo } from './models/side-panel.ts';
import { stores } from './storage.ts';

/** The real (chrome.*) transports the entrypoints hand to the models; tests hand in their own. */

const check = () => send('connection:check');

export function settingsTransport(): SettingsTransport {
  return {
    settings: stores().settings,
    check,
    requestOrigin: (apiUrl) => chrome.permissions.request({ origins: [`${new URL(apiUrl).origin}/*`] }),
  };
}

const tabInfo = (tab: chrome.tabs.Tab): TabInfo | null =>
  tab.id === undefined ? null : { id: tab.id, url: tab.url ?? tab.pendingUrl ?? '', title: tab.title ?? '' };

export function sidePanelTransport(): SidePanelTransport {
  const s = stores();
  return {
    check,
    tabState: (tabId) => s.tab(tabId),
    async activeTabId() {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    },
    getTab: (tabId) => chrome.tabs.get(tabId).then(tabInfo, () => null),
    watchTab(tabId, callback) {
      const updated = (id: number, _change: unknown, tab: chrome.tabs.Tab) => {
        if (id === tabId) callback(tabInfo(tab));
      };
      const removed = (id: number) => {
        if (id === tabId) callback(null);
      };
      chrome.tabs.onUpdated.addListener(updated);
      chrome.tabs.onRemoved.addListener(removed);
      return () => {
        chrome.tabs.onUpdated.removeListener(updated);
        chrome.tabs.onRemoved.removeListener(removed);
      };
    },
    watchActiveTab(callback) {
      // Only this window's tabs: the side panel belongs to one window.
      const windowId = chrome.windows.getCurrent().then((w) => w.id);
      const activated = (info: chrome.tabs.OnActivatedInfo) =>
        void windowId.then((id) => {
          if (id === undefined || id === info.windowId) callback(info.tabId);
        });
      chrome.tabs.onActivated.addListener(activated);
      return () => chrome.tabs.onActivated.removeListener(activated);
    },
    watchSettings(callback) {
      // A language switch is a settings change too, but it does not need a new connection check.
      let last = '';
      void s.settings.get().then((v) => (last = `${v.apiUrl} ${v.token}`));
      return s.settings.watch((v) => {
        const next = `${v.apiUrl} ${v.token}`;
        if (next !== last) callback();
        last = next;
      });
    },
  };
}
