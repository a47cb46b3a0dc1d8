import { z } from 'zod';

// Flagged mentions for reports (issue 4). The extension sends only units that mention a brand — never the
// browsing history — in batches, deduplicated by unit key: a resent or re-seen unit updates the one row (its reach
// grows), it is never counted twice. Staff correct a unit's level, or mark it "not about us", in one click.

const isoTime = z.iso.datetime({ offset: true });
export const MentionLevel = z.enum(['none', 'mild', 'moderate', 'severe']);
const count = z.number().int().min(0).optional();

export const MentionReport = z
  .object({
    key: z.string().trim().min(1, '缺少内容标识 / key is required').max(300),
    platform: z.string().trim().min(1).max(32),
    kind: z.string().trim().min(1).max(16),
    /** The page the unit was seen on. */
    url: z.string().trim().max(2000),
    text: z.string().max(20_000),
    author: z.string().max(200).optional(),
    permalink: z.string().max(2000).optional(),
    publishedAt: isoTime.optional(),
    counts: z.object({ reposts: count, comments: count, likes: count, views: count, collects: count, shares: count }).optional(),
    brand: z.string().trim().min(1).max(64),
    level: MentionLevel,
    sentiment: z.object({ label: z.enum(['negative', 'neutral', 'positive']), score: z.number().min(0).max(1) }),
    reasons: z.array(z.string().max(200)).max(50).default([]),
    /** The aliases or people as written in the rule pack. */
    terms: z.array(z.string().max(64)).max(50).default([]),
    seenAt: isoTime,
  })
  .meta({ id: 'MentionReport' });
export type MentionReport = z.input<typeof MentionReport>;

export const MentionBatch = z
  .object({ mentions: z.array(MentionReport).min(1, '至少一条 / at least one').max(200, '每批最多 200 条 / at most 200 per batch') })
  .meta({ id: 'MentionBatch' });

export const MentionBatchResult = z
  .object({
    accepted: z.array(z.string()).describe('unit keys stored for the first time'),
    updated: z.array(z.string()).describe('unit keys already stored, now with the newer reach and level'),
  })
  .meta({ id: 'MentionBatchResult' });
export type MentionBatchResult = z.infer<typeof MentionBatchResult>;

export const MentionCorrection = z
  .object({
    key: z.string().trim().min(1).max(300),
    level: MentionLevel.optional(),
    notAboutUs: z.boolean().optional(),
  })
  .refine((c) => c.level !== undefined || c.notAboutUs !== undefined, '须给出级别或“与我们无关” / give a level or notAboutUs')
  .meta({ id: 'MentionCorrection' });

export const MentionRecord = z
  .object({
    key: z.string(),
    platform: z.string(),
    kind: z.string(),
    url: z.string(),
    text: z.string(),
    author: z.string().nullable(),
    permalink: z.string().nullable(),
    publishedAt: z.string().nullable(),
    counts: z.object({ reposts: count, comments: count, likes: count, views: count, collects: count, shares: count }).nullable(),
    brand: z.string(),
    /** What the engine said. */
    level: MentionLevel,
    /** What a person said, when corrected; reports use it over `level`. */
    correctedLevel: MentionLevel.nullable(),
    notAboutUs: z.boolean(),
    sentiment: z.object({ label: z.enum(['negative', 'neutral', 'positive']), score: z.number() }),
    reasons: z.array(z.string()),
    terms: z.array(z.string()),
    firstSeenAt: z.string(),
    lastSeenAt: z.string(),
    reportedBy: z.string(),
    correctedBy: z.string().nullable(),
    correctedAt: z.string().nullable(),
  })
  .meta({ id: 'MentionRecord' });
export type MentionRecord = z.infer<typeof MentionRecord>;

export const MentionQuery = z.object({
  brand: z.string().max(64).optional(),
  level: MentionLevel.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const MentionList = z.object({ mentions: z.array(MentionRecord) }).meta({ id: 'MentionList' });
