import type { Item, RecheckRefusal } from '../storage.ts';

// A refused re-check (复查, issue 10) used to leave no trace: a tracked link pasted by hand or opened from a chat, or a
// tab reloaded after its one re-check, made no capture and nobody said so. The background keeps why, per tab, in
// chrome.storage.session (a worker stopped for idleness keeps it too) for the side panel; the page that asked is
// told nothing. The notice is about the page that asked: it goes when the tab leaves that page or closes.

export type RefusalReason = RecheckRefusal['reason'];

/** The same page, whatever its fragment: a site may drop `#vigil-recheck=…` (replaceState) while the post stays. */
export function samePage(a: string, b: string): boolean {
  const page = (url: string) => url.split('#', 1)[0];
  return page(a) === page(b);
}

export function createRecheckRefusals(itemOf: (tabId: number) => Item<RecheckRefusal | null>, now: () => Date = () => new Date()) {
  async function navigated(tabId: number, url: string) {
    const item = itemOf(tabId);
    const refusal = await item.get();
    if (refusal && !samePage(refusal.url, url)) await item.remove();
  }
  return {
    refused: (tabId: number, refusal: Omit<RecheckRefusal, 'at'>) => itemOf(tabId).set({ ...refusal, at: now().toISOString() }),
    /** A re-check was made: an earlier refusal in this tab (before the API address was set, say) no longer holds. */
    made: (tabId: number) => itemOf(tabId).remove(),
    navigated,
    closed: (tabId: number) => itemOf(tabId).remove(),
    /** Follows the browser's tabs (the module's start; not called in unit tests). */
    listen() {
      chrome.tabs.onUpdated.addListener((tabId, change) => {
        if (change.url) void navigated(tabId, change.url).catch(() => {});
      });
      chrome.tabs.onRemoved.addListener((tabId) => void itemOf(tabId).remove().catch(() => {}));
    },
  };
}
export type RecheckRefusals = ReturnType<typeof createRecheckRefusals>;
