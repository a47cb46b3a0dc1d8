import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ReviewDecision } from '@vigil/shared/schemas/case';
import { captures } from './captures.ts';
import { cases } from './cases.ts';
import { users } from './users.ts';

/**
 * A capture in a case with the reason it was added and its review decision in this case (a capture may sit in
 * several cases, adopted in one and rejected in another). Removal deletes the row; the timeline and the evidence log
 * keep the history.
 */
export const caseCaptures = sqliteTable(
  'case_captures',
  {
    caseId: text()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    captureId: text()
      .notNull()
      .references(() => captures.id, { onDelete: 'restrict' }),
    reason: text(),
    addedBy: text()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    addedAt: integer({ mode: 'timestamp_ms' }).notNull(),
    decision: text().$type<ReviewDecision>().notNull().default('pending'),
    decisionReason: text(),
    decidedBy: text().references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: integer({ mode: 'timestamp_ms' }),
    /** The review decision's custody event in the evidence log. */
    decisionLogIndex: integer(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.captureId] }), index('case_captures_capture_idx').on(t.captureId)],
);
