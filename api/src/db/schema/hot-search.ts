import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A 微博热搜 / 抖音热榜 entry naming a brand alias, as a staff browser saw it (issue 11). */
export const hotSearchSightings = sqliteTable(
  'hot_search_sightings',
  {
    id: text().primaryKey(),
    brand: text().notNull(),
    platform: text().notNull(),
    title: text().notNull(),
    rank: integer(),
    heat: integer(),
    url: text(),
    seenAt: text().notNull(),
    reportedBy: text().notNull(),
  },
  (t) => [index('hot_search_brand_idx').on(t.brand, t.seenAt)],
);
