import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { MonitorSettings } from '@vigil/shared/schemas/monitoring';

/** Per-brand spike preset and incident deadlines (issue 11); a brand without a row uses the defaults. */
export const monitorSettings = sqliteTable('monitor_settings', {
  brand: text().primaryKey(),
  settings: text({ mode: 'json' }).$type<MonitorSettings>().notNull(),
  updatedAt: text().notNull(),
});
