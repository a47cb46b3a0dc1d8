import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { capturePlatforms, platformLabel } from '@vigil/shared/i18n/vocabulary';
import { formatTime, lang } from '../../i18n.ts';
import { onLinkClick } from '../../router.ts';
import { noFilters, PAGE_SIZE, type CaptureFilters, type CapturesModel } from './model.ts';
import { ct, formatBytes } from './text.ts';

export const platformName = (p: string | null | undefined) => (p ? platformLabel(p, lang.value) : '—');

/** `allCapturers`: the capturer filter only means something to those who see everyone's captures (not staff). */
function Filters({ model, allCapturers }: { model: CapturesModel; allCapturers: boolean }) {
  const draft = useSignal<CaptureFilters>(model.filters.value);
  const set = (k: keyof CaptureFilters) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => {
    draft.value = { ...draft.value, [k]: e.currentTarget.value };
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void model.loadList(draft.value, 0);
  };
  const clear = () => {
    draft.value = noFilters;
    void model.loadList(noFilters, 0);
  };
  const f = draft.value;
  return (
    <form class="inline filters" onSubmit={submit} data-testid="captures-filters">
      <label>{ct('search')}<input type="search" data-testid="captures-search" maxLength={200} value={f.q} onInput={set('q')} /></label>
      <label>
        {ct('platform')}
        <select data-testid="captures-platform" value={f.platform} onChange={set('platform')}>
          <option value="">{ct('allPlatforms')}</option>
          {capturePlatforms.map((p) => <option key={p} value={p}>{platformName(p)}</option>)}
        </select>
      </label>
      {allCapturers && (
        <label>
          {ct('capturer')}
          <select data-testid="captures-capturer" value={f.userId} onChange={set('userId')}>
            <option value="">{ct('allCapturers')}</option>
            {[...model.capturers.value].map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </label>
      )}
      <label>{ct('from')}<input type="date" data-testid="captures-from" value={f.from} onInput={set('from')} /></label>
      <label>{ct('to')}<input type="date" data-testid="captures-to" value={f.to} onInput={set('to')} /></label>
      <button type="submit" data-testid="captures-apply">{ct('apply')}</button>
      <button type="button" class="link" data-testid="captures-reset" onClick={clear}>{ct('reset')}</button>
    </form>
  );
}

function Pager({ model }: { model: CapturesModel }) {
  const at = model.offset.value;
  const shown = model.items.value.length;
  if (!model.total.value) return null;
  return (
    <div class="bar pager" data-testid="captures-pager">
      <span class="muted" data-testid="captures-total">{ct('total', { n: String(model.total.value) })}</span>
      <span class="muted">{ct('page', { from: String(at + 1), to: String(at + shown) })}</span>
      <button type="button" data-testid="captures-prev" disabled={at === 0 || model.listLoading.value}
        onClick={() => void model.loadList(model.filters.value, Math.max(0, at - PAGE_SIZE))}>{ct('prev')}</button>
      <button type="button" data-testid="captures-next" disabled={model.nextOffset.value === null || model.listLoading.value}
        onClick={() => void model.loadList(model.filters.value, model.nextOffset.value ?? at)}>{ct('next')}</button>
    </div>
  );
}

export function CaptureList({ model, allCapturers }: { model: CapturesModel; allCapturers: boolean }) {
  useEffect(() => void model.loadList(model.filters.value, model.offset.value), [model]);
  const items = model.items.value;
  return (
    <div data-testid="captures-list">
      <Filters model={model} allCapturers={allCapturers} />
      {model.listError.value && <p class="error" role="alert" data-testid="captures-error">{model.listError.value}</p>}
      {model.listLoading.value && <p class="muted" data-testid="captures-loading">{ct('loading')}</p>}
      {!model.listLoading.value && !model.listError.value && items.length === 0 && <p class="muted" data-testid="captures-empty">{ct('empty')}</p>}
      {items.length > 0 && (
        <table>
          <thead>
            <tr><th>{ct('receivedAt')}</th><th>{ct('page_')}</th><th>{ct('platform')}</th><th>{ct('kind')}</th><th>{ct('capturer')}</th><th>{ct('files')}</th></tr>
          </thead>
          <tbody>
            {items.map((it) => (
              <tr key={it.id} data-testid="capture-row" data-id={it.id}>
                <td class="nowrap">{formatTime(it.receivedAt)}</td>
                <td>
                  <a href={`/captures/${encodeURIComponent(it.id)}`} onClick={onLinkClick} data-testid="capture-open">{it.title || it.url}</a>
                  <div class="muted small url">{it.url}</div>
                </td>
                <td>{platformName(it.platform)}</td>
                <td>{it.kind === 'unit' ? ct('kindUnit') : ct('kindPage')}</td>
                <td>{it.capturer.name}</td>
                <td class="nowrap">{`${it.artefactCount} · ${formatBytes(it.totalBytes)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager model={model} />
    </div>
  );
}
