import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';
import { users } from './users.ts';

/**
 * Append-only notes on a case (issue 10): no route edits or deletes one, and each is a leaf of the evidence log
 * (`logIndex`, whose entry carries the SHA-256 of `text`), so a changed note no longer matches its log entry.
 */
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: text().primaryKey(),
    caseId: text()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    text: text().notNull(),
    createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
    logIndex: integer().notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)],
);
