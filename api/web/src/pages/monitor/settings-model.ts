import { signal } from '@preact/signals';
import type { MonitorSettings } from '@vigil/shared/schemas/monitoring';
import { ok, type Api } from '../../api.ts';
import { guarded } from '../../models/guarded.ts';

export interface SettingsRecord { brand: string; settings: MonitorSettings; isDefault: boolean; updatedAt: string | null }

/** 预警与时限 (issue 11): one brand's spike thresholds and incident deadlines, loaded and saved whole. */
export function createSettingsModel(api: Api, onUnauthorized: () => void) {
  const brands = signal<string[]>([]);
  const record = signal<SettingsRecord | null>(null);
  const saving = signal(false);
  const savedAt = signal<string | null>(null);
  const error = signal<string | null>(null);

  const run = guarded({ error, onUnauthorized });
  const load = (brand: string) => run(async () => {
    savedAt.value = null;
    record.value = (await ok(api.api.monitor.settings.$get({ query: { brand } }))) as SettingsRecord;
  });

  return {
    brands, record, saving, savedAt, error, load,
    loadBrands: () => run(async () => {
      brands.value = (await ok(api.api.brands.$get())).map((b) => b.name);
      if (!record.value && brands.value[0]) await load(brands.value[0]);
    }),
    save: (settings: MonitorSettings) => run(async () => {
      if (!record.value) return;
      saving.value = true;
      try {
        record.value = (await ok(api.api.monitor.settings.$put({ json: { brand: record.value.brand, settings } }))) as SettingsRecord;
        savedAt.value = record.value.updatedAt;
      } finally {
        saving.value = false;
      }
    }),
  };
}
export type SettingsModel = ReturnType<typeof createSettingsModel>;
