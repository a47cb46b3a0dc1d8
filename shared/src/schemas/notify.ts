import { z } from 'zod';

// Notification channels (issue 11): 企业微信 / 钉钉 / 飞书 group robots and a generic JSON webhook.

export const NotifyKind = z.enum(['wecom', 'dingtalk', 'feishu', 'webhook']);
export type NotifyKind = z.infer<typeof NotifyKind>;
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 HH:MM / time must be HH:MM');
export const QuietHours = z.object({
  /** Beijing time; the window may cross midnight (22:00–08:00). */
  start: hhmm,
  end: hhmm,
  /** This level and above is delivered even in quiet hours. */
  breakthrough: z.enum(['moderate', 'severe']).default('severe'),
});
export type QuietHours = z.infer<typeof QuietHours>;

/**
 * What a channel receives: 预警 (spike and 热搜 alerts, staff 上报), 事件 (deadline reminders, 进展通报), 律师函 (a letter's days
 * running out) and 站点适配 (an adapter stopped matching). A legal team's group takes 律师函 only; a PR group the rest.
 */
export const NotifyTopic = z.enum(['alerts', 'incidents', 'legal', 'adapters']);
export type NotifyTopic = z.infer<typeof NotifyTopic>;
export const allTopics: readonly NotifyTopic[] = NotifyTopic.options;
const Topics = z.array(NotifyTopic).min(1, '至少选择一类接收内容 / choose at least one topic').max(4).transform((t) => [...new Set(t)]);

export const ChannelCreate = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    kind: NotifyKind,
    url: z.url({ protocol: /^https?$/, error: '须为 http(s) 地址 / url must be http(s)' }).max(2000),
    secret: z.string().min(1).max(500).optional(),
    minLevel: z.enum(['mild', 'moderate', 'severe']),
    quietHours: QuietHours.optional(),
    capPerHour: z.number().int().min(1).max(1000).default(6),
    brand: z.string().max(64).optional(),
    /** Default: every topic, as channels received before topics existed. */
    topics: Topics.optional(),
  })
  .meta({ id: 'ChannelCreate' });

/** Editing a channel: only what is sent changes; `null` clears the quiet hours, the brand or the secret. */
export const ChannelUpdate = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    url: z.url({ protocol: /^https?$/, error: '须为 http(s) 地址 / url must be http(s)' }).max(2000).optional(),
    secret: z.string().min(1).max(500).nullable().optional(),
    minLevel: z.enum(['mild', 'moderate', 'severe']).optional(),
    quietHours: QuietHours.nullable().optional(),
    capPerHour: z.number().int().min(1).max(1000).optional(),
    brand: z.string().max(64).nullable().optional(),
    topics: Topics.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), '没有要修改的内容 / nothing to change')
  .meta({ id: 'ChannelUpdate' });

export const ChannelRecord = z
  .object({
    id: z.string(), name: z.string(), kind: NotifyKind, urlHint: z.string(), hasSecret: z.boolean(),
    minLevel: z.enum(['mild', 'moderate', 'severe']), quietHours: QuietHours.nullable(), capPerHour: z.number(),
    brand: z.string().nullable(), topics: z.array(NotifyTopic), enabled: z.boolean(), createdAt: z.string(),
  })
  .meta({ id: 'Channel' });
export const ChannelList = z.object({ channels: z.array(ChannelRecord) }).meta({ id: 'ChannelList' });
export const DeliveryRecord = z
  .object({
    id: z.string(), channelId: z.string(), subject: z.string(), rule: z.string(), level: z.string(), title: z.string(),
    status: z.enum(['pending', 'sent', 'failed', 'capped', 'withdrawn']), dueAt: z.string(), heldFor: z.string().nullable(),
    attempts: z.number(), lastError: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable(),
  })
  .meta({ id: 'Delivery' });
export const DeliveryList = z.object({ deliveries: z.array(DeliveryRecord) }).meta({ id: 'DeliveryList' });
