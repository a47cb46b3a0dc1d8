import { randomUUID } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { ReplyStatus } from '@vigil/shared/schemas/reply';
import { replyTransitions } from '../db/schema/reply-transitions.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';
import { ApiError, errors } from '../lib/errors.ts';
import { brandSetting, findVersion, type Queryable } from './library.ts';
import { effectiveStatus, type Actor, type VersionRow } from './model.ts';

export type WorkflowAction = 'submit' | 'legal_signoff' | 'approve' | 'reject' | 'retire';

const statusName: Record<ReplyStatus, string> = { draft: '草稿', in_review: '待审核', approved: '已批准', retired: '已停用' };

/** Which state each action starts from, and where it leads (legal sign-off keeps the version in review). */
const moves: Record<WorkflowAction, { from: ReplyStatus; to: ReplyStatus; verb: string }> = {
  submit: { from: 'draft', to: 'in_review', verb: '提交审核 / submit' },
  legal_signoff: { from: 'in_review', to: 'in_review', verb: '法务会签 / sign off' },
  approve: { from: 'in_review', to: 'approved', verb: '批准 / approve' },
  reject: { from: 'in_review', to: 'draft', verb: '驳回 / reject' },
  retire: { from: 'approved', to: 'retired', verb: '停用 / retire' },
};

const wrongState = (v: VersionRow, action: WorkflowAction) =>
  errors.conflict(
    `v${v.version} 当前为「${statusName[v.status]}」，不能${moves[action].verb.split(' / ')[0]} / version ${v.version} is ${v.status}, cannot ${moves[action].verb.split(' / ')[1]}`,
    'invalid_transition',
  );

function recordTransition(q: Queryable, v: VersionRow, action: WorkflowAction, to: ReplyStatus, actor: Actor, note: string | null, at: string) {
  return q.insert(replyTransitions).values({
    id: randomUUID(),
    replyId: v.replyId,
    versionId: v.id,
    version: v.version,
    action,
    fromStatus: v.status,
    toStatus: to,
    actorId: actor.id,
    actorName: actor.name,
    actorEmail: actor.email,
    note,
    at,
  });
}

/**
 * Moves one version through draft → in_review → approved → retired (issue 5). Reject needs a note; approval needs
 * legal sign-off first when the brand asks for it, and retires the previously approved version, so staff are served
 * exactly one version per reply. Runs inside the caller's transaction.
 */
export async function applyAction(
  q: Queryable,
  replyId: string,
  version: number,
  action: WorkflowAction,
  actor: Actor,
  noteIn: string | undefined,
  now: Date,
): Promise<void> {
  const { v, brand } = await findVersion(q, replyId, version);
  const note = noteIn?.trim() ? noteIn.trim() : null;
  const at = now.toISOString();
  const move = moves[action];
  if (v.status !== move.from) throw wrongState(v, action);
  if (action === 'reject' && !note) throw errors.badRequest('驳回必须填写原因 / A rejection needs a note saying why', 'note_required');

  if (action === 'legal_signoff') {
    if (v.legalSignedOffAt) throw errors.conflict(`v${v.version} 已由 ${v.legalSignedOffBy} 会签 / already signed off`, 'already_signed_off');
    await q.update(replyVersions).set({ legalSignedOffBy: actor.name, legalSignedOffAt: at }).where(eq(replyVersions.id, v.id));
    await recordTransition(q, v, action, move.to, actor, note, at);
    return;
  }
  if (action === 'approve') {
    if (effectiveStatus({ status: 'approved', expiresAt: v.expiresAt }, now) === 'expired') {
      throw new ApiError(422, 'reply_expired', `v${v.version} 已过期（${v.expiresAt}），请修改过期时间后重新提交 / this version has expired`);
    }
    const setting = await brandSetting(q, brand);
    // Four eyes (issue 13): whoever wrote this version cannot also be the one who approves it.
    if (setting.requireFourEyes && v.createdById === actor.id) {
      throw errors.conflict(
        `v${v.version} 由你撰写，须由另一位公关负责人批准（四眼原则）/ The author of a version cannot approve it (four eyes)`,
        'four_eyes',
      );
    }
    if (!v.legalSignedOffAt && setting.requireLegalSignoff) {
      throw errors.conflict(`品牌「${brand}」的口径须先经法务会签才能批准 / Legal sign-off is required before approval`, 'legal_signoff_required');
    }
    const others = await q
      .select()
      .from(replyVersions)
      .where(and(eq(replyVersions.replyId, replyId), eq(replyVersions.status, 'approved'), ne(replyVersions.id, v.id)));
    for (const old of others) {
      await q.update(replyVersions).set({ status: 'retired', retiredAt: at }).where(eq(replyVersions.id, old.id));
      await recordTransition(q, old, 'retire', 'retired', actor, `被 v${v.version} 取代 / superseded by v${v.version}`, at);
    }
  }
  const set: Partial<VersionRow> = { status: move.to };
  if (action === 'approve') set.approvedAt = at;
  if (action === 'retire') set.retiredAt = at;
  // A rejected version needs a fresh review, legal's included.
  if (action === 'reject') Object.assign(set, { legalSignedOffBy: null, legalSignedOffAt: null });
  await q.update(replyVersions).set(set).where(eq(replyVersions.id, v.id));
  await recordTransition(q, v, action, move.to, actor, note, at);
}
