import { z } from 'zod';
import { RiskCategory } from './rules.ts';

// Monitoring for the PR lead (issue 11): scan counts, per-brand settings, reports and alerts.

const isoTime = z.iso.datetime({ offset: true });
const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD / date must be YYYY-MM-DD');
export const AlertLevel = z.enum(['mild', 'moderate', 'severe']);
export type AlertLevel = z.infer<typeof AlertLevel>;

/** Units the extension scanned, per platform and hour: counts only, no text, no URL. */
export const ScanCountBatch = z
  .object({
    counts: z
      .array(
        z.object({
          platform: z.string().trim().min(1).max(32),
          /** Any time inside the hour; stored as the hour's start. */
          hour: isoTime,
          /** The running total of units this user scanned on this platform in this hour. */
          units: z.number().int().min(0).max(10_000_000),
        }),
      )
      .min(1)
      .max(500),
  })
  .meta({ id: 'ScanCountBatch' });
export const ScanCountResult = z.object({ stored: z.number().int() }).meta({ id: 'ScanCountResult' });

export const spikePresets = { strict: 5, balanced: 3.5, sensitive: 2.5 } as const;
export const SpikePreset = z.enum(['strict', 'balanced', 'sensitive']);

export const DeadlineRule = z.object({
  kind: z.string().min(1).max(32),
  hours: z.number().positive().max(24 * 30),
  optional: z.boolean().default(false),
});

export const MonitorSettings = z
  .object({
    preset: SpikePreset.default('balanced'),
    /** A spike also needs at least this many mentions in the hour … */
    minCount: z.number().int().min(1).max(100_000).default(20),
    /** … and at least this multiple of the baseline median. */
    ratio: z.number().min(1).max(100).default(3),
    /** Negative share in the last 2 h that fires the negative-share rule. */
    negativeShare: z.number().min(0.05).max(1).default(0.4),
    /** Reposts per hour of a single negative post that fires the velocity rule. */
    velocity: z.number().min(1).max(10_000_000).default(1000),
    cooldownMinutes: z.number().int().min(0).max(7 * 24 * 60).default(60),
    /** The 日报 / 周报 header (monitoring.md D.7): who made it (制作部门) and for whom (接收人); empty leaves them out. */
    report: z
      .object({ department: z.string().trim().max(60).default(''), recipients: z.string().trim().max(200).default('') })
      .default({ department: '', recipients: '' }),
    deadlines: z
      .object({ mild: z.array(DeadlineRule).max(5), moderate: z.array(DeadlineRule).max(5), severe: z.array(DeadlineRule).max(5) })
      .default({
        mild: [],
        moderate: [{ kind: 'response', hours: 48, optional: false }],
        severe: [
          { kind: 'holding_statement', hours: 5, optional: true },
          { kind: 'first_statement', hours: 24, optional: false },
          { kind: 'investigation', hours: 48, optional: false },
        ],
      }),
  })
  .meta({ id: 'MonitorSettings' });
export type MonitorSettings = z.infer<typeof MonitorSettings>;

/** GET /api/monitor/settings?brand=: one brand's settings (the defaults until a PR lead saves them). */
export const MonitorSettingsQuery = z.object({ brand: z.string().trim().min(1).max(64) });
/** PUT /api/monitor/settings: the whole settings object of one brand; each level names a deadline kind at most once. */
export const MonitorSettingsPut = z
  .object({ brand: z.string().trim().min(1).max(64), settings: MonitorSettings })
  .refine((b) => Object.values(b.settings.deadlines).every((rules) => new Set(rules.map((r) => r.kind)).size === rules.length), {
    message: '同一级别的时限不能重复 / a level names each deadline once',
    path: ['settings', 'deadlines'],
  })
  .meta({ id: 'MonitorSettingsPut' });
export const MonitorSettingsRecord = z
  .object({
    brand: z.string(),
    settings: MonitorSettings,
    /** Whether these are the defaults (never saved for this brand). */
    isDefault: z.boolean(),
    updatedAt: isoTime.nullable(),
  })
  .meta({ id: 'MonitorSettingsRecord' });

