import { useEffect } from 'preact/hooks';
import { categoryLabels, levelLabels, platformLabels, toneLabels } from '@vigil/shared/i18n/vocabulary';
import { replyPlatforms, replyTones } from '@vigil/shared/schemas/reply';
import { riskCategories } from '@vigil/shared/schemas/rules';
import { formatTime, lang } from '../../i18n.ts';
import { onLinkClick } from '../../router.ts';
import type { LibraryFilters, RepliesModel } from './model.ts';
import { formatExpiry, pick, rt, statusLabel } from './text.ts';

export function StatusBadge({ status }: { status: string }) {
  return <span class="badge" data-status={status} data-testid="reply-status">{pick(statusLabel[status], status)}</span>;
}

export const PathChips = ({ title }: { title: string }) => (
  <span class="path">{title.split('::').map((s, i) => <span key={i}>{s}</span>)}</span>
);

/** The library: one row per reply (its newest version), searchable and filterable. */
export function LibraryList({ model }: { model: RepliesModel }) {
  useEffect(() => void model.loadList(), [model]);
  const f = model.filters.value;
  const set = (patch: Partial<LibraryFilters>) => void model.loadList({ ...f, ...patch });
  const brands = [...new Set(model.list.value.map((r) => r.brand).concat(f.brand ? [f.brand] : []))].sort();
  const select = (key: keyof LibraryFilters, all: string, options: [string, string][]) => (
    <select data-testid={`replies-filter-${key}`} value={f[key]} onChange={(e) => set({ [key]: e.currentTarget.value })}>
      <option value="">{all}</option>
      {options.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
    </select>
  );
  return (
    <section data-testid="replies-library">
      <div class="toolbar">
        <input type="search" data-testid="replies-search" placeholder={rt('search')} value={f.q}
          onInput={(e) => set({ q: e.currentTarget.value })} />
        {select('brand', rt('allBrands'), brands.map((b) => [b, b]))}
        {select('status', rt('allStatuses'), Object.keys(statusLabel).map((s) => [s, pick(statusLabel[s], s)]))}
        {select('category', rt('allCategories'), riskCategories.map((c) => [c, categoryLabels[c][lang.value]]))}
        {select('platform', rt('allPlatforms'), replyPlatforms.map((p) => [p, platformLabels[p][lang.value]]))}
        {select('tone', rt('allTones'), replyTones.map((t) => [t, toneLabels[t][lang.value]]))}
      </div>
      {model.list.value.length === 0 ? (
        <p class="muted" data-testid="replies-empty">{rt('empty')}</p>
      ) : (
        <table data-testid="reply-list">
          <thead>
            <tr><th>{rt('titlePath')}</th><th>{rt('brand')}</th><th>{rt('version')}</th><th>{rt('status')}</th><th>{rt('served')}</th><th>{rt('expiresAt')}</th><th>{rt('uses')}</th></tr>
          </thead>
          <tbody>
            {model.list.value.map((r) => (
              <tr key={r.id} data-testid="reply-row" data-reply-id={r.id} data-status={r.latest.effectiveStatus}>
                <td><a href={`/replies/${r.id}`} onClick={onLinkClick} data-testid="reply-open"><PathChips title={r.latest.title} /></a></td>
                <td>{r.brand}</td>
                <td>v{r.latest.version}</td>
                <td><StatusBadge status={r.latest.effectiveStatus} /></td>
                <td>{r.servedVersion ? `v${r.servedVersion}` : '—'}</td>
                <td>{formatExpiry(r.latest.expiresAt, formatTime)}</td>
                <td data-testid="reply-use-count">{r.useCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
