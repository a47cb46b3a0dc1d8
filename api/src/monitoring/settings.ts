import { eq } from 'drizzle-orm';
import { MonitorSettings } from '@vigil/shared/schemas/monitoring';
import type { Db } from '../db/client.ts';
import { monitorSettings } from '../db/schema/monitor-settings.ts';

export const defaultSettings: MonitorSettings = MonitorSettings.parse({});

/** The brand's spike preset and deadlines, or the defaults. */
export async function settingsFor(db: Db, brand: string): Promise<MonitorSettings> {
  const row = await db.query.monitorSettings.findFirst({ where: eq(monitorSettings.brand, brand) });
  return row ? MonitorSettings.parse(row.settings) : defaultSettings;
}