/** Without `date`, today's Beijing day (read as of now). */
export const DailyQuery = z.object({ date: ymd.optional(), brand: z.string().max(64).optional() });
/**
 * `week`: any day of the week; `date` says the same (DESIGN names one `--date D` for `report daily|weekly`, so
 * callers of the HTTP twin send it to both). Without either, this week.
 */
export const WeeklyQuery = z.object({ week: ymd.optional(), date: ymd.optional(), brand: z.string().max(64).optional() });
export const OverviewQuery = z.object({
  brand: z.string().max(64).optional(),
  /** Beijing dates, inclusive; default the last 7 days. */
  from: ymd.optional(),
  to: ymd.optional(),
});

const Counts = z.record(z.string(), z.number());
export const ReportPost = z.object({
  key: z.string(), brand: z.string(), platform: z.string(), text: z.string(), author: z.string().nullable(),
  permalink: z.string().nullable(), level: z.string(), sentiment: z.string(), reach: z.number(),
  reachVelocity: z.number().nullable(), firstSeenAt: z.string(),
});
export type ReportPost = z.infer<typeof ReportPost>;
export const ReportIncident = z.object({
  id: z.string(), title: z.string(), brand: z.string(), level: z.string(), status: z.string(), openedAt: z.string(),
  deadlines: z.array(z.object({ kind: z.string(), due: z.string(), optional: z.boolean(), metAt: z.string().nullable(), state: z.enum(['met', 'missed', 'pending', 'overdue']) })),
});
export const ReportTotals = z.object({ mentions: z.number(), byLevel: Counts, byPlatform: Counts, bySentiment: Counts });
export type ReportTotals = z.infer<typeof ReportTotals>;

