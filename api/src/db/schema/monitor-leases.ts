import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A lease per scheduled job (issue 11): several API processes on one libSQL server each run the scheduler, and the
 * one holding the lease runs the job, so an hour is never detected or delivered twice.
 */
export const monitorLeases = sqliteTable('monitor_leases', {
  name: text().primaryKey(),
  holder: text().notNull(),
  until: text().notNull(),
  /** The last period this job completed (ISO hour or date), so a new holder does not repeat it. */
  lastDone: text(),
});
