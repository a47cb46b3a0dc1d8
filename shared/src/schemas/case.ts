import { z } from 'zod';
import { CaptureSummary } from './capture.ts';

/**
 * 案件 (issue 10): legal group the captures of one dispute, review each one, keep append-only notes, track whether
 * the posts came down, and export a case package. Shared by the API and the review workspace.
 */

/** 立案 → 已发函 → 已解决 (已删除/已和解) | 诉讼 | 结案; see CASE_TRANSITIONS. */
export const CaseStatus = z.enum(['open', 'letter_sent', 'resolved', 'litigation', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Which moves the status machine allows (resolved and closed cases may be re-opened when a post comes back). */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['letter_sent', 'resolved', 'litigation', 'closed'],
  letter_sent: ['resolved', 'litigation', 'closed'],
  litigation: ['resolved', 'closed'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

export const Resolution = z.enum(['deleted', 'settled']).describe('for `resolved`: 已删除 (the post came down) or 已和解');
export const ReviewDecision = z.enum(['pending', 'adopted', 'rejected']);
export type ReviewDecision = z.infer<typeof ReviewDecision>;
export const PageStatus = z.enum(['online', 'deleted', 'blocked']);
export type PageStatus = z.infer<typeof PageStatus>;

const httpUrl = z.string().trim().max(2000).regex(/^https?:\/\/\S+$/i, 'http(s) URL');

export const Counterparty = z
  .object({
    platform: z.string().trim().min(1).max(40).describe('weibo, douyin, wechat, news…'),
    name: z.string().trim().min(1).max(200).describe('display name (昵称)'),
    uid: z.string().trim().max(100).optional(),
    url: httpUrl.optional().describe('profile URL (主页)'),
    entity: z.string().trim().max(200).optional().describe('legal entity, full name (公司全称), if known'),
  })
  .meta({ id: 'Counterparty' });
export type Counterparty = z.infer<typeof Counterparty>;

export const CaseCreate = z
  .object({
    title: z.string().trim().min(1).max(200),
    brand: z.string().trim().min(1).max(100).optional(),
    counterparty: Counterparty,
    assigneeId: z.string().min(1).max(64).optional(),
  })
  .meta({ id: 'CaseCreate' });

export const CasePatch = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    assigneeId: z.string().min(1).max(64).nullable().optional(),
    status: CaseStatus.optional(),
    resolution: Resolution.optional(),
    /** The capture the change rests on (e.g. the re-check that shows the post deleted). */
    evidenceCaptureId: z.string().min(1).max(64).optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((p) => Object.keys(p).some((k) => k !== 'reason'), { message: 'nothing to change' })
  .meta({ id: 'CasePatch' });

const Person = z.object({ id: z.string(), name: z.string().nullable() });

/**
 * The case's latest 律师函 and its reply deadline (要求与期限): drafted (not yet marked 已发函), running from the
 * move to 已发函 for its days, overdue while the case still waits at 已发函 past it, or closed once the case moved on.
 */
export const CaseLetter = z
  .object({
    number: z.string().describe('the letter number printed on it, e.g. AJ-2026-0007-律函'),
    draftedAt: z.string(),
    deadlineDays: z.number().int(),
    sentAt: z.string().nullable().describe('when the case moved to 已发函 after this draft'),
    due: z.string().nullable().describe('sentAt + deadlineDays'),
    state: z.enum(['drafted', 'running', 'overdue', 'closed']),
  })
  .meta({ id: 'CaseLetter' });
export type CaseLetter = z.infer<typeof CaseLetter>;

export const CaseSummary = z
  .object({
    id: z.string(),
    number: z.string().describe('案件编号, e.g. AJ-2026-0007'),
    title: z.string(),
    brand: z.string().nullable(),
    counterparty: Counterparty,
    status: CaseStatus,
    resolution: Resolution.nullable(),
    assignee: Person.nullable(),
    createdBy: Person,
    createdAt: z.string(),
    updatedAt: z.string(),
    counts: z.object({ captures: z.number().int(), pending: z.number().int(), adopted: z.number().int(), rejected: z.number().int() }),
    letter: CaseLetter.nullable(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseList = z.object({ items: z.array(CaseSummary), total: z.number().int() }).meta({ id: 'CaseList' });

/** Who may take a case (承办人): active legal and admin users, by name. */
export const CaseAssignees = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['legal', 'admin']) })) })
  .meta({ id: 'CaseAssignees' });
