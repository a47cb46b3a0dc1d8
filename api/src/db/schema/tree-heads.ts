import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Signed tree heads, one per log size. `frontier` (perfect-subtree roots, JSON hex) makes the next append O(log n). */
export const treeHeads = sqliteTable('tree_heads', {
  size: integer().primaryKey(),
  rootHash: text().notNull(),
  timestamp: text().notNull(),
  /** base64 Ed25519 signature of the canonical tree-head message. */
  signature: text().notNull(),
  frontier: text().notNull(),
});
