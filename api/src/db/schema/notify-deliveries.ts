import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One message for one channel (issue 11): held, sent or failed, with attempts and the last error. */
export const notifyDeliveries = sqliteTable(
  'notify_deliveries',
  {
    id: text().primaryKey(),
    channelId: text().notNull(),
    /** The alert or incident event the message is about; `test` for the test button. */
    subject: text().notNull(),
    rule: text().notNull(),
    level: text().$type<'mild' | 'moderate' | 'severe'>().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    status: text().$type<'pending' | 'sent' | 'failed' | 'capped' | 'withdrawn'>().notNull(),
    /** Not before this time: the bundle's hour end, the digest time, or the end of quiet hours. */
    dueAt: text().notNull(),
    /** Why it waits, e.g. 'quiet_hours' or 'hourly_bundle'. */
    heldFor: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: text().notNull(),
    sentAt: text(),
  },
  (t) => [index('notify_deliveries_due_idx').on(t.status, t.dueAt), index('notify_deliveries_channel_idx').on(t.channelId, t.createdAt)],
);