export type CaseAssignees = z.infer<typeof CaseAssignees>;

export const CaseListQuery = z.object({
  status: CaseStatus.optional(),
  brand: z.string().max(100).optional(),
  assigneeId: z.string().max(64).optional().describe('a user id, or `none` for cases nobody has taken (未指派)'),
  q: z.string().trim().min(1).max(200).optional().describe('substring of title, number, counterparty name, UID or entity'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const Review = z.object({ decision: ReviewDecision, reason: z.string().nullable(), by: Person.nullable(), at: z.string().nullable(), logIndex: z.number().int().nullable() });

export const CaseCapture = z
  .object({ capture: CaptureSummary, reason: z.string().nullable(), addedBy: Person, addedAt: z.string(), review: Review })
  .meta({ id: 'CaseCapture' });
export type CaseCapture = z.infer<typeof CaseCapture>;

export const CaseNote = z.object({ id: z.string(), text: z.string(), author: Person, at: z.string(), logIndex: z.number().int() }).meta({ id: 'CaseNote' });
export type CaseNote = z.infer<typeof CaseNote>;

export const TimelineKind = z.enum(['created', 'updated', 'status', 'capture_added', 'capture_removed', 'review', 'note', 'recheck', 'exported', 'letter']);
export const TimelineEvent = z
  .object({
    id: z.number().int(),
    at: z.string(),
    kind: TimelineKind,
    actor: Person,
    captureId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    logIndex: z.number().int().nullable().describe('its entry in the evidence log, when it is a custody event'),
  })
  .meta({ id: 'CaseTimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** A link the case tracks for takedown (复查): every captured post, with the latest re-check of it. */
export const TrackedLink = z
  .object({
    url: z.string(),
    captureIds: z.array(z.string()),
    status: z.enum(['unchecked', 'online', 'deleted', 'blocked']),
    message: z.string().nullable(),
    checkedAt: z.string().nullable(),
    recheckCaptureId: z.string().nullable(),
  })
  .meta({ id: 'CaseTrackedLink' });
export type TrackedLink = z.infer<typeof TrackedLink>;

export const CaseDetail = CaseSummary.extend({
  captures: z.array(CaseCapture),
  notes: z.array(CaseNote),
  timeline: z.array(TimelineEvent),
  links: z.array(TrackedLink),
}).meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseCaptureAdd = z.object({ captureId: z.string().min(1).max(64), reason: z.string().trim().min(1).max(2000).optional() }).meta({ id: 'CaseCaptureAdd' });
export const CaseCaptureRemoveQuery = z.object({ reason: z.string().trim().min(1).max(2000).optional() });
export const ReviewInput = z
  .object({ decision: ReviewDecision, reason: z.string().trim().min(1).max(2000).optional() })
  .meta({ id: 'ReviewInput' });
export const NoteInput = z.object({ text: z.string().trim().min(1).max(10_000) }).meta({ id: 'CaseNoteInput' });

/**
 * What a re-check capture (复查) carries in its signed manifest's `notes.recheck`: the page status the extension's
 * site adapter recognised when the link was opened from the case page.
 */
export const RecheckNote = z.object({
  caseId: z.string().min(1).max(64),
  url: z.string().min(1).max(4000),
  status: PageStatus,
  message: z.string().max(500).optional(),
});
export type RecheckNote = z.infer<typeof RecheckNote>;
