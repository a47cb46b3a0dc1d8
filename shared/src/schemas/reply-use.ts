import { z } from 'zod';

// The use log of issue 5: every copy or insert of an approved reply, so legal can see exactly what was said where.
// The extension queues uses while offline and sends them in batches; the client-made id makes a resend harmless.

export const ReplyUse = z
  .object({
    id: z.string().trim().min(8, '使用记录 id 过短 / use id too short').max(64),
    versionId: z.string().min(1).max(64),
    unitKey: z.string().trim().min(1, '缺少内容标识 / unitKey is required').max(300),
    platform: z.string().trim().min(1).max(32),
    action: z.enum(['copy', 'insert']).default('copy'),
    permalink: z.string().trim().max(2000).nullable().optional(),
    finalText: z.string().min(1, '最终文本不能为空 / finalText is required').max(10_000),
    usedAt: z.string().datetime({ offset: true, message: 'usedAt 须为 ISO 8601 时间 / usedAt must be ISO 8601' }),
  })
  .meta({ id: 'ReplyUse' });
export type ReplyUse = z.input<typeof ReplyUse>;

export const ReplyUseBatch = z
  .object({ uses: z.array(ReplyUse).min(1, '至少一条 / at least one use').max(100, '每批最多 100 条 / at most 100 per batch') })
  .meta({ id: 'ReplyUseBatch' });

export const ReplyUseResult = z
  .object({
    accepted: z.array(z.string()).describe('ids stored by this request'),
    duplicates: z.array(z.string()).describe('ids already stored earlier with the same content'),
  })
  .meta({ id: 'ReplyUseResult' });
export type ReplyUseResult = z.infer<typeof ReplyUseResult>;

export const ReplyUseRecord = z
  .object({
    id: z.string(),
    version: z.number().int(),
    unitKey: z.string(),
    platform: z.string(),
    action: z.enum(['copy', 'insert']),
    permalink: z.string().nullable(),
    finalText: z.string(),
    userName: z.string(),
    userEmail: z.string(),
    usedAt: z.string(),
  })
  .meta({ id: 'ReplyUseRecord' });
export type ReplyUseRecord = z.infer<typeof ReplyUseRecord>;

const Count = z.object({ key: z.string(), count: z.number().int() });
export const ReplyStats = z
  .object({
    replyId: z.string(),
    total: z.number().int(),
    lastUsedAt: z.string().nullable(),
    byVersion: z.array(z.object({ version: z.number().int(), count: z.number().int() })),
    byPlatform: z.array(Count),
    byUser: z.array(Count).describe('key is the user name'),
    byDay: z.array(Count).describe('key is YYYY-MM-DD in Asia/Shanghai'),
    recent: z.array(ReplyUseRecord).describe('newest first, at most 50'),
  })
  .meta({ id: 'ReplyStats' });
export type ReplyStats = z.infer<typeof ReplyStats>;

/** 422 from POST /api/replies/uses: the usual error, plus which uses can never be stored (nothing was stored). */
export const ReplyUsesRefused = z
  .object({
    error: z.object({ code: z.literal('reply_not_usable'), message: z.string() }),
    rejected: z.array(z.object({ id: z.string(), reason: z.string() })),
  })
  .meta({ id: 'ReplyUsesRefused' });
export type ReplyUsesRefused = z.infer<typeof ReplyUsesRefused>;
