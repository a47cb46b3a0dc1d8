import { send } from '../messaging.ts';
import type { CaptureTransport } from '../models/capture.ts';
import { CAPTURE_CHANNEL, type CaptureEvent } from './types.ts';

// captureVisibleTab needs activeTab (granted by the toolbar click) or exactly <all_urls>.
const SCREENSHOTS: chrome.permissions.Permissions = { origins: ['<all_urls>'] };

/** The side panel's real (chrome.*) capture transport. */
export function captureTransport(): CaptureTransport {
  return {
    async capture(req) {
      if (!(await chrome.permissions.contains(SCREENSHOTS))) {
        // Still inside the click's user activation; if refused, activeTab from the toolbar click may still do.
        await chrome.permissions.request(SCREENSHOTS).catch(() => false);
      }
      return send('capture:start', req);
    },
    outbox: () => send('outbox:list'),
    retry: () => send('outbox:retry'),
    onEvent(callback) {
      const channel = new BroadcastChannel(CAPTURE_CHANNEL);
      channel.onmessage = (e: MessageEvent<CaptureEvent>) => callback(e.data);
      return () => channel.close();
    },
    usesDebugger: () => chrome.permissions.contains({ permissions: ['debugger'] }),
    canScreenshot: () => chrome.permissions.contains(SCREENSHOTS),
  };
}
