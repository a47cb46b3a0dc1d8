import { useSignal } from '@preact/signals';
import type { Role } from '@vigil/shared/schemas/common';
import type { ReplyVersion } from '@vigil/shared/schemas/reply';
import type { RepliesModel } from './model.ts';
import { rt } from './text.ts';

/**
 * The buttons a version's state and the user's role allow: pr_lead submits, approves, rejects, retires; legal signs
 * off and rejects. The API enforces the same rules; this only hides what would be refused.
 */
export function VersionActions({ model, replyId, v, role, needsLegal }: { model: RepliesModel; replyId: string; v: ReplyVersion; role: Role; needsLegal: boolean }) {
  const note = useSignal('');
  const lead = role === 'pr_lead' || role === 'admin';
  const legal = role === 'legal' || role === 'admin';
  const act = (action: Parameters<RepliesModel['act']>[2]) => void model.act(replyId, v.version, action, note.value).then((done) => done && (note.value = ''));
  const waitingForLegal = needsLegal && !v.legalSignedOffAt;
  const buttons = [
    v.status === 'draft' && lead && <button key="s" type="button" data-testid="reply-submit" onClick={() => act('submit')}>{rt('submit')}</button>,
    v.status === 'in_review' && legal && !v.legalSignedOffAt && <button key="l" type="button" data-testid="reply-signoff" onClick={() => act('legal-signoff')}>{rt('signoff')}</button>,
    v.status === 'in_review' && lead && (
      <button key="a" type="button" data-testid="reply-approve" disabled={waitingForLegal} title={waitingForLegal ? rt('requireLegal') : undefined} onClick={() => act('approve')}>{rt('approve')}</button>
    ),
    v.status === 'in_review' && (lead || legal) && <button key="r" type="button" class="danger" data-testid="reply-reject" onClick={() => act('reject')}>{rt('reject')}</button>,
    v.effectiveStatus === 'approved' && lead && <button key="t" type="button" data-testid="reply-retire" onClick={() => act('retire')}>{rt('retire')}</button>,
  ].filter(Boolean);
  if (buttons.length === 0) return v.legalSignedOffAt ? <span class="muted">{rt('signedOff')}：{v.legalSignedOffBy}</span> : null;
  return (
    <div class="actions" data-testid="reply-actions" data-version={v.version}>
      <input data-testid="reply-note" placeholder={v.status === 'in_review' ? `${rt('note')} / ${rt('rejectNote')}` : rt('note')}
        value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
      {buttons}
      {v.legalSignedOffAt && <span class="muted">{rt('signedOff')}：{v.legalSignedOffBy}</span>}
    </div>
  );
}
