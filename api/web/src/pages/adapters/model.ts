import { signal } from '@preact/signals';
import type { AdapterHealthView } from '@vigil/shared/schemas/adapter-health';
import { ApiError, ok, type Api } from '../../api.ts';
import { errorText } from '../../errors.ts';

/** 站点适配 (issue 12 item 4, admins): the adapter-health view of GET /api/adapter-health. */
export function createAdaptersModel(api: Api, onUnauthorized: () => void) {
  const view = signal<AdapterHealthView | null>(null);
  const error = signal<string | null>(null);
  const loading = signal(false);

  async function load() {
    loading.value = true;
    error.value = null;
    try {
      view.value = await ok(api.api['adapter-health'].$get({ query: {} }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else error.value = errorText(err);
    } finally {
      loading.value = false;
    }
  }

  return { view, error, loading, load };
}
export type AdaptersModel = ReturnType<typeof createAdaptersModel>;
