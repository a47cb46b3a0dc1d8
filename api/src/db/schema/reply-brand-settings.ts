import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Per-brand reply workflow settings, keyed by brand name: whether legal must sign off before approval. */
export const replyBrandSettings = sqliteTable('reply_brand_settings', {
  brand: text().primaryKey(),
  requireLegalSignoff: integer({ mode: 'boolean' }).notNull().default(false),
  updatedAt: text().notNull(),
  updatedById: text().notNull(),
});
