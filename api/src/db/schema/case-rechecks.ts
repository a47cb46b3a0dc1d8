import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { PageStatus } from '@vigil/shared/schemas/case';
import { captures } from './captures.ts';
import { cases } from './cases.ts';

/**
 * Takedown re-checks (复查, issue 10): a signed capture of a tracked link made from the case page, with the page status
 * the site adapter recognised (online / deleted / blocked). The status is read from the capture's signed manifest.
 */
export const caseRechecks = sqliteTable(
  'case_rechecks',
  {
    caseId: text()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    captureId: text()
      .primaryKey()
      .references(() => captures.id, { onDelete: 'restrict' }),
    url: text().notNull(),
    status: text().$type<PageStatus>().notNull(),
    message: text(),
    checkedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('case_rechecks_case_idx').on(t.caseId, t.url, t.checkedAt)],
);
