import { z } from 'zod';
import { beijingDayStart, isCalendarDay } from '../i18n/beijing-time.ts';
import { RiskCategory } from './rules.ts';

// Approved unified replies (统一口径, issue 5): the library the PR lead maintains, the approved set the extension
// syncs, and the use log legal reads. Content lives in immutable versions; only a version's state moves.

/** Platforms a reply can be written for; `platformOf()` in replies/platform.ts maps a unit's platform onto these. */
export const replyPlatforms = ['weibo', 'douyin', 'xiaohongshu', 'kuaishou', 'bilibili', 'zhihu', 'news'] as const;
export const ReplyPlatform = z.enum(replyPlatforms);
export type ReplyPlatform = z.infer<typeof ReplyPlatform>;

/** `none` too: a thank-you for praise triggers on units with no risk (issue 13). */
export const replyLevels = ['none', 'mild', 'moderate', 'severe'] as const;
export const ReplyLevel = z.enum(replyLevels);

export const replyTones = ['soothing', 'apology', 'clarify', 'thanks', 'formal'] as const;
export const ReplyTone = z.enum(replyTones);
export type ReplyTone = z.infer<typeof ReplyTone>;

export const replyStatuses = ['draft', 'in_review', 'approved', 'retired'] as const;
export const ReplyStatus = z.enum(replyStatuses);
export type ReplyStatus = z.infer<typeof ReplyStatus>;
/** What a reader sees: `expired` is an approved version past its expiry date (computed, never stored). */
export const ReplyEffectiveStatus = z.enum([...replyStatuses, 'expired']);
export type ReplyEffectiveStatus = z.infer<typeof ReplyEffectiveStatus>;

const Keyword = z.string().trim().min(1, '关键词不能为空 / keyword must not be empty').max(32, '关键词过长 / keyword too long');

export const ReplyTriggers = z
  .object({
    categories: z.array(RiskCategory).max(7).default([]),
    levels: z.array(ReplyLevel).max(4).default([]),
    keywords: z.array(Keyword).max(50).default([]),
    platforms: z.array(ReplyPlatform).max(replyPlatforms.length).default([]),
  })
  .meta({ id: 'ReplyTriggers' });
export type ReplyTriggers = z.infer<typeof ReplyTriggers>;

/** Per-platform length limits overriding the defaults of replies/length.ts; null means "no limit". */
export const ReplyLimits = z
  .object({
    weibo: z.number().int().min(1).max(10_000).nullable().optional(),
    douyin: z.number().int().min(1).max(10_000).nullable().optional(),
    xiaohongshu: z.number().int().min(1).max(10_000).nullable().optional(),
    kuaishou: z.number().int().min(1).max(10_000).nullable().optional(),
    bilibili: z.number().int().min(1).max(10_000).nullable().optional(),
    zhihu: z.number().int().min(1).max(10_000).nullable().optional(),
    news: z.number().int().min(1).max(10_000).nullable().optional(),
  })
  .meta({ id: 'ReplyLimits' });
export type ReplyLimits = z.infer<typeof ReplyLimits>;

/** `质量::异味::安抚`: one to five non-empty segments. */
export const ReplyTitle = z
  .string()
  .trim()
  .min(1, '标题不能为空 / title is required')
  .max(120, '标题过长（最多 120 字）/ title too long')
  .refine(
    (t) => t.split('::').length <= 5 && t.split('::').every((s) => s.trim().length > 0),
    '标题分类路径格式为「类别::子类::名称」，每段不能为空 / title path is "a::b::c" with non-empty parts',
  );

const brandName = z.string().trim().min(1, '品牌不能为空 / brand is required').max(64, '品牌名过长 / brand too long');

/** A date `2026-12-31` (end of that day, Asia/Shanghai) or a full ISO 8601 time; stored as UTC ISO. */
export const ReplyExpiry = z
  .string()
  .trim()
  .refine((s) => normalizeExpiry(s) !== null, '过期时间格式应为 YYYY-MM-DD 或 ISO 8601 / expiresAt must be a date or ISO time')
  .transform((s) => normalizeExpiry(s)!);

