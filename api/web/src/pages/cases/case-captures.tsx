import { useSignal } from '@preact/signals';
import type { CaptureSummary } from '@vigil/shared/schemas/capture';
import type { CaseCapture, CaseDetail } from '@vigil/shared/schemas/case';
import { formatTime } from '../../i18n.ts';
import { onLinkClick } from '../../router.ts';
import { platformName } from '../captures/capture-list.tsx';
import type { CasesModel } from './model.ts';
import { kt, ktOr } from './text.ts';

function ReviewCell({ model, d, m, canWrite }: { model: CasesModel; d: CaseDetail; m: CaseCapture; canWrite: boolean }) {
  const rejecting = useSignal(false);
  const reason = useSignal('');
  const id = m.capture.id;
  return (
    <td data-testid="case-review" data-decision={m.review.decision}>
      <span class={`decision d-${m.review.decision}`}>{ktOr(`decision.${m.review.decision}`, m.review.decision)}</span>
      {m.review.reason && <div class="small">{m.review.reason}</div>}
      {m.review.by && <div class="muted small">{m.review.by.name} · {m.review.at && formatTime(m.review.at)}</div>}
      {canWrite && !rejecting.value && (
        <div class="bar small-gap">
          <button type="button" data-testid="case-adopt" disabled={model.busy.value || m.review.decision === 'adopted'} onClick={() => void model.review(d.id, id, 'adopted')}>{kt('adopt')}</button>
          <button type="button" data-testid="case-reject" disabled={model.busy.value} onClick={() => (rejecting.value = true)}>{kt('reject')}</button>
        </div>
      )}
      {canWrite && rejecting.value && (
        <form class="reject-form" onSubmit={async (e) => { e.preventDefault(); if (await model.review(d.id, id, 'rejected', reason.value.trim())) rejecting.value = false; }}>
          <input required data-testid="case-reject-reason" placeholder={kt('rejectReason')} value={reason.value} onInput={(e) => (reason.value = e.currentTarget.value)} />
          <button type="submit" class="danger" data-testid="case-reject-confirm" disabled={!reason.value.trim() || model.busy.value}>{kt('confirmReject')}</button>
        </form>
      )}
    </td>
  );
}

/**
 * How a lawyer tells captures apart: a unit capture by its post's permalink (its page may be a feed whose title is
 * only 微博), else by the page title; the captured page's URL goes below when it says something else.
 */
const nameOf = (c: CaptureSummary) => (c.kind === 'unit' && (c.permalink ?? c.unitKey)) || c.title || c.url;

function PageLine({ c }: { c: CaptureSummary }) {
  const name = nameOf(c);
  if (name === c.url) return null;
  return <div class="muted small url">{c.title && c.title !== name ? `${c.title} · ${c.url}` : c.url}</div>;
}

function AddCaptures({ model, d }: { model: CasesModel; d: CaseDetail }) {
  const reason = useSignal('');
  const inCase = new Set(d.captures.map((m) => m.capture.id));
  // A re-check capture files itself under its case (复查): offering it here would only invite a duplicate.
  const candidates = model.recent.value.filter((c) => !inCase.has(c.id) && !c.recheckCaseId);
  return (
    <details class="panel" data-testid="case-add" open>
      <summary>{kt('add')}</summary>
      <p class="muted small">{kt('addHint')}</p>
      <label class="reason">{kt('addReason')}<input data-testid="case-add-reason" placeholder={kt('reasonPlaceholder')} value={reason.value} onInput={(e) => (reason.value = e.currentTarget.value)} /></label>
      <table>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.id} data-testid="case-candidate" data-id={c.id}>
              <td class="nowrap">{formatTime(c.startedAt)}</td>
              <td>{nameOf(c)}<PageLine c={c} /></td>
              <td>{platformName(c.platform)} · {c.capturer.name}</td>
              <td><button type="button" data-testid="case-add-this" disabled={model.busy.value} onClick={() => void model.addCapture(d.id, c.id, reason.value)}>{kt('addThis')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function CaseCaptures({ model, d, canWrite }: { model: CasesModel; d: CaseDetail; canWrite: boolean }) {
  return (
    <section class="panel" data-testid="case-captures">
      <h3>{kt('captures')} <span class="muted small">{`${kt('decision.adopted')} ${d.counts.adopted} · ${kt('decision.rejected')} ${d.counts.rejected} · ${kt('decision.pending')} ${d.counts.pending}`}</span></h3>
      {!d.captures.length && <p class="muted">{kt('noCaptures')}</p>}
      {d.captures.length > 0 && (
        <table>
          <thead><tr><th>{kt('capture')}</th><th>{kt('capturedAt')}</th><th>{kt('addReason')}</th><th>{kt('review')}</th>{canWrite && <th />}</tr></thead>
          <tbody>
            {d.captures.map((m) => (
              <tr key={m.capture.id} data-testid="case-capture" data-id={m.capture.id}>
                <td>
                  <a href={`/captures/${encodeURIComponent(m.capture.id)}`} onClick={onLinkClick}>{nameOf(m.capture)}</a>
                  <PageLine c={m.capture} />
                  <div class="muted small">{platformName(m.capture.platform)} · {kt('capturer')} {m.capture.capturer.name}</div>
                  <div class="muted small hash">SHA-256 {m.capture.manifestSha256}</div>
                </td>
                <td class="nowrap">{formatTime(m.capture.startedAt)}</td>
                <td class="small">{m.reason ?? '—'}</td>
                <ReviewCell model={model} d={d} m={m} canWrite={canWrite} />
                {canWrite && <td class="nowrap"><button type="button" class="link" data-testid="case-remove" onClick={() => { const r = prompt(kt('removeReason')); if (r !== null) void model.removeCapture(d.id, m.capture.id, r); }}>{kt('remove')}</button></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && <AddCaptures model={model} d={d} />}
    </section>
  );
}
