import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** 上报 (issues 11 and 13): a flagged unit sent from the side panel to the PR lead, with what they need to judge it. */
export const escalations = sqliteTable(
  'escalations',
  {
    id: text().primaryKey(),
    unitKey: text().notNull(),
    brand: text().notNull(),
    level: text().$type<'none' | 'mild' | 'moderate' | 'severe'>().notNull(),
    platform: text().notNull(),
    permalink: text(),
    url: text(),
    author: text(),
    text: text().notNull(),
    reasons: text({ mode: 'json' }).$type<string[]>().notNull(),
    reason: text().$type<'risk' | 'no_reply'>().notNull(),
    note: text(),
    status: text().$type<'open' | 'incident' | 'dismissed'>().notNull(),
    incidentId: text(),
    createdAt: text().notNull(),
    createdBy: text().notNull(),
    handledAt: text(),
    handledBy: text(),
  },
  (t) => [index('escalations_status_idx').on(t.status, t.createdAt), index('escalations_unit_idx').on(t.unitKey, t.status)],
);
