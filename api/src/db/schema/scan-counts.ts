import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * How many units (posts, comments, articles) a user's extension scanned per platform and hour (issue 11): a count
 * only, never text or URLs. Reports divide brand mentions by it, so volume that rises because staff browsed more
 * shows as such. `units` is the reporter's running total for that hour, so a resend never counts twice.
 */
export const scanCounts = sqliteTable(
  'scan_counts',
  {
    /** ISO start of the UTC hour. */
    hour: text().notNull(),
    platform: text().notNull(),
    reportedBy: text().notNull(),
    units: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.hour, t.platform, t.reportedBy] })],
);