export const Report = z
  .object({
    kind: z.enum(['daily', 'weekly', 'overview']),
    brand: z.string().nullable(),
    /**
     * 报告期: [start, end) in UTC ISO, and the Beijing label. `asOf`: the period was still running when the report
     * was made; its figures stop there, the trend ends there and `previous` is the same stretch of the period before.
     */
    period: z.object({ start: z.string(), end: z.string(), label: z.string(), timezone: z.literal('Asia/Shanghai'), asOf: z.string().optional() }),
    previous: z.object({ start: z.string(), end: z.string(), totals: ReportTotals }),
    /** 监测范围: what the numbers are based on. */
    basis: z.object({ brands: z.array(z.string()), platforms: z.array(z.string()), unitsScanned: z.number(), note: z.string(), noteEn: z.string().optional() }),
    /** 制作部门 and 接收人 from the brand's 监测设置, when set (absent in reports archived before it existed). */
    header: z.object({ department: z.string(), recipients: z.string() }).optional(),
    totals: ReportTotals,
    /** 摘要 lines, Chinese. */
    summary: z.array(z.string()),
    /** The same lines in English (absent from reports archived before they existed: show `summary` then). */
    summaryEn: z.array(z.string()).optional(),
    /** 需立即关注事项; `textEn` is the line in English (absent on old archived reports). */
    attention: z.array(z.object({ kind: z.enum(['incident', 'alert', 'post', 'hot_search']), text: z.string(), textEn: z.string().optional(), ref: z.string() })),
    /** 声量趋势: per hour (daily) or per day (weekly); share = mentions per 1 000 units scanned. */
    trend: z.array(z.object({ start: z.string(), label: z.string(), mentions: z.number(), negative: z.number(), units: z.number(), share: z.number().nullable() })),
    categories: z.array(z.object({ category: RiskCategory.or(z.string()), count: z.number() })),
    hotWords: z.array(z.object({ word: z.string(), count: z.number() })),
    topNegative: z.array(ReportPost),
    topVelocity: z.array(ReportPost),
    /** `incidentId` and `dismissReason` say what became of each (absent in reports archived before they existed). */
    alerts: z.array(z.object({
      id: z.string(), rule: z.string(), hour: z.string(), level: z.string(), explanation: z.string(), explanationEn: z.string().nullable().optional(),
      incidentId: z.string().nullable().optional(), dismissReason: z.string().nullable().optional(),
    })),
    incidents: z.array(ReportIncident),
    replyUses: z.number(),
    captures: z.number(),
    generatedAt: z.string(),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof Report>;

/** Why a PR lead set an alert aside (忽略): 误报, a known story needing nothing, a repeat of another alert, other. */
export const AlertDismissReason = z.enum(['false_alarm', 'known', 'duplicate', 'other']);
export type AlertDismissReason = z.infer<typeof AlertDismissReason>;
/**
 * Where an alert stands: `pending` (nobody has acted on it), `incident` (opened or joined one), `dismissed` (set
 * aside with a reason). No `state` lists them all.
 */
export const AlertState = z.enum(['pending', 'incident', 'dismissed']);
export const AlertQuery = z.object({
  brand: z.string().max(64).optional(), since: isoTime.optional(), state: AlertState.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
/** How long a 忽略 may mute the alert's rule (静默), in hours: up to a week. */
export const MUTE_HOURS_MAX = 168;
/**
 * 忽略 (`dismissed: true`, with a reason) or 恢复 (`dismissed: false`). `muteHours` also mutes the same brand × rule ×
 * scope for that long (静默): later alerts at no higher level are stored already set aside and message nobody. 恢复
 * lifts the mute the alert made.
 */
export const AlertPatch = z
  .object({
    dismissed: z.boolean(),
    reason: AlertDismissReason.optional(),
    note: z.string().trim().max(500).optional(),
    muteHours: z.number().int().min(1).max(MUTE_HOURS_MAX).optional(),
  })
  .refine((p) => !p.dismissed || p.reason, { message: '请选择忽略原因 / Choose why the alert is set aside', path: ['reason'] })
  .refine((p) => !(p.dismissed && p.reason === 'other') || p.note, { message: '选择「其他」时请写明原因 / Say why when the reason is “other”', path: ['note'] })
  .refine((p) => p.dismissed || p.muteHours === undefined, { message: '只有忽略预警时才能静默 / Only an alert being set aside can mute its rule', path: ['muteHours'] })
  .meta({ id: 'AlertPatch' });
/** A 静默 of one brand × rule × scope, made while setting an alert aside; `active` while not lifted and not run out. */
export const AlertMute = z
  .object({
    id: z.string(), brand: z.string(), rule: z.string(), scope: z.string(), level: AlertLevel, alertId: z.string(),
    reason: AlertDismissReason, note: z.string().nullable(), until: z.string(), createdAt: z.string(),
    createdBy: z.string(), createdByName: z.string(),
    liftedAt: z.string().nullable(), liftedBy: z.string().nullable(), liftedByName: z.string().nullable(),
    /** How many alerts it has set aside so far. */
    held: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'AlertMute' });
export type AlertMute = z.infer<typeof AlertMute>;
export const AlertMuteQuery = z.object({
  brand: z.string().max(64).optional(),
  /** `1`: lifted and run-out mutes too, newest first (the record); default only the active ones. */
  all: z.enum(['0', '1']).optional(),
});
export const AlertMuteList = z.object({ mutes: z.array(AlertMute) }).meta({ id: 'AlertMuteList' });
export const AlertRecord = z
  .object({
    id: z.string(), brand: z.string(), rule: z.string(), scope: z.string(), hour: z.string(), level: AlertLevel,
    observed: z.number(),
    baseline: z.object({ median: z.number(), mad: z.number(), basis: z.string(), points: z.array(z.number()) }),
    score: z.number(), preset: z.string(), explanation: z.string(),
    /** `explanation` in English; null on alerts stored before it existed (show `explanation` then). */
    explanationEn: z.string().nullable(),
    topPosts: z.array(z.object({ key: z.string(), platform: z.string(), text: z.string(), permalink: z.string().nullable(), reach: z.number(), reachVelocity: z.number().nullable() })),
    topTerms: z.array(z.object({ term: z.string(), count: z.number() })),
    createdAt: z.string(), incidentId: z.string().nullable(),
    /** Set aside (忽略) by a PR lead: when, by whom (the name as it was), why. All null while it is not. */
    dismissedAt: z.string().nullable(), dismissedBy: z.string().nullable(), dismissedByName: z.string().nullable(),
    dismissReason: AlertDismissReason.nullable(), dismissNote: z.string().nullable(),
    /** Set aside on arrival by this 静默 (an AlertMute id); absent on alerts stored before mutes existed. */
    muteId: z.string().nullable().optional(),
  })
  .meta({ id: 'Alert' });
export type AlertRecord = z.infer<typeof AlertRecord>;
/** `total`: how many alerts match the query, beyond `limit` too (the 预警 tab's 待处理 count reads it with limit=1). */
export const AlertList = z.object({ alerts: z.array(AlertRecord), total: z.number().int() }).meta({ id: 'AlertList' });

/** A 热搜 / 热榜 entry that names a brand alias, as a staff browser saw it (issue 11 item 4). */
export const HotSearchSighting = z.object({
  platform: z.enum(['weibo', 'douyin']),
  brand: z.string().trim().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  /** 1 is the top; absent for a pinned (置顶) entry without a number. */
  rank: z.number().int().min(0).max(1000).optional(),
  /** The list's heat figure as a number (热 123万 → 1230000). */
  heat: z.number().int().min(0).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  /** The alias of the pack that matched the title (QH乳业), for the alert's explanation. */
  term: z.string().trim().min(1).max(64).optional(),
  seenAt: isoTime,
});
export type HotSearchSighting = z.infer<typeof HotSearchSighting>;
/**
 * Bands of a hot list: 第 1 位, top 3, 10, 20, 50, then the rest (or no rank). An entry that climbs into a better
 * band is news again: the extension reports it again and the API alerts again, inside the cooldown.
 */
export const HOT_BANDS = [1, 3, 10, 20, 50] as const;
export function hotBand(rank: number | null | undefined): number {
  const i = HOT_BANDS.findIndex((b) => rank != null && rank >= 1 && rank <= b);
  return i < 0 ? HOT_BANDS.length : i;
}
export const HotSearchBatch = z.object({ entries: z.array(HotSearchSighting).min(1).max(100) }).meta({ id: 'HotSearchBatch' });
/** How many sightings were stored and the ids of the 重度 alerts they raised (none while an entry cools down). */
export const HotSearchResult = z
  .object({
    recorded: z.number(),
    alerts: z.array(z.string()),
    /** Indexes of entries not stored: their title does not name their brand under the API's current rule pack. */
    notNamed: z.array(z.number()).default([]),
  })
  .meta({ id: 'HotSearchResult' });
export const HotSearchQuery = z.object({ brand: z.string().max(64).optional(), since: isoTime.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });
export const HotSearchRecord = z
  .object({
    id: z.string(), brand: z.string(), platform: z.string(), title: z.string(), rank: z.number().nullable(), heat: z.number().nullable(),
    url: z.string().nullable(), seenAt: z.string(), reportedBy: z.string(),
  })
  .meta({ id: 'HotSearchSightingRecord' });
export type HotSearchRecord = z.infer<typeof HotSearchRecord>;
export const HotSearchList = z.object({ sightings: z.array(HotSearchRecord) }).meta({ id: 'HotSearchList' });

/** 日报 / 周报 archived when their period closed (issue 11 item 2). */
/** Without `brand`, the reports over all brands; with it, that brand's (issue 15 leftovers). */
export const ArchiveQuery = z.object({ kind: z.enum(['daily', 'weekly']).optional(), brand: z.string().max(64).optional() });
export const ArchivedReport = z
  .object({ id: z.string(), kind: z.enum(['daily', 'weekly']), periodDate: z.string(), label: z.string(), generatedAt: z.string(), brand: z.string().nullable() })
  .meta({ id: 'ArchivedReport' });
export const ArchiveList = z.object({ reports: z.array(ArchivedReport) }).meta({ id: 'ArchiveList' });
