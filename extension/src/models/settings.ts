import { signal } from '@preact/signals';
import { isLoopback, normalizeApiUrl } from '../api-url.ts';
import type { Item, Settings } from '../storage.ts';
import { createConnectionModel, failed, type ConnectionTransport } from './connection.ts';

export interface SettingsTransport extends ConnectionTransport {
  settings: Item<Settings>;
  /**
   * Asks the browser for access to a non-loopback API origin (`chrome.permissions.request`); false when refused.
   * Called first thing in `save()`, while the click still counts as a user gesture.
   */
  requestOrigin(apiUrl: string): Promise<boolean>;
}

/** The settings form: API URL and token fields, save, and the connection check that follows. */
export function createSettingsModel(transport: SettingsTransport) {
  const apiUrl = signal('');
  const token = signal('');
  const saving = signal(false);
  const connection = createConnectionModel(transport);

  async function load() {
    const saved = await transport.settings.get();
    apiUrl.value = saved.apiUrl;
    token.value = saved.token;
  }

  async function save() {
    const url = normalizeApiUrl(apiUrl.value);
    if (!url) return connection.set(failed('bad_url'));
    saving.value = true;
    try {
      if (!isLoopback(url) && !(await transport.requestOrigin(url))) return connection.set(failed('permission_denied'));
      const current = await transport.settings.get();
      await transport.settings.set({ ...current, apiUrl: url, token: token.value.trim() });
      apiUrl.value = url;
      token.value = token.value.trim();
      await connection.check();
    } finally {
      saving.value = false;
    }
  }

  return { apiUrl, token, saving, connection, load, save };
}
export type SettingsModel = ReturnType<typeof createSettingsModel>;
