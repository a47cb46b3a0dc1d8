import { real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A pack-wide risk term (issue 3); one row per written term. */
export const riskTerms = sqliteTable('risk_terms', {
  id: text().primaryKey(),
  term: text().notNull().unique(),
  category: text().notNull(),
  weight: real().notNull(),
  createdAt: text().notNull(),
  updatedAt: text().notNull(),
});
