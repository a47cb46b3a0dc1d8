import { index, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export interface AlertBaseline {
  median: number;
  mad: number;
  /** Which history the baseline came from. */
  basis: 'hour_of_week_4w' | 'hour_of_day_7d' | 'share_24h' | 'threshold' | 'none';
  points: number[];
}

export interface AlertPost {
  key: string;
  platform: string;
  text: string;
  permalink: string | null;
  reach: number;
  reachVelocity: number | null;
}

/** A fired spike, velocity or 热搜 alert (issue 11); one per brand × rule × scope × hour, so a re-run adds nothing. */
export const alerts = sqliteTable(
  'alerts',
  {
    id: text().primaryKey(),
    brand: text().notNull(),
    rule: text().$type<'volume' | 'category' | 'negative_share' | 'velocity' | 'hot_search'>().notNull(),
    /** '' for the brand as a whole, a risk category, or the unit key of one post. */
    scope: text().notNull(),
    /** ISO start of the hour the alert is about. */
    hour: text().notNull(),
    level: text().$type<'mild' | 'moderate' | 'severe'>().notNull(),
    observed: real().notNull(),
    baseline: text({ mode: 'json' }).$type<AlertBaseline>().notNull(),
    score: real().notNull(),
    preset: text().notNull(),
    /** Chinese first: why it fired, in a sentence a PR lead can forward. */
    explanation: text().notNull(),
    /** The same facts in English for the workspace's English UI; null on alerts stored before it existed. */
    explanationEn: text(),
    topPosts: text({ mode: 'json' }).$type<AlertPost[]>().notNull(),
    topTerms: text({ mode: 'json' }).$type<{ term: string; count: number }[]>().notNull(),
    createdAt: text().notNull(),
    incidentId: text(),
    /** 忽略: set aside by a PR lead (误报, known, a repeat); opening or joining an incident clears it. */
    dismissedAt: text(),
    dismissedBy: text(),
    dismissedByName: text(),
    dismissReason: text().$type<'false_alarm' | 'known' | 'duplicate' | 'other'>(),
    dismissNote: text(),
    /** Set aside on arrival by this 静默 (alert_mutes.id): no message went out for it. */
    muteId: text(),
  },
  (t) => [uniqueIndex('alerts_rule_hour_uq').on(t.brand, t.rule, t.scope, t.hour), index('alerts_created_idx').on(t.createdAt)],
);
