import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Roots of the evidence log's perfect subtrees (2^level leaves from leaf index·2^level), written as appends complete
 * them, so a proof reads O(log² n) rows instead of every leaf. Level 0 is log_entries.leaf_hash.
 */
export const logNodes = sqliteTable(
  'log_nodes',
  {
    level: integer().notNull(),
    idx: integer().notNull(),
    hash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.idx] })],
);
