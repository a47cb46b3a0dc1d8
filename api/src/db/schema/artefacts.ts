import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { captures } from './captures.ts';

/** The artefacts a capture lists; their bytes live once per digest in artefact_chunks (content-addressed). */
export const artefacts = sqliteTable(
  'artefacts',
  {
    captureId: text()
      .notNull()
      .references(() => captures.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    type: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    provenance: text().$type<'onscreen' | 'browser' | 'adapter' | 'environment'>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.captureId, t.name] }), index('artefacts_sha256_idx').on(t.sha256)],
);
