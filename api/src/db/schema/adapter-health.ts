import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The field name of the row that carries a report's page and unit totals (real field names are letters only). */
export const PAGE_ROW = '_page';

/**
 * Adapter health per hour (issue 12 item 4): for each reporter, site adapter and field, how often a selector found
 * the field (`primary`), how often the structural fallback did (`fallback`), and how often neither (`missing`). The
 * `_page` row of a report carries its pages and units instead. Counts only — no text, no URL. Each value is the
 * reporter's running total for the hour, so a resend never counts twice.
 */
export const adapterHealth = sqliteTable(
  'adapter_health',
  {
    /** ISO start of the UTC hour. */
    hour: text().notNull(),
    site: text().notNull(),
    field: text().notNull(),
    reportedBy: text().notNull(),
    platform: text().notNull(),
    primary: integer().notNull().default(0),
    fallback: integer().notNull().default(0),
    missing: integer().notNull().default(0),
    pages: integer().notNull().default(0),
    units: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.hour, t.site, t.field, t.reportedBy] }), index('adapter_health_hour_idx').on(t.hour)],
);
