import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CaseDetail, CaseStatus } from '@vigil/shared/schemas/case';
import { CASE_TRANSITIONS } from '@vigil/shared/schemas/case';
import { formatTime } from '../../i18n.ts';
import { onLinkClick } from '../../router.ts';
import { platformName } from '../captures/capture-list.tsx';
import { CaseCaptures } from './case-captures.tsx';
import { CaseTrail } from './case-trail.tsx';
import { LetterDue } from './letter-due.tsx';
import { LetterForm } from './letter-form.tsx';
import type { CasesModel, Job } from './model.ts';
import { kt, ktOr } from './text.ts';

const External = ({ href }: { href: string }) => (/^https?:\/\//i.test(href) ? <a href={href} target="_blank" rel="noopener noreferrer">{href}</a> : <span>{href}</span>);

/** 承办人: those who work cases give it to someone (or take it themselves); the timeline records who and when. */
function Assignee({ model, d, canWrite, meId }: { model: CasesModel; d: CaseDetail; canWrite: boolean; meId: string }) {
  useEffect(() => void (canWrite && model.loadAssignees()), [model, canWrite]);
  const current = d.assignee?.id ?? '';
  if (!canWrite) return <span data-testid="case-assignee">{d.assignee?.name ?? '—'}</span>;
  const people = model.assignees.value;
  const known = people.some((p) => p.id === current);
  const label = (p: { id: string; name: string }) => (p.id === meId ? kt('you', { name: p.name }) : p.name);
  return (
    <span class="assignee">
      <select
        data-testid="case-assignee-select"
        aria-label={kt('assignTo')}
        value={current}
        disabled={model.busy.value}
        onChange={(e) => void model.update(d.id, { assigneeId: e.currentTarget.value || null })}
      >
        <option value="">{kt('unassigned')}</option>
        {!known && current && <option value={current}>{d.assignee?.name ?? current}</option>}
        {people.map((p) => <option key={p.id} value={p.id}>{label(p)}</option>)}
      </select>
      {current !== meId && (
        <button type="button" class="link" data-testid="case-take" disabled={model.busy.value} onClick={() => void model.update(d.id, { assigneeId: meId })}>{kt('takeIt')}</button>
      )}
    </span>
  );
}

/** The case's name, renamed in place by those who work it. */
function Title({ model, d, canWrite }: { model: CasesModel; d: CaseDetail; canWrite: boolean }) {
  const editing = useSignal<string | null>(null);
  if (editing.value === null) {
    return (
      <h3 class="case-title">
        <span data-testid="case-heading">{d.title}</span>
        {canWrite && <button type="button" class="link small" data-testid="case-rename" onClick={() => (editing.value = d.title)}>{kt('rename')}</button>}
      </h3>
    );
  }
  const save = async (e: Event) => {
    e.preventDefault();
    const title = editing.value?.trim() ?? '';
    if (!title || title === d.title) return void (editing.value = null);
    if (await model.update(d.id, { title })) editing.value = null;
  };
  return (
    <form class="bar case-title" onSubmit={(e) => void save(e)}>
      <input data-testid="case-title-input" aria-label={kt('caseTitle')} maxLength={200} value={editing.value} onInput={(e) => (editing.value = e.currentTarget.value)} />
      <button type="submit" data-testid="case-title-save" disabled={!editing.value.trim() || model.busy.value}>{kt('save')}</button>
      <button type="button" onClick={() => (editing.value = null)}>{kt('cancel')}</button>
    </form>
  );
}

function Facts({ model, d, canWrite, meId }: { model: CasesModel; d: CaseDetail; canWrite: boolean; meId: string }) {
  const cp = d.counterparty;
  return (
    <dl class="facts" data-testid="case-facts">
      <dt>{kt('number')}</dt><dd><code data-testid="case-number">{d.number}</code></dd>
      <dt>{kt('status')}</dt><dd><span class={`status s-${d.status}`} data-testid="case-status">{ktOr(`status.${d.status}`, d.status)}{d.resolution ? `（${ktOr(`resolution.${d.resolution}`, d.resolution)}）` : ''}</span></dd>
      <dt>{kt('counterparty')}</dt>
      <dd data-testid="case-counterparty">{platformName(cp.platform)} · {cp.name}{cp.uid ? ` · UID ${cp.uid}` : ''}{cp.entity ? ` · ${cp.entity}` : ''}{cp.url && <div><External href={cp.url} /></div>}</dd>
      {d.brand && (<><dt>{kt('brand')}</dt><dd>{d.brand}</dd></>)}
      <dt>{kt('assignee')}</dt><dd><Assignee model={model} d={d} canWrite={canWrite} meId={meId} /></dd>
      {d.letter && (<><dt>{kt('letterDue')}</dt><dd><LetterDue letter={d.letter} status={d.status} /></dd></>)}
      <dt>{kt('updated')}</dt><dd>{formatTime(d.updatedAt)}</dd>
    </dl>
  );
}

function StatusControl({ model, d }: { model: CasesModel; d: CaseDetail }) {
  const to = useSignal<string>('');
  const resolution = useSignal<'deleted' | 'settled'>('deleted');
  const reason = useSignal('');
  const next = CASE_TRANSITIONS[d.status];
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!to.value) return;
    const status = to.value as CaseStatus;
    if (await model.move(d.id, status, { ...(status === 'resolved' ? { resolution: resolution.value } : {}), ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) })) to.value = reason.value = '';
  };
  return (
    <form class="bar status-form" data-testid="case-move" onSubmit={(e) => void submit(e)}>
      <label>{kt('moveTo')}
        <select data-testid="case-move-to" value={to.value} onChange={(e) => (to.value = e.currentTarget.value)}>
          <option value="">—</option>
          {next.map((s) => <option key={s} value={s}>{ktOr(`status.${s}`, s)}</option>)}
        </select>
      </label>
      {to.value === 'resolved' && (
        <label>{kt('resolution')}
          <select data-testid="case-move-resolution" value={resolution.value} onChange={(e) => (resolution.value = e.currentTarget.value as 'deleted' | 'settled')}>
            <option value="deleted">{kt('resolution.deleted')}</option><option value="settled">{kt('resolution.settled')}</option>
          </select>
        </label>
      )}
      <input placeholder={kt('reasonOptional')} value={reason.value} onInput={(e) => (reason.value = e.currentTarget.value)} />
      <button type="submit" data-testid="case-move-submit" disabled={!to.value || model.busy.value}>{kt('move')}</button>
    </form>
  );
}

