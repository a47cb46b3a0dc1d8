import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Recent login attempts, kept in the database so several API processes share one rate limit (issue 2). `device` is
 * the nonce of a known-device cookie valid for the email (issue 15): such failures count only against that device.
 */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer({ mode: 'timestamp_ms' }).notNull(),
    email: text().notNull(),
    ip: text().notNull(),
    ok: integer({ mode: 'boolean' }).notNull(),
    device: text(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);
