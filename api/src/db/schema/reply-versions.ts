import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ReplyLimits, ReplyStatus, ReplyTone, ReplyTriggers } from '@vigil/shared/schemas/reply';
import { replies } from './replies.ts';

/**
 * One immutable version of a reply: content columns are written once. Only the state columns (status, sign-off,
 * approved/retired times) move, and every move is also recorded in reply_transitions.
 */
export const replyVersions = sqliteTable(
  'reply_versions',
  {
    id: text().primaryKey(),
    replyId: text()
      .notNull()
      .references(() => replies.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    triggers: text({ mode: 'json' }).$type<ReplyTriggers>().notNull(),
    limits: text({ mode: 'json' }).$type<ReplyLimits>().notNull(),
    tone: text().$type<ReplyTone>().notNull(),
    /** UTC ISO; null never expires. */
    expiresAt: text(),
    owner: text(),
    /** Issue 13: the reply admits liability, so it needs a matching category and keyword to be suggested. */
    admitsLiability: integer({ mode: 'boolean' }).notNull().default(false),
    status: text().$type<ReplyStatus>().notNull(),
    legalSignedOffBy: text(),
    legalSignedOffAt: text(),
    approvedAt: text(),
    retiredAt: text(),
    createdAt: text().notNull(),
    createdById: text().notNull(),
    createdByName: text().notNull(),
  },
  (t) => [
    uniqueIndex('reply_versions_reply_version_idx').on(t.replyId, t.version),
    index('reply_versions_status_idx').on(t.status),
  ],
);
