import { z } from 'zod';

// Incidents (事件, issue 11): crisis level 轻/中/重, owner, deadlines per level, checklist, links, timeline, 复盘.

export const IncidentLevel = z.enum(['mild', 'moderate', 'severe']);
export type IncidentLevel = z.infer<typeof IncidentLevel>;
const isoTime = z.iso.datetime({ offset: true });

export const IncidentDeadline = z.object({
  kind: z.string(),
  due: z.string(),
  optional: z.boolean(),
  metAt: z.string().nullable(),
});
export type IncidentDeadline = z.infer<typeof IncidentDeadline>;

/** The response plan's steps. */
export const checklistKeys = ['verify', 'assess', 'statement', 'respond', 'review'] as const;
export const IncidentChecklistItem = z.object({ key: z.enum(checklistKeys), doneAt: z.string().nullable(), doneBy: z.string().nullable() });
export type IncidentChecklistItem = z.infer<typeof IncidentChecklistItem>;
export const LinkKind = z.enum(['mention', 'capture', 'case', 'reply_version', 'alert']);

export const IncidentCreate = z
  .object({
    title: z.string().trim().min(1, '请填写标题 / title is required').max(200),
    brand: z.string().trim().min(1).max(64),
    level: IncidentLevel,
    openedAt: isoTime.optional(),
    ownerId: z.string().max(64).optional(),
    /** Open it from an alert in one click: links the alert and its top posts, detection time = the alert's hour. */
    alertId: z.string().max(64).optional(),
    mentionKeys: z.array(z.string().max(300)).max(200).optional(),
  })
  .meta({ id: 'IncidentCreate' });

/** POST /api/incidents/:id/broadcast: a 进展通报 to the notification channels, with an optional word from the PR lead. */
export const IncidentBroadcast = z
  .object({ note: z.string().trim().max(500).optional() })
  .meta({ id: 'IncidentBroadcast' });
/** What became of the 进展通报 on each channel: sent now, held (quiet hours), capped, or failed (with the reason). */
export const IncidentBroadcastResult = z
  .object({
    deliveries: z.array(z.object({
      channelId: z.string(), channelName: z.string(), status: z.enum(['pending', 'sent', 'failed', 'capped', 'withdrawn']),
      heldFor: z.string().nullable(), dueAt: z.string(), lastError: z.string().nullable(),
    })),
  })
  .meta({ id: 'IncidentBroadcastResult' });
export type IncidentBroadcastResult = z.infer<typeof IncidentBroadcastResult>;
export const IncidentPatch = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    level: IncidentLevel.optional(),
    ownerId: z.string().max(64).nullable().optional(),
    status: z.enum(['open', 'closed']).optional(),
    /** 复盘 notes; required to close. */
    review: z.string().max(20_000).optional(),
    checklist: z.partialRecord(z.enum(checklistKeys), z.boolean()).optional(),
    /** Mark a deadline met (now, or at `at`). */
    deadlineMet: z.object({ kind: z.string().max(32), at: isoTime.optional() }).optional(),
    link: z.object({ kind: LinkKind, ref: z.string().min(1).max(300) }).optional(),
    /** Take a link off (linked by mistake, or an alert that turned out to be another story); logged with its words. */
    unlink: z.object({ kind: LinkKind, ref: z.string().min(1).max(300) }).optional(),
    note: z.string().trim().min(1).max(5000).optional(),
  })
  .meta({ id: 'IncidentPatch' });

/**
 * What a link is, for a person: the post's text, platform, level and address (http(s) only); the alert's sentence; the
 * capture's title; the case's number and title; the reply version's title. Absent when the linked row is gone.
 */
export const IncidentLinkDetail = z.object({
  text: z.string(), textEn: z.string().optional(), platform: z.string().optional(), level: z.string().optional(),
  rule: z.string().optional(), at: z.string().optional(), url: z.string().optional(),
  /** The risk category of a post, or the one a 风险类别突增 alert is about (ranks the 临时声明 choices). */
  category: z.string().optional(),
});
export type IncidentLinkDetail = z.infer<typeof IncidentLinkDetail>;

export const IncidentRecord = z
  .object({
    id: z.string(), brand: z.string(), title: z.string(), level: IncidentLevel, status: z.enum(['open', 'closed']),
    ownerId: z.string().nullable(), ownerName: z.string().nullable(), openedAt: z.string(), detectedAt: z.string().nullable(),
    deadlines: z.array(IncidentDeadline.extend({ state: z.enum(['met', 'missed', 'pending', 'overdue']) })),
    checklist: z.array(IncidentChecklistItem), review: z.string().nullable(), closedAt: z.string().nullable(),
    links: z.array(z.object({ kind: LinkKind, ref: z.string(), linkedAt: z.string(), detail: IncidentLinkDetail.optional() })),
    timeline: z.array(z.object({ at: z.string(), actorId: z.string().nullable(), type: z.string(), detail: z.record(z.string(), z.unknown()) })),
    /** The approved holding statement, when a reply version is linked. */
    holdingStatement: z.string().nullable(),
  })
  .meta({ id: 'Incident' });
export type IncidentRecord = z.infer<typeof IncidentRecord>;
/** Who can own an incident (负责人): active PR leads and admins. */
export const IncidentOwners = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['pr_lead', 'admin']) })) })
  .meta({ id: 'IncidentOwners' });
export type IncidentOwners = z.infer<typeof IncidentOwners>;
export const IncidentQuery = z.object({ status: z.enum(['open', 'closed']).optional(), brand: z.string().max(64).optional() });
export const IncidentList = z.object({ incidents: z.array(IncidentRecord.omit({ timeline: true })) }).meta({ id: 'IncidentList' });
