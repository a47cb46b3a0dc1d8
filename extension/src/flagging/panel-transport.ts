import type { FlagPanelTransport } from './panel-model.ts';
import { send, sendToTab } from '../messaging.ts';
import { stores } from '../storage.ts';

/** The side panel's flagging controls over extension messaging (issue 4). */
export function flagPanelTransport(): FlagPanelTransport {
  return {
    pack: () => send('rules:pack'),
    scan: (tabId) => send('scan:page', { tabId }),
    reveal: (tabId, key) => sendToTab(tabId, 'unit:reveal', { key }).catch(() => ({ found: false })),
    correct: (req) => send('mention:correct', req),
    tabState: (tabId) => stores().tab(tabId),
    panelFocus: (tabId) => stores().panelFocus(tabId),
  };
}
