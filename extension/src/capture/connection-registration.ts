import { sha256Hex } from '@vigil/shared/evidence/sha256';
import type { Settings } from '../storage.ts';

/** Where the last connection this device was registered for is remembered (a hash: the token is not copied). */
export interface ConnectionMarker {
  get(): Promise<string | undefined>;
  set(value: string): Promise<void>;
}

/** Waits before each retry of a failed registration while the worker lives; the next worker start tries again anyway. */
export const REGISTRATION_RETRY_MS = [2_000, 8_000, 30_000];

const connectionKey = (s: Settings) => sha256Hex(new TextEncoder().encode(`${s.apiUrl}\n${s.token}`));

/**
 * Registering the device belongs to setting up a token (issue 6). The worker registers the connection in settings
 * when it starts and whenever the settings change, one call at a time, and remembers the connection once the API
 * accepted it. Comparing with a remembered connection instead of with the settings read at start-up matters: a
 * token saved while the worker sleeps wakes it with the new settings already stored, and the change it was woken
 * for then looks like no change. A failed registration (API slow or down) is retried a few times, and again at the
 * next start or change; a capture also registers on its own.
 */
export function createConnectionRegistrar(
  marker: ConnectionMarker,
  register: (s: Settings) => Promise<unknown>,
  retryMs: readonly number[] = REGISTRATION_RETRY_MS,
) {
  let chain: Promise<unknown> = Promise.resolve();
  let latest = '';
  const attempt = (s: Settings, tries: number): Promise<boolean> => {
    const run = chain.then(async () => {
      if (!s.apiUrl || !s.token) return false;
      const key = await connectionKey(s);
      if (tries > 0 && key !== latest) return false; // the settings changed since: that call took over
      latest = key;
      if ((await marker.get()) === key) return false;
      if (await register(s).catch(() => null)) await marker.set(key);
      else if (tries < retryMs.length) setTimeout(() => void attempt(s, tries + 1), retryMs[tries]);
      return true;
    });
    chain = run.catch(() => false);
    return run.catch(() => false);
  };
  /** Resolves true when the connection was new to this device (registered or not): what waited for it may go now. */
  return (s: Settings): Promise<boolean> => attempt(s, 0);
}
