import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Report } from '@vigil/shared/schemas/monitoring';

/**
 * 日报 / 周报 as they stood when their period closed (issue 11 item 2): the hourly run writes one per closed Beijing
 * day and week, so the report a PR lead forwarded stays the same when mentions are imported later. One row per kind,
 * period and brand; a re-run adds nothing. `brand` is '' for the report over all brands, else one brand of the pack
 * (issue 15 leftovers: the archive per brand, as the on-demand reports already were).
 */
export const reportArchive = sqliteTable(
  'report_archive',
  {
    id: text().primaryKey(),
    kind: text().$type<'daily' | 'weekly'>().notNull(),
    /** The Beijing date the period starts (the Monday for a week). */
    periodDate: text().notNull(),
    label: text().notNull(),
    report: text({ mode: 'json' }).$type<Report>().notNull(),
    generatedAt: text().notNull(),
    brand: text().notNull().default(''),
  },
  (t) => [uniqueIndex('report_archive_period_brand_idx').on(t.kind, t.periodDate, t.brand)],
);
