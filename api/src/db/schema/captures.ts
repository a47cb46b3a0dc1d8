import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { devices } from './devices.ts';
import { users } from './users.ts';

/**
 * One evidence capture: the exact canonical manifest bytes the device signed, plus the fields lists filter on.
 * The id is the client's capture id, which makes uploads idempotent (issue 6).
 */
export const captures = sqliteTable(
  'captures',
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    deviceId: text()
      .notNull()
      .references(() => devices.id, { onDelete: 'restrict' }),
    kind: text().$type<'unit' | 'page'>().notNull(),
    url: text().notNull(),
    title: text().notNull(),
    platform: text(),
    unitKey: text(),
    startedAt: text().notNull(),
    receivedAt: integer({ mode: 'timestamp_ms' }).notNull(),
    manifest: blob({ mode: 'buffer' }).notNull(),
    manifestSha256: text().notNull().unique(),
    /** base64 raw r‖s ECDSA P-256 over the manifest bytes. */
    signature: text().notNull(),
    artefactCount: integer().notNull(),
    totalBytes: integer().notNull(),
    /** Index of the capture's entry in the evidence log. */
    logIndex: integer().notNull(),
  },
  (t) => [
    index('captures_user_received_idx').on(t.userId, t.receivedAt),
    index('captures_received_idx').on(t.receivedAt),
    index('captures_platform_idx').on(t.platform, t.receivedAt),
    // A rare 1–2 character search finds captures by log index (captures_grams rowid) and sorts them without the rows
    // (issue 15)…
    index('captures_log_received_idx').on(t.logIndex, t.receivedAt, t.id),
    // …and a common one walks the newest captures and keeps those whose log index matched, again without the rows.
    index('captures_received_id_log_idx').on(t.receivedAt, t.id, t.logIndex),
  ],
);
