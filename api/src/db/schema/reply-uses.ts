import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { replies } from './replies.ts';
import { replyVersions } from './reply-versions.ts';

/** Each copy or insert of an approved reply (issue 5); `id` is made by the client so a resent batch is harmless. */
export const replyUses = sqliteTable(
  'reply_uses',
  {
    id: text().primaryKey(),
    replyId: text()
      .notNull()
      .references(() => replies.id, { onDelete: 'cascade' }),
    versionId: text()
      .notNull()
      .references(() => replyVersions.id, { onDelete: 'cascade' }),
    unitKey: text().notNull(),
    platform: text().notNull(),
    action: text().$type<'copy' | 'insert'>().notNull(),
    permalink: text(),
    finalText: text().notNull(),
    userId: text().notNull(),
    userName: text().notNull(),
    userEmail: text().notNull(),
    usedAt: text().notNull(),
    receivedAt: text().notNull(),
  },
  (t) => [index('reply_uses_reply_idx').on(t.replyId, t.usedAt), index('reply_uses_version_idx').on(t.versionId)],
);
