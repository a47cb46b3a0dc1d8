import { computed, signal } from '@preact/signals';
import type { ConnectionResult, FailureReason } from '../api-client.ts';
import { reasonText, roleLabel, t } from '../i18n.ts';

export interface ConnectionTransport {
  /** Checks the saved settings against the API (in pages: a `connection:check` message to the background). */
  check(): Promise<ConnectionResult>;
}

export type ConnectionState = 'unknown' | 'checking' | 'ok' | 'error';

export const failed = (reason: FailureReason): ConnectionResult => ({ ok: false, failure: { reason } });

/** Who the extension is signed in as, or why not; shared by the settings page and the side panel. */
export function createConnectionModel(transport: ConnectionTransport) {
  const result = signal<ConnectionResult | null>(null);
  const checking = signal(false);
  let latest = 0;

  const state = computed<ConnectionState>(() => {
    if (checking.value) return 'checking';
    if (!result.value) return 'unknown';
    return result.value.ok ? 'ok' : 'error';
  });

  /** The line the user reads; recomputed when the language changes. */
  const text = computed(() => {
    if (checking.value) return t('settings.checking');
    const r = result.value;
    if (!r) return t('status.unknown');
    if (r.ok) return t('status.ok', { name: r.me.user.name, role: roleLabel(r.me.user.role) });
    return reasonText(r.failure.reason);
  });

  async function check(): Promise<ConnectionResult> {
    const run = ++latest;
    checking.value = true;
    let outcome: ConnectionResult;
    try {
      outcome = await transport.check();
    } catch {
      // The background did not answer (e.g. it is restarting): as good as no server for the user.
      outcome = failed('unreachable');
    }
    // Only the newest check may set the result: an older, slower answer must not overwrite it.
    if (run === latest) {
      result.value = outcome;
      checking.value = false;
    }
    return outcome;
  }

  function set(outcome: ConnectionResult) {
    latest++;
    checking.value = false;
    result.value = outcome;
  }

  return { result, checking, state, text, check, set };
}
export type ConnectionModel = ReturnType<typeof createConnectionModel>;
