import type { ReplyEffectiveStatus, ReplyTransition, ReplyVersion } from '@vigil/shared/schemas/reply';
import type { replyTransitions } from '../db/schema/reply-transitions.ts';
import type { replyVersions } from '../db/schema/reply-versions.ts';

export type VersionRow = typeof replyVersions.$inferSelect;
export type TransitionRow = typeof replyTransitions.$inferSelect;

/** Who is acting: the signed-in user, or the user named by a CLI flag. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: string;
}

/** A version's content as every reader gets it: the workspace, the served set and `replies export`. */
export const contentOf = (v: VersionRow) => ({
  title: v.title,
  body: v.body,
  triggers: v.triggers,
  limits: v.limits,
  tone: v.tone,
  expiresAt: v.expiresAt,
  admitsLiability: v.admitsLiability,
});

/** `expired` is computed from the clock, so a reply stops being served the moment it expires, with no job to run. */
export function effectiveStatus(v: Pick<VersionRow, 'status' | 'expiresAt'>, now: Date): ReplyEffectiveStatus {
  if (v.status === 'approved' && v.expiresAt !== null && v.expiresAt <= now.toISOString()) return 'expired';
  return v.status;
}

export function versionDto(v: VersionRow, brand: string, now: Date): ReplyVersion {
  return {
    id: v.id,
    replyId: v.replyId,
    version: v.version,
    brand,
    ...contentOf(v),
    owner: v.owner,
    status: v.status,
    effectiveStatus: effectiveStatus(v, now),
    legalSignedOffBy: v.legalSignedOffBy,
    legalSignedOffAt: v.legalSignedOffAt,
    approvedAt: v.approvedAt,
    retiredAt: v.retiredAt,
    createdAt: v.createdAt,
    createdBy: v.createdByName,
  };
}

export function transitionDto(t: TransitionRow): ReplyTransition {
  return {
    id: t.id,
    version: t.version,
    action: t.action,
    from: t.fromStatus,
    to: t.toStatus,
    actorName: t.actorName,
    actorEmail: t.actorEmail,
    note: t.note,
    at: t.at,
  };
}
