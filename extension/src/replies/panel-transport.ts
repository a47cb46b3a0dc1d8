import { send, sendToTab } from '../messaging.ts';
import type { ReplyTransport } from './suggestions-model.ts';

/** The real transport of the side panel's reply suggestions (chrome messaging and the clipboard). */
export function replyTransport(): ReplyTransport {
  return {
    suggest: (tabId, key) => send('replies:suggest', { tabId, key }),
    insert: (tabId, key, text) => sendToTab(tabId, 'reply:insert', { key, text }),
    copy: (text) => navigator.clipboard.writeText(text),
    logUse: (use) => send('replies:use', use),
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  };
}
