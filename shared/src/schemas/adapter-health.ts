import { z } from 'zod';
import { HEALTH_FIELD_NAME, MAX_HEALTH_FIELDS } from './adapter-health-fields.ts';

// Adapter health (issue 12 item 4): per site adapter and field, how the extension found the field on the pages it
// scanned — by one of the adapter's selectors (primary), by the structural fallback ('heuristic'), or not at all.
// Counts only: no text, no URL, no unit key. Each report is the reporter's running total for that hour, so a resend
// from the extension's queue never counts twice (the larger total wins, as for scan counts).

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().int().min(0).max(10_000_000);
/** Adapter ids and platforms: weibo, weibo-mobile, douyin, news … */
const SiteId = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, '站点标识无效 / bad site id');
/** Field names as the adapters note them: text, author, time, likes, unit … */
export const HealthFieldName = z.string().regex(HEALTH_FIELD_NAME, '字段名无效 / bad field name');
export { MAX_HEALTH_FIELDS };

export const FieldTally = z.object({ primary: count, fallback: count, missing: count });
export type FieldTally = z.infer<typeof FieldTally>;

export const AdapterHealthReport = z.object({
  /** Any time inside the hour; stored as the hour's start. */
  hour: isoTime,
  site: SiteId,
  platform: SiteId,
  /** Pages scanned with this adapter in the hour, and the units found on them. */
  pages: count,
  units: count,
  fields: z
    .record(HealthFieldName, FieldTally)
    .refine((f) => Object.keys(f).length <= MAX_HEALTH_FIELDS, `最多 ${MAX_HEALTH_FIELDS} 个字段 / at most ${MAX_HEALTH_FIELDS} fields`),
});
export type AdapterHealthReport = z.infer<typeof AdapterHealthReport>;

export const AdapterHealthBatch = z
  .object({ reports: z.array(AdapterHealthReport).min(1).max(200) })
  .meta({ id: 'AdapterHealthBatch' });
export const AdapterHealthResult = z
  .object({
    stored: z.number().int(),
    /** Reports for an hour older than 8 days or in the future: dropped, the others kept. */
    skipped: z.number().int(),
  })
  .meta({ id: 'AdapterHealthResult' });

/** One window (last 24 h, or the 7 days before) of one field. Rates are 0–1, null without samples. */
export const HealthWindow = z.object({
  primary: z.number().int(),
  fallback: z.number().int(),
  missing: z.number().int(),
  total: z.number().int(),
  primaryRate: z.number().nullable(),
  fallbackShare: z.number().nullable(),
  /** How many people's extensions reported it. */
  reporters: z.number().int(),
});
export type HealthWindow = z.infer<typeof HealthWindow>;

export const HealthFieldRow = z.object({
  site: z.string(),
  platform: z.string(),
  field: z.string(),
  day: HealthWindow,
  week: HealthWindow,
  /** The primary rate fell sharply: ≥ 80 % over the 7 days before, < 50 % over the last 24 h, on enough samples. */
  anomaly: z.boolean(),
});
export type HealthFieldRow = z.infer<typeof HealthFieldRow>;

export const HealthSiteRow = z.object({
  site: z.string(),
  platform: z.string(),
  pages: z.number().int(),
  units: z.number().int(),
  unitsPerPage: z.number().nullable(),
  weekPages: z.number().int(),
  weekUnitsPerPage: z.number().nullable(),
  /** Units per page fell under 30 % of the 7 days before (the feed went dark), on enough pages. */
  anomaly: z.boolean(),
});
export type HealthSiteRow = z.infer<typeof HealthSiteRow>;

export const AdapterAlertRecord = z.object({
  id: z.string(),
  site: z.string(),
  platform: z.string(),
  field: z.string(),
  hour: z.string(),
  /** Primary rates (0–1); for the field `unitsPerPage`, units per page. */
  recentRate: z.number(),
  baselineRate: z.number(),
  samples: z.number().int(),
  reporters: z.number().int(),
  explanation: z.string(),
  createdAt: z.string(),
});
export type AdapterAlertRecord = z.infer<typeof AdapterAlertRecord>;

export const AdapterHealthQuery = z.object({ at: isoTime.optional() });
export const AdapterHealthView = z
  .object({
    at: z.string(),
    sites: z.array(HealthSiteRow),
    fields: z.array(HealthFieldRow),
    alerts: z.array(AdapterAlertRecord),
  })
  .meta({ id: 'AdapterHealthView' });
export type AdapterHealthView = z.infer<typeof AdapterHealthView>;
