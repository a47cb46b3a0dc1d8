import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { capturePlatforms } from '@vigil/shared/i18n/vocabulary';
import { formatTime } from '../../i18n.ts';
import { navigate, onLinkClick } from '../../router.ts';
import { platformName } from '../captures/capture-list.tsx';
import type { CaseFilters, CasesModel, NewCase } from './model.ts';
import { LetterBadge } from './letter-due.tsx';
import { kt, ktOr } from './text.ts';

const STATUSES = ['open', 'letter_sent', 'resolved', 'litigation', 'closed'];
const emptyCase: NewCase = { title: '', brand: '', counterparty: { platform: 'weibo', name: '', uid: '', url: '', entity: '' } };

function NewCaseForm({ model }: { model: CasesModel }) {
  const f = useSignal<NewCase>(emptyCase);
  const set = (k: 'title' | 'brand') => (e: { currentTarget: HTMLInputElement }) => (f.value = { ...f.value, [k]: e.currentTarget.value });
  const cp = (k: keyof NewCase['counterparty']) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
    (f.value = { ...f.value, counterparty: { ...f.value.counterparty, [k]: e.currentTarget.value } });
  const submit = async (e: Event) => {
    e.preventDefault();
    const id = await model.create(f.value);
    if (id) navigate(`/cases/${encodeURIComponent(id)}`);
  };
  return (
    <details class="panel" data-testid="case-new">
      <summary>{kt('new')}</summary>
      <form class="grid-form" onSubmit={(e) => void submit(e)}>
        <label>{kt('caseTitle')}<input required data-testid="case-title" value={f.value.title} onInput={set('title')} /></label>
        <label>{kt('brand')}<input data-testid="case-brand" value={f.value.brand} onInput={set('brand')} /></label>
        <label>{kt('cpPlatform')}
          <select data-testid="case-cp-platform" value={f.value.counterparty.platform} onChange={cp('platform')}>
            {capturePlatforms.map((p) => <option key={p} value={p}>{platformName(p)}</option>)}
          </select>
        </label>
        <label>{kt('cpName')}<input required data-testid="case-cp-name" value={f.value.counterparty.name} onInput={cp('name')} /></label>
        <label>{kt('cpUid')}<input data-testid="case-cp-uid" value={f.value.counterparty.uid} onInput={cp('uid')} /></label>
        <label>{kt('cpUrl')}<input type="url" data-testid="case-cp-url" value={f.value.counterparty.url} onInput={cp('url')} /></label>
        <label>{kt('cpEntity')}<input data-testid="case-cp-entity" value={f.value.counterparty.entity} onInput={cp('entity')} /></label>
        <div><button type="submit" class="primary" data-testid="case-create" disabled={model.busy.value}>{kt('create')}</button></div>
      </form>
      {model.actionError.value && <p class="error" role="alert">{model.actionError.value}</p>}
    </details>
  );
}

function Filters({ model, meId, canWrite }: { model: CasesModel; meId: string; canWrite: boolean }) {
  useEffect(() => void model.loadAssignees(), [model]);
  const draft = useSignal<CaseFilters>(model.filters.value);
  const set = (k: keyof CaseFilters) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => (draft.value = { ...draft.value, [k]: e.currentTarget.value });
  const brands = [...new Set(model.items.value.map((c) => c.brand).filter((b): b is string => Boolean(b)))];
  return (
    <form class="bar filters" data-testid="cases-filters" onSubmit={(e) => { e.preventDefault(); void model.loadList(draft.value); }}>
      <input type="search" placeholder={kt('search')} data-testid="cases-q" value={draft.value.q} onInput={set('q')} />
      <select data-testid="cases-status" value={draft.value.status} onChange={set('status')}>
        <option value="">{kt('allStatuses')}</option>
        {STATUSES.map((s) => <option key={s} value={s}>{ktOr(`status.${s}`, s)}</option>)}
      </select>
      <select data-testid="cases-brand" value={draft.value.brand} onChange={set('brand')}>
        <option value="">{kt('allBrands')}</option>
        {[...new Set([...brands, ...(draft.value.brand ? [draft.value.brand] : [])])].map((b) => <option key={b} value={b}>{b}</option>)}
      </select>
      <select data-testid="cases-assignee" value={draft.value.assigneeId} onChange={set('assigneeId')}>
        <option value="">{kt('anyAssignee')}</option>
        {canWrite && <option value={meId}>{kt('me')}</option>}
        <option value="none">{kt('unassigned')}</option>
        {model.assignees.value.filter((p) => p.id !== meId || !canWrite).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
      <button type="submit" data-testid="cases-apply">{kt('apply')}</button>
    </form>
  );
}

export function CaseList({ model, canWrite, meId }: { model: CasesModel; canWrite: boolean; meId: string }) {
  useEffect(() => void model.loadList(), [model]);
  const items = model.items.value;
  return (
    <div data-testid="cases-list">
      {canWrite && <NewCaseForm model={model} />}
      <Filters model={model} meId={meId} canWrite={canWrite} />
      {model.listError.value && <p class="error" role="alert">{model.listError.value}</p>}
      {model.listLoading.value && <p class="muted">{kt('loading')}</p>}
      {!model.listLoading.value && !items.length && <p class="muted" data-testid="cases-empty">{kt('empty')}</p>}
      {items.length > 0 && (
        <table>
          <thead><tr><th>{kt('number')}</th><th>{kt('caseTitle')}</th><th>{kt('counterparty')}</th><th>{kt('status')}</th><th>{kt('counts')}</th><th>{kt('assignee')}</th><th>{kt('updated')}</th></tr></thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} data-testid="case-row" data-id={c.id} data-status={c.status}>
                <td class="nowrap"><code>{c.number}</code></td>
                <td><a href={`/cases/${encodeURIComponent(c.id)}`} onClick={onLinkClick} data-testid="case-open">{c.title}</a>{c.brand && <div class="muted small">{c.brand}</div>}</td>
                <td>{platformName(c.counterparty.platform)} · {c.counterparty.name}{c.counterparty.uid && <div class="muted small">UID {c.counterparty.uid}</div>}</td>
                <td><span class={`status s-${c.status}`}>{ktOr(`status.${c.status}`, c.status)}{c.resolution ? `（${ktOr(`resolution.${c.resolution}`, c.resolution)}）` : ''}</span><LetterBadge letter={c.letter} /></td>
                <td class="nowrap">{`${c.counts.adopted} / ${c.counts.rejected} / ${c.counts.pending}`}</td>
                <td>{c.assignee?.name ?? '—'}</td>
                <td class="nowrap">{formatTime(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