export function normalizeExpiry(s: string): string | null {
  // A date means the end of that day in Beijing = the next day's 00:00 +08:00; 2026-02-30 is refused, not moved to March.
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isCalendarDay(s) ? beijingDayStart(s, 1) : null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The editable content of one version. */
export const ReplyContent = z
  .object({
    title: ReplyTitle,
    body: z.string().trim().min(1, '正文不能为空 / body is required').max(5000, '正文过长（最多 5000 字）/ body too long'),
    triggers: ReplyTriggers.default({ categories: [], levels: [], keywords: [], platforms: [] }),
    limits: ReplyLimits.default({}),
    tone: ReplyTone.default('soothing'),
    expiresAt: ReplyExpiry.nullable().optional(),
    /** Email of the person answerable for this reply; defaults to its author. */
    owner: z.string().trim().toLowerCase().email('负责人须为邮箱 / owner must be an email').nullable().optional(),
    /** The reply admits liability (promises compensation, accepts fault): suggested only on a matching category and keyword (issue 13). */
    admitsLiability: z.boolean().default(false),
  })
  .meta({ id: 'ReplyContent' });
export type ReplyContent = z.output<typeof ReplyContent>;
export type ReplyContentInput = z.input<typeof ReplyContent>;

export const ReplyCreate = ReplyContent.extend({ brand: brandName }).meta({ id: 'ReplyCreate' });
export type ReplyCreate = z.output<typeof ReplyCreate>;

export const ReplyVersion = z
  .object({
    id: z.string(),
    replyId: z.string(),
    version: z.number().int(),
    brand: z.string(),
    title: z.string(),
    body: z.string(),
    triggers: ReplyTriggers,
    limits: ReplyLimits,
    tone: ReplyTone,
    expiresAt: z.string().nullable(),
    owner: z.string().nullable(),
    admitsLiability: z.boolean(),
    status: ReplyStatus,
    effectiveStatus: ReplyEffectiveStatus,
    legalSignedOffBy: z.string().nullable(),
    legalSignedOffAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string().describe('name of the author'),
  })
  .meta({ id: 'ReplyVersion' });
export type ReplyVersion = z.infer<typeof ReplyVersion>;

export const replyActions = ['create', 'submit', 'legal_signoff', 'approve', 'reject', 'retire'] as const;
export const ReplyTransition = z
  .object({
    id: z.string(),
    version: z.number().int(),
    action: z.enum(replyActions),
    from: ReplyStatus.nullable(),
    to: ReplyStatus,
    actorName: z.string(),
    actorEmail: z.string(),
    note: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'ReplyTransition' });
export type ReplyTransition = z.infer<typeof ReplyTransition>;

/** One library row: the newest version, and which version (if any) staff are served. */
export const ReplySummary = z
  .object({
    id: z.string(),
    brand: z.string(),
    latest: ReplyVersion,
    servedVersion: z.number().int().nullable(),
    useCount: z.number().int(),
  })
  .meta({ id: 'ReplySummary' });
export type ReplySummary = z.infer<typeof ReplySummary>;

export const ReplyDetail = z
  .object({
    id: z.string(),
    brand: z.string(),
    requireLegalSignoff: z.boolean(),
    requireFourEyes: z.boolean().describe('the approver must not be the author of the version'),
    versions: z.array(ReplyVersion).describe('newest first'),
    transitions: z.array(ReplyTransition).describe('oldest first'),
  })
  .meta({ id: 'ReplyDetail' });
export type ReplyDetail = z.infer<typeof ReplyDetail>;

export const ReplyNote = z
  .object({ note: z.string().trim().max(1000, '备注过长 / note too long').optional() })
  .meta({ id: 'ReplyNote' });

export const ReplyListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  brand: z.string().trim().max(64).optional(),
  status: ReplyEffectiveStatus.optional(),
  category: RiskCategory.optional(),
  platform: ReplyPlatform.optional(),
  tone: ReplyTone.optional(),
});

/** What staff and the extension get: one approved, unexpired version per reply. */
export const ApprovedReply = z
  .object({
    id: z.string().describe('reply id'),
    versionId: z.string(),
    version: z.number().int(),
    brand: z.string(),
    title: z.string(),
    body: z.string(),
    triggers: ReplyTriggers,
    limits: ReplyLimits,
    tone: ReplyTone,
    expiresAt: z.string().nullable(),
    /** Always sent by the API; optional so replies cached by an older extension still parse (absent = false). */
    admitsLiability: z.boolean().optional(),
  })
  .meta({ id: 'ApprovedReply' });
export type ApprovedReply = z.infer<typeof ApprovedReply>;

export const ApprovedReplySet = z
  .object({ etag: z.string(), generatedAt: z.string(), replies: z.array(ApprovedReply) })
  .meta({ id: 'ApprovedReplySet' });
export type ApprovedReplySet = z.infer<typeof ApprovedReplySet>;

export const BrandReplySetting = z
  .object({
    brand: brandName,
    requireLegalSignoff: z.boolean(),
    /** Four eyes (issue 13): the approver of a version must not be its author. On unless a PR lead turns it off. */
    requireFourEyes: z.boolean(),
  })
  .meta({ id: 'BrandReplySetting' });
export type BrandReplySetting = z.infer<typeof BrandReplySetting>;
