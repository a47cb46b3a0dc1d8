import { blob, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Artefact bytes, content-addressed by the artefact's SHA-256, in chunks of at most 1 MiB (DESIGN "Storage"), so
 * large files stream to and from a remote libSQL server without holding whole files in memory.
 */
export const artefactChunks = sqliteTable(
  'artefact_chunks',
  {
    sha256: text().notNull(),
    seq: integer().notNull(),
    data: blob({ mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.seq] })],
);
