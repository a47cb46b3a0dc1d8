import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A unified reply (统一口径, issue 5). Its content lives in reply_versions; the brand never changes. */
export const replies = sqliteTable(
  'replies',
  {
    id: text().primaryKey(),
    /** The brand's name as in the rule pack (brands are keyed by name there too). */
    brand: text().notNull(),
    createdAt: text().notNull(),
    createdById: text().notNull(),
  },
  (t) => [index('replies_brand_idx').on(t.brand)],
);
