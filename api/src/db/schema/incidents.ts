import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { IncidentChecklistItem, IncidentDeadline, IncidentLevel } from '@vigil/shared/schemas/incident';

/** An incident (事件, issue 11): level, owner, deadlines from the brand's settings, checklist, 复盘 at close. */
export const incidents = sqliteTable(
  'incidents',
  {
    id: text().primaryKey(),
    brand: text().notNull(),
    title: text().notNull(),
    level: text().$type<IncidentLevel>().notNull(),
    status: text().$type<'open' | 'closed'>().notNull(),
    ownerId: text(),
    openedAt: text().notNull(),
    /** When the problem was first detected (the alert's hour), if it came from one. */
    detectedAt: text(),
    deadlines: text({ mode: 'json' }).$type<IncidentDeadline[]>().notNull(),
    checklist: text({ mode: 'json' }).$type<IncidentChecklistItem[]>().notNull(),
    review: text(),
    closedAt: text(),
    createdBy: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [index('incidents_status_idx').on(t.status, t.openedAt), index('incidents_brand_idx').on(t.brand, t.openedAt)],
);
