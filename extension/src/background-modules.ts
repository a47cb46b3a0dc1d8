import { checkConnection } from './api-client.ts';
import { createCaptureBackground } from './capture/background.ts';
import { createEscalationBackground } from './escalation/background.ts';
import { createFlagBackground } from './flagging/background.ts';
import { createHotBackground } from './hot/background.ts';
import { createHealthBackground } from './flagging/health-background.ts';
import { createIncidentsBackground } from './incidents/background.ts';
import type { Handlers } from './messaging.ts';
import { createRepliesBackground } from './replies/background.ts';
import type { Stores } from './storage.ts';

/**
 * Every background module of the extension (issue 9): each returns the messages it answers and, where it has one,
 * a `start` that hooks it to browser events. entrypoints/background merges the handlers once; the meta-test
 * (background-modules.test.ts) proves each message of messaging.ts has exactly one handler.
 */
export interface BackgroundModule {
  handlers: Handlers;
  /** Browser events (alarms, start-up, tabs, settings changes); not called in unit tests. */
  start?(): void;
}

/** Firefox has a sidebar instead of Chrome's side panel; its API is not in @types/chrome. */
interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
}
const firefoxSidebar = () => (globalThis as unknown as { browser?: FirefoxSidebar }).browser?.sidebarAction;

/** The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox). */
function openPanelFromToolbar() {
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

/** The extension itself: connection check, which tab a script runs in, the side panel. */
function coreModule(stores: Stores): BackgroundModule {
  return {
    handlers: {
      'connection:check': async () => checkConnection(await stores.settings.get()),
      'tab:id': (_data, sender) => sender.tab?.id ?? null,
      'sidepanel:open': ({ tabId }, sender) => openSidePanel(tabId ?? sender.tab?.id),
    },
    start() {
      openPanelFromToolbar();
      // A tab's analysis is only about what the tab shows now: drop it when the tab closes.
      chrome.tabs.onRemoved.addListener((tabId) => void stores.tab(tabId).remove());
    },
  };
}

export function backgroundModules(stores: Stores): BackgroundModule[] {
  return [
    coreModule(stores),
    createFlagBackground(stores, (tabId) => openSidePanel(tabId)),
    createCaptureBackground(stores),
    createRepliesBackground(stores),
    createHotBackground(stores),
    createHealthBackground(stores),
    createEscalationBackground(stores),
    createIncidentsBackground(stores),
  ];
}
