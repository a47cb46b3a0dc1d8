import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Role } from '@vigil/shared/schemas/common';

/** People who sign in to the workspace or hold extension tokens (issue 2). Emails are stored lower-case. */
export const users = sqliteTable(
  'users',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    email: text().notNull().unique(),
    role: text().$type<Role>().notNull(),
    /** `scrypt$N$r$p$salt$hash`; null means no password login (token-only or not yet set). */
    passwordHash: text(),
    disabledAt: integer({ mode: 'timestamp_ms' }),
    createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('users_role_idx').on(t.role)],
);
