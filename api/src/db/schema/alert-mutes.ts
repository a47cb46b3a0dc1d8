import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * 静默: a PR lead who sets an alert aside as a known story can mute its rule for some hours (monitoring.md D2, D9:
 * the same known story firing every hour is noise). Detection goes on: alerts of the same brand × rule × scope at
 * no higher level are still stored, set aside in the mute's name, and nobody is messaged; a higher level breaks
 * through. Lifting a mute (or 恢复 of the alert that made it) ends it early; the row stays as the record.
 */
export const alertMutes = sqliteTable(
  'alert_mutes',
  {
    id: text().primaryKey(),
    brand: text().notNull(),
    rule: text().notNull(),
    scope: text().notNull(),
    /** The highest level it holds back: the level of the alert it was made from. */
    level: text().$type<'mild' | 'moderate' | 'severe'>().notNull(),
    /** The alert it was made from. */
    alertId: text().notNull(),
    reason: text().$type<'false_alarm' | 'known' | 'duplicate' | 'other'>().notNull(),
    note: text(),
    until: text().notNull(),
    createdAt: text().notNull(),
    createdBy: text().notNull(),
    createdByName: text().notNull(),
    liftedAt: text(),
    liftedBy: text(),
    liftedByName: text(),
  },
  (t) => [index('alert_mutes_match_idx').on(t.brand, t.rule, t.scope, t.until)],
);
