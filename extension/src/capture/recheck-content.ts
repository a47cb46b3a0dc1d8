import { recognisePageStatus } from '@vigil/shared/evidence/page-status';
import { send } from '../messaging.ts';

/** The case page opens a tracked link with this fragment (issue 10); the platform's page ignores it. */
const MARK = /[#&]vigil-recheck=([A-Za-z0-9_-]{1,64})/;

/**
 * Takedown re-check (复查, issue 10): a tab opened from a case page recognises the platform's removal page (deleted,
 * blocked) or a live post, and asks the background for a signed page capture that carries the result, which the API
 * files under the case. Waits for the page to settle first, as a person would before capturing.
 */
export function initRecheck({ signal, settleMs = 1500 }: { signal: AbortSignal; settleMs?: number }) {
  const caseId = MARK.exec(location.hash)?.[1];
  if (!caseId) return;
  const timer = setTimeout(() => {
    const { status, message } = recognisePageStatus(document.body?.innerText ?? '');
    void send('recheck:start', { caseId, status, message }).catch(() => undefined);
  }, settleMs);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
