import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users.ts';

/**
 * Firm letter templates (issue 10 item 5): checked .docx files (no macros, no external parts) with the documented
 * {{占位符}}. Versioned by name: an upload under an existing name is its next version; old versions stay usable.
 */
export const letterTemplates = sqliteTable(
  'letter_templates',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    version: integer().notNull(),
    bytes: blob({ mode: 'buffer' }).notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    /** JSON array of the placeholders found in the template. */
    placeholders: text({ mode: 'json' }).$type<string[]>().notNull(),
    uploadedBy: text()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('letter_templates_name_version_idx').on(t.name, t.version), index('letter_templates_created_idx').on(t.createdAt)],
);
