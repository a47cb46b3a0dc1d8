import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { OwnAccount, RiskTerm } from '@vigil/shared/schemas/rules';

/** A brand of the rule pack (issue 3): its names, vetoing contexts, people and brand-only risk terms. */
export const brands = sqliteTable('brands', {
  id: text().primaryKey(),
  /** Unique; replies and mentions refer to a brand by this name, as the pack does. */
  name: text().notNull().unique(),
  aliases: text({ mode: 'json' }).$type<string[]>().notNull(),
  excludes: text({ mode: 'json' }).$type<string[]>().notNull(),
  people: text({ mode: 'json' }).$type<string[]>().notNull(),
  terms: text({ mode: 'json' }).$type<RiskTerm[]>().notNull(),
  /** The brand's official and executive accounts (issue 13 item 2). */
  ownAccounts: text({ mode: 'json' }).$type<OwnAccount[]>().notNull().default([]),
  createdAt: text().notNull(),
  updatedAt: text().notNull(),
});
