import { integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A field whose primary-selector rate fell sharply across the team (issue 12 item 4): most likely a site release.
 * One per site × field × hour, so running an hour twice adds nothing; the cooldown is read from here too.
 */
export const adapterAlerts = sqliteTable(
  'adapter_alerts',
  {
    id: text().primaryKey(),
    site: text().notNull(),
    platform: text().notNull(),
    field: text().notNull(),
    /** ISO start of the last hour of the recent window. */
    hour: text().notNull(),
    recentRate: real().notNull(),
    baselineRate: real().notNull(),
    samples: integer().notNull(),
    reporters: integer().notNull(),
    /** Chinese first, then English: what fell, from what, on how many samples. */
    explanation: text().notNull(),
    createdAt: text().notNull(),
  },
  (t) => [uniqueIndex('adapter_alerts_field_hour_uq').on(t.site, t.field, t.hour)],
);
