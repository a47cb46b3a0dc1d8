import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Security events (login ok/failed, logout, tokens, users, roles). No foreign keys: the record must outlive the
 * user it names, and failed logins name emails that belong to nobody.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer({ mode: 'timestamp_ms' }).notNull(),
    action: text().notNull(),
    actorId: text(),
    /** What the event is about, e.g. `user:<id>`, `token:<id>`, `email:<address>`. */
    subject: text(),
    ip: text(),
    detail: text({ mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_events_at_idx').on(t.at), index('audit_events_action_idx').on(t.action)],
);
