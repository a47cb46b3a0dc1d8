import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Per-brand reply workflow settings, keyed by brand name: whether legal must sign off before approval, and whether
 * the approver must be someone other than the version's author (four eyes, issue 13; on for a brand with no row).
 */
export const replyBrandSettings = sqliteTable('reply_brand_settings', {
  brand: text().primaryKey(),
  requireLegalSignoff: integer({ mode: 'boolean' }).notNull().default(false),
  requireFourEyes: integer({ mode: 'boolean' }).notNull().default(true),
  updatedAt: text().notNull(),
  updatedById: text().notNull(),
});
