import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CaseStatus, Counterparty } from '@vigil/shared/schemas/case';
import { users } from './users.ts';

/** A 案件 (issue 10): one dispute with one counterparty; its captures, notes and timeline hang off it. */
export const cases = sqliteTable(
  'cases',
  {
    id: text().primaryKey(),
    /** 案件编号 shown to people, AJ-<year>-<seq>; unique. */
    number: text().notNull().unique(),
    title: text().notNull(),
    brand: text(),
    counterparty: text({ mode: 'json' }).$type<Counterparty>().notNull(),
    status: text().$type<CaseStatus>().notNull(),
    resolution: text().$type<'deleted' | 'settled'>(),
    assigneeId: text().references(() => users.id, { onDelete: 'set null' }),
    createdBy: text()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('cases_status_updated_idx').on(t.status, t.updatedAt), index('cases_updated_idx').on(t.updatedAt)],
);
