import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The incident's timeline: every change, who made it and when (issue 11). */
export const incidentEvents = sqliteTable(
  'incident_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    incidentId: text().notNull(),
    at: text().notNull(),
    actorId: text(),
    type: text().notNull(),
    detail: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('incident_events_incident_idx').on(t.incidentId, t.at)],
);
