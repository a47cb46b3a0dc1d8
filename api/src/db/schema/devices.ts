import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users.ts';

/** Extension devices: an ECDSA P-256 public key (JWK) bound to the user who registered it (issue 6). */
export const devices = sqliteTable(
  'devices',
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    /** `{"kty":"EC","crv":"P-256","x","y"}` as JSON. */
    publicKeyJwk: text().notNull(),
    /** RFC 7638 thumbprint; the manifest names the key by it. */
    keyThumbprint: text().notNull().unique(),
    createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('devices_user_idx').on(t.userId)],
);
