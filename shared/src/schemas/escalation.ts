import { z } from 'zod';
import { MentionLevel } from './mention.ts';

// 上报 (issues 11 item 7 and 13 item 1): staff send a flagged unit to the PR lead in one click from the side panel,
// e.g. when no approved reply fits (无合适口径). The escalation carries what the PR lead needs to judge it without
// the page (the unit's text, author, link, level, reasons), because the mention itself may still be in an outbox.

export const EscalationReason = z.enum(['risk', 'no_reply']);

export const EscalationCreate = z
  .object({
    /** The unit's key (the mention key of POST /api/mentions). */
    key: z.string().trim().min(1, '缺少内容标识 / key is required').max(300),
    brand: z.string().trim().min(1, '缺少品牌 / brand is required').max(64),
    /** The level the panel shows (a person's correction wins over the engine's). */
    level: MentionLevel,
    platform: z.string().trim().min(1).max(32),
    permalink: z.string().trim().max(2000).optional(),
    /** The page the unit was seen on. */
    url: z.string().trim().max(2000).optional(),
    author: z.string().trim().max(200).optional(),
    text: z.string().max(2000),
    reasons: z.array(z.string().max(200)).max(20).default([]),
    /** risk: a flagged unit; no_reply: the panel found no approved reply that fits (无合适口径). */
    reason: EscalationReason.default('risk'),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'EscalationCreate' });
export type EscalationCreate = z.input<typeof EscalationCreate>;

export const EscalationStatus = z.enum(['open', 'incident', 'dismissed']);

export const EscalationRecord = z
  .object({
    id: z.string(),
    key: z.string(),
    brand: z.string(),
    level: MentionLevel,
    platform: z.string(),
    permalink: z.string().nullable(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    text: z.string(),
    reasons: z.array(z.string()),
    reason: EscalationReason,
    note: z.string().nullable(),
    /** open: waiting for the PR lead; incident: an incident was opened from it or it was linked to one. */
    status: EscalationStatus,
    incidentId: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    createdByName: z.string().nullable(),
    handledAt: z.string().nullable(),
    handledBy: z.string().nullable(),
  })
  .meta({ id: 'Escalation' });
export type EscalationRecord = z.infer<typeof EscalationRecord>;

export const EscalationQuery = z.object({
  status: EscalationStatus.optional(),
  brand: z.string().max(64).optional(),
});
export const EscalationList = z.object({ escalations: z.array(EscalationRecord) }).meta({ id: 'EscalationList' });

/** The PR lead dismisses an escalation (with a reason) or links it to an incident already open. */
export const EscalationPatch = z
  .object({
    status: z.literal('dismissed').optional(),
    incidentId: z.string().min(1).max(64).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((p) => (p.status !== undefined) !== (p.incidentId !== undefined), '须给出 status=dismissed 或 incidentId 之一 / give status=dismissed or an incidentId')
  .meta({ id: 'EscalationPatch' });

/** 一键立案 from an escalation: the title and level default to the unit's. */
export const EscalationToIncident = z
  .object({ title: z.string().trim().min(1).max(200).optional(), level: z.enum(['mild', 'moderate', 'severe']).optional() })
  .meta({ id: 'EscalationToIncident' });