const JOB_LABEL: Record<Job, ['report' | 'letter' | 'package', 'reportBusy' | 'letterBusy' | 'packageBusy']> = {
  report: ['report', 'reportBusy'],
  letter: ['letter', 'letterBusy'],
  package: ['package', 'packageBusy'],
};

function Jobs({ model, d, canWrite }: { model: CasesModel; d: CaseDetail; canWrite: boolean }) {
  const running = model.job.value;
  const adoptedOnly = useSignal(false);
  const adopted = d.captures.filter((m) => m.review.decision === 'adopted').length;
  const button = (j: Job, onClick: () => void) => (
    <button type="button" class={j === 'package' ? 'primary' : ''} data-testid={`case-${j}`} disabled={running !== null} onClick={onClick}>
      {running === j ? <><span class="spinner" aria-hidden="true" />{kt(JOB_LABEL[j][1])}</> : kt(JOB_LABEL[j][0])}
    </button>
  );
  return (
    <div class="panel jobs">
      <div class="bar">
        {button('report', () => void model.download(d.id, 'report', undefined, { adoptedOnly: adoptedOnly.value }))}
        <label class="check" title={kt('adoptedOnlyHint')}>
          <input type="checkbox" data-testid="case-report-adopted" checked={adoptedOnly.value} disabled={adopted === 0} onChange={(e) => (adoptedOnly.value = e.currentTarget.checked)} />
          {kt('adoptedOnly', { n: String(adopted) })}
        </label>
        {canWrite && button('package', () => void model.download(d.id, 'package'))}
      </div>
      {canWrite && <LetterForm model={model} d={d} />}
      {running && <p class="muted" role="status" data-testid="case-job-progress">{kt(JOB_LABEL[running][1])}</p>}
      {model.jobNote.value && <p class="note" data-testid="case-job-done">{model.jobNote.value}</p>}
    </div>
  );
}

export function CaseDetailView({ model, id, canWrite, meId }: { model: CasesModel; id: string; canWrite: boolean; meId: string }) {
  useEffect(() => void model.open(id), [model, id]);
  const d = model.detail.value?.id === id ? model.detail.value : null;
  return (
    <div data-testid="case-detail">
      <a href="/cases" onClick={onLinkClick}>{kt('back')}</a>
      {model.detailError.value && <p class="error" role="alert">{model.detailError.value}</p>}
      {!d && !model.detailError.value && <p class="muted">{kt('loading')}</p>}
      {d && (
        <>
          <Title model={model} d={d} canWrite={canWrite} />
          <div class="case-top">
            <Facts model={model} d={d} canWrite={canWrite} meId={meId} />
            {canWrite && <StatusControl model={model} d={d} />}
          </div>
          <Jobs model={model} d={d} canWrite={canWrite} />
          {model.actionError.value && <p class="error" role="alert" data-testid="case-error">{model.actionError.value}</p>}
          <CaseCaptures model={model} d={d} canWrite={canWrite} />
          <CaseTrail model={model} d={d} canWrite={canWrite} />
        </>
      )}
    </div>
  );
}
