import { blob, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { captures } from './captures.ts';

/** RFC 3161 time-stamp tokens over a capture's manifest digest, one per configured TSA; pending ones are retried. */
export const tsaTokens = sqliteTable(
  'tsa_tokens',
  {
    captureId: text()
      .notNull()
      .references(() => captures.id, { onDelete: 'cascade' }),
    tsaUrl: text().notNull(),
    status: text().$type<'granted' | 'pending' | 'failed'>().notNull(),
    /** DER TimeStampResp as the TSA sent it (the .tsr file). */
    token: blob({ mode: 'buffer' }),
    genTime: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.captureId, t.tsaUrl] })],
);
