import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ReplyStatus } from '@vigil/shared/schemas/reply';
import { replies } from './replies.ts';
import { replyVersions } from './reply-versions.ts';

/** Every state change of a reply version: who, when, why. Append-only. Actor name and email are kept as they were. */
export const replyTransitions = sqliteTable(
  'reply_transitions',
  {
    id: text().primaryKey(),
    replyId: text()
      .notNull()
      .references(() => replies.id, { onDelete: 'cascade' }),
    versionId: text()
      .notNull()
      .references(() => replyVersions.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    action: text().$type<'create' | 'submit' | 'legal_signoff' | 'approve' | 'reject' | 'retire'>().notNull(),
    fromStatus: text().$type<ReplyStatus>(),
    toStatus: text().$type<ReplyStatus>().notNull(),
    actorId: text().notNull(),
    actorName: text().notNull(),
    actorEmail: text().notNull(),
    note: text(),
    at: text().notNull(),
  },
  (t) => [index('reply_transitions_reply_idx').on(t.replyId, t.at)],
);
