import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';

/**
 * The case timeline (issue 10): every change to a case, in order, with who and when; `logIndex` names the event's
 * entry in the evidence log where it is a custody event (reviews, notes, captures added/removed, status, re-checks).
 * No foreign key on the actor: the record outlives the user.
 */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    caseId: text()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: integer({ mode: 'timestamp_ms' }).notNull(),
    kind: text().notNull(),
    actorId: text().notNull(),
    captureId: text(),
    detail: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    logIndex: integer(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);
