import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Flagged mentions reported by the extension (issue 4), one row per unit key; corrections by staff beside them. */
export const mentions = sqliteTable(
  'mentions',
  {
    unitKey: text().primaryKey(),
    platform: text().notNull(),
    kind: text().notNull(),
    url: text().notNull(),
    text: text().notNull(),
    author: text(),
    permalink: text(),
    publishedAt: text(),
    counts: text({ mode: 'json' }).$type<{ reposts?: number; comments?: number; likes?: number; views?: number }>(),
    brand: text().notNull(),
    level: text().$type<'none' | 'mild' | 'moderate' | 'severe'>().notNull(),
    sentimentLabel: text().$type<'negative' | 'neutral' | 'positive'>().notNull(),
    sentimentScore: real().notNull(),
    reasons: text({ mode: 'json' }).$type<string[]>().notNull(),
    terms: text({ mode: 'json' }).$type<string[]>().notNull(),
    firstSeenAt: text().notNull(),
    lastSeenAt: text().notNull(),
    /** User id of the first reporter. */
    reportedBy: text().notNull(),
    correctedLevel: text().$type<'none' | 'mild' | 'moderate' | 'severe'>(),
    notAboutUs: integer({ mode: 'boolean' }).notNull().default(false),
    correctedBy: text(),
    correctedAt: text(),
  },
  (t) => [index('mentions_brand_seen_idx').on(t.brand, t.lastSeenAt), index('mentions_level_idx').on(t.level)],
);
