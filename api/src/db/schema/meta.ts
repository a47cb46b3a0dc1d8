import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Small key/value facts about this installation (demo seeded, schema notes). */
export const meta = sqliteTable('meta', {
  key: text().primaryKey(),
  value: text().notNull(),
});
