import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** What an incident is about: mentions, captures, cases, reply versions (the holding statement), alerts. */
export const incidentLinks = sqliteTable(
  'incident_links',
  {
    incidentId: text().notNull(),
    kind: text().$type<'mention' | 'capture' | 'case' | 'reply_version' | 'alert'>().notNull(),
    ref: text().notNull(),
    linkedAt: text().notNull(),
    linkedBy: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.kind, t.ref] })],
);
