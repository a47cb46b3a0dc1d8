import { checkConnection } from './api-client.ts';
import { createFlagBackend } from './features/flag-background.ts';
import type { Handlers } from './messaging.ts';
import { stores } from './storage.ts';

/** Firefox has a sidebar instead of Chrome's side panel; its API is not in @types/chrome. */
interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
}
const firefoxSidebar = () => (globalThis as unknown as { browser?: FirefoxSidebar }).browser?.sidebarAction;

/** The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox). */
export function openPanelFromToolbar() {
  if (chrome.sidePanel) {
    chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  const sidebar = firefoxSidebar();
  const action = chrome.action ?? chrome.browserAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.toggle());
}

async function openSidePanel(tabId: number | undefined): Promise<{ opened: boolean }> {
  if (chrome.sidePanel && tabId !== undefined) {
    await chrome.sidePanel.open({ tabId });
    return { opened: true };
  }
  const sidebar = firefoxSidebar();
  if (!sidebar) return { opened: false };
  await sidebar.open();
  return { opened: true };
}

/** What the background answers (messaging.ts lists every message). */
export function backgroundHandlers(): Handlers {
  return {
    'connection:check': async () => checkConnection(await stores().settings.get()),
    'tab:id': (_data, sender) => sender.tab?.id ?? null,
    'sidepanel:open': ({ tabId }, sender) => openSidePanel(tabId ?? sender.tab?.id),
    ...createFlagBackend({ stores: stores(), openPanel: (tabId) => openSidePanel(tabId) }),
  };
}

/** A tab's analysis is only about what the tab shows now: drop it when the tab closes. */
export function forgetClosedTabs() {
  chrome.tabs.onRemoved.addListener((tabId) => void stores().tab(tabId).remove());
}
