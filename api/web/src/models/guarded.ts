import type { Signal } from '@preact/signals';
import { ApiError } from '../api.ts';

export interface Guard {
  /** Cleared when an action starts; set to the failure's message when one fails. */
  error: Signal<string | null>;
  /** True while an action runs (the page's spinner or disabled buttons), when the model shows one. */
  busy?: Signal<boolean>;
  /** A 401 means the session is gone: back to sign-in instead of an error line. */
  onUnauthorized: () => void;
}

/**
 * The wrapper a workspace model puts around each API call (the monitor page and its settings tab shared a copy):
 * resolves to the action's value, or to undefined once the failure is shown.
 */
export function guarded({ error, busy, onUnauthorized }: Guard) {
  return async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    error.value = null;
    if (busy) busy.value = true;
    try {
      return await action();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else error.value = err instanceof Error ? err.message : String(err);
      return undefined;
    } finally {
      if (busy) busy.value = false;
    }
  };
}
