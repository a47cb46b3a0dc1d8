import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The append-only evidence log (RFC 6962 leaves): capture manifests and custody events. `idx` is the leaf index;
 * its primary key is what serialises concurrent appends. `entry` is the canonical JSON whose bytes are the leaf data.
 */
export const logEntries = sqliteTable(
  'log_entries',
  {
    idx: integer().primaryKey(),
    type: text().$type<'capture' | 'custody' | 'case'>().notNull(),
    captureId: text(),
    event: text(),
    actorId: text().notNull(),
    entry: text().notNull(),
    leafHash: text().notNull(),
    createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('log_entries_capture_idx').on(t.captureId, t.idx)],
);
