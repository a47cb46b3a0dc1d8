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
    /** First risk category named in the reasons (issue 11): reports and per-category spike rules group by it. */
    category: text(),
    /** Risk terms named in the reasons, for 热词 and an alert's top terms. */
    riskTerms: text({ mode: 'json' }).$type<string[]>(),
    /** reposts + comments + likes at the last sighting. */
    reach: integer().notNull().default(0),
    /** Reposts per hour between the last two sightings: the earliest sign a single post is spreading (issue 11). */
    reachVelocity: real(),
  },
  (t) => [
    index('mentions_brand_seen_idx').on(t.brand, t.lastSeenAt),
    index('mentions_level_idx').on(t.level),
    // Reports and hourly detection count a period's new mentions from this index alone (1 M rows, issue 11).
    index('mentions_first_seen_idx').on(t.firstSeenAt, t.brand, t.platform, t.sentimentLabel, t.level, t.correctedLevel, t.notAboutUs, t.category),
    // The same with the brand first: a one-brand report or 舆情概览 reads only that brand's rows.
    index('mentions_brand_first_seen_idx').on(t.brand, t.firstSeenAt, t.platform, t.sentimentLabel, t.level, t.correctedLevel, t.notAboutUs, t.category),
  ],
);
