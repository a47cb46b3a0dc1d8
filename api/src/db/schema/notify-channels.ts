import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { NotifyKind, NotifyTopic, QuietHours } from '@vigil/shared/schemas/notify';

/** A group robot or webhook (issue 11). The URL and secret are sealed with a server key and never returned. */
export const notifyChannels = sqliteTable('notify_channels', {
  id: text().primaryKey(),
  name: text().notNull(),
  kind: text().$type<NotifyKind>().notNull(),
  /** AES-GCM sealed webhook URL (it carries the robot's key). */
  urlSealed: text().notNull(),
  /** Host and path only, for display. */
  urlHint: text().notNull(),
  secretSealed: text(),
  minLevel: text().$type<'mild' | 'moderate' | 'severe'>().notNull(),
  quietHours: text({ mode: 'json' }).$type<QuietHours>(),
  /** At most this many messages per rule and hour; more are recorded as capped. */
  capPerHour: integer().notNull(),
  brand: text(),
  /** What it receives; null (channels made before topics existed) receives every topic. */
  topics: text({ mode: 'json' }).$type<NotifyTopic[]>(),
  enabled: integer({ mode: 'boolean' }).notNull().default(true),
  createdAt: text().notNull(),
  createdBy: text().notNull(),
});
