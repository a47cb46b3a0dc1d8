import { computed, signal } from '@preact/signals';
import { casePageUrl } from '../capture/recheck-opener.ts';
import type { Item, RecheckRefusal, Settings } from '../storage.ts';

// The side panel's notice for a refused re-check (复查, issue 10): the background keeps why per tab
// (capture/recheck-refusals.ts) and the panel says it for the tab it shows, never the page itself.

export interface RecheckNoticeTransport {
  refusal(tabId: number): Item<RecheckRefusal | null>;
  settings: Item<Settings>;
}

/** A case id as the workspace makes them (base64url) and the content script reads them: anything else gets no link. */
const CASE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function createRecheckNoticeModel(transport: RecheckNoticeTransport) {
  const refusal = signal<RecheckRefusal | null>(null);
  const apiUrl = signal('');
  /** The case page to go back to, where 复查 opens the link so that it counts. */
  const caseUrl = computed(() => {
    const r = refusal.value;
    if (!r || !apiUrl.value || !CASE_ID.test(r.caseId)) return null;
    return casePageUrl(apiUrl.value, r.caseId);
  });
  let stop = () => {};
  let shown: number | null = null;

  async function watchTab(tabId: number | null) {
    stop();
    stop = () => {};
    shown = tabId;
    refusal.value = null;
    if (tabId === null) return;
    const item = transport.refusal(tabId);
    let heard = false;
    stop = item.watch((r) => {
      heard = true;
      refusal.value = r;
    });
    const current = await item.get();
    // Another tab may be shown by now (the panel follows the active tab), or a newer value came meanwhile.
    if (shown === tabId && !heard) refusal.value = current;
  }

  async function start(abort: AbortSignal) {
    const unwatch = transport.settings.watch((s) => (apiUrl.value = s.apiUrl));
    abort.addEventListener('abort', () => (unwatch(), stop()), { once: true });
    apiUrl.value = (await transport.settings.get()).apiUrl;
  }

  return { refusal, caseUrl, watchTab, start };
}
export type RecheckNoticeModel = ReturnType<typeof createRecheckNoticeModel>;
