import { send } from '../messaging.ts';
import type { SiteAdapter } from '../sites/types.ts';

/** The case page opens a tracked link with this fragment (issue 10); the platform's page ignores it. */
const MARK = /[#&]vigil-recheck=([A-Za-z0-9_-]{1,64})/;

/**
 * Takedown re-check (复查, issue 10): a tab opened from a case page asks the background for a signed page capture that
 * carries what the site adapter's `pageStatus` (issue 14) makes of the page: deleted, blocked, or a live post. The
 * API files it under the case. Waits for the page to settle first, as a person would before capturing.
 */
export function initRecheck({ signal, site, settleMs = 1500 }: { signal: AbortSignal; site: SiteAdapter; settleMs?: number }) {
  const caseId = MARK.exec(location.hash)?.[1];
  if (!caseId) return;
  const timer = setTimeout(() => {
    const { status, message } = site.pageStatus?.(document) ?? { status: 'online', message: '' };
    void send('recheck:start', { caseId, status, message }).catch(() => undefined);
  }, settleMs);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
