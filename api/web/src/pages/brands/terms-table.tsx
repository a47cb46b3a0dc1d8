import { useSignal } from '@preact/signals';
import { categoryLabels } from '@vigil/shared/i18n/vocabulary';
import type { RiskCategory } from '@vigil/shared/engine/types';
import { riskCategories, type RiskTerm, type RiskTermRow } from '@vigil/shared/schemas/rules';
import { lang } from '../../i18n.ts';
import type { BrandsModel } from './model.ts';
import { bt } from './text.ts';

const catLabel = (c: RiskCategory) => categoryLabels[c][lang.value];

/** One risk term as a form: a new one (no `row`) or an existing one edited in place. */
function TermRow({ model, row }: { model: BrandsModel; row?: RiskTermRow }) {
  const draft = useSignal<{ term: string; category: RiskTerm['category']; weight: string }>({
    term: row?.term ?? '',
    category: row?.category ?? 'safety',
    weight: String(row?.weight ?? 5),
  });
  const d = draft.value;
  const dirty = !row || d.term !== row.term || d.category !== row.category || Number(d.weight) !== row.weight;
  const save = async (e: Event) => {
    e.preventDefault();
    const ok = await model.saveTerm(row?.id ?? null, { term: d.term, category: d.category, weight: Number(d.weight) });
    if (ok && !row) draft.value = { term: '', category: d.category, weight: d.weight };
  };
  const formId = `term-form-${row?.id ?? 'new'}`;
  return (
    <tr data-testid={row ? 'term-row' : 'term-new'} data-term={row?.term}>
      <td>
        <form id={formId} onSubmit={save} />
        <input form={formId} data-testid="term-term" maxLength={64} value={d.term} placeholder={row ? undefined : bt('term')}
          onInput={(e) => (draft.value = { ...d, term: e.currentTarget.value })} />
      </td>
      <td>
        <select form={formId} data-testid="term-category" value={d.category}
          onChange={(e) => (draft.value = { ...d, category: e.currentTarget.value as RiskTerm['category'] })}>
          {riskCategories.map((c) => <option key={c} value={c}>{catLabel(c)}</option>)}
        </select>
      </td>
      <td>
        <input form={formId} data-testid="term-weight" type="number" step="0.5" class="num" value={d.weight}
          onInput={(e) => (draft.value = { ...d, weight: e.currentTarget.value })} />
      </td>
      <td class="nowrap">
        <button type="submit" form={formId} data-testid="term-save" disabled={model.busy.value || !dirty}>{row ? bt('save') : bt('addTerm')}</button>
        {row && <button type="button" class="link" data-testid="term-delete" disabled={model.busy.value} onClick={() => void model.deleteTerm(row.id)}>{bt('delete')}</button>}
      </td>
    </tr>
  );
}

/** Pack-wide risk terms with category and weight; editable in place by PR leads, read-only for others. */
export function TermsTable({ model, canEdit }: { model: BrandsModel; canEdit: boolean }) {
  // Packs carry hundreds of terms: narrow the table by text and category.
  const q = useSignal('');
  const category = useSignal('');
  const needle = q.value.trim().toLowerCase();
  const rows = model.terms.value.filter((t) => (!category.value || t.category === category.value) && (!needle || t.term.toLowerCase().includes(needle)));
  return (
    <section class="panel" data-testid="terms">
      <h3>{bt('terms')}</h3>
      <p class="muted small">{`${bt('weight')}：${bt('weightHint')}`}</p>
      <div class="bar filters">
        <input type="search" data-testid="terms-search" placeholder={bt('termSearch')} value={q.value} onInput={(e) => (q.value = e.currentTarget.value)} />
        <select data-testid="terms-category" value={category.value} onChange={(e) => (category.value = e.currentTarget.value)}>
          <option value="">{bt('allCategories')}</option>
          {riskCategories.map((c) => <option key={c} value={c}>{catLabel(c)}</option>)}
        </select>
        <span class="muted small" data-testid="terms-count">{bt('termCount', { shown: String(rows.length), total: String(model.terms.value.length) })}</span>
      </div>
      {model.errors.value.term && <p class="error" role="alert" data-testid="term-error">{model.errors.value.term}</p>}
      <table>
        <thead><tr><th>{bt('term')}</th><th>{bt('category')}</th><th>{bt('weight')}</th><th /></tr></thead>
        <tbody>
          {canEdit && <TermRow key="new" model={model} />}
          {canEdit
            ? rows.map((t) => <TermRow key={`${t.id}:${t.updatedAt}`} model={model} row={t} />)
            : rows.map((t) => (
                <tr key={t.id} data-testid="term-row" data-term={t.term}>
                  <td>{t.term}</td><td>{catLabel(t.category)}</td><td>{t.weight}</td><td />
                </tr>
              ))}
        </tbody>
      </table>
      {model.terms.value.length === 0 && <p class="muted">{bt('noTerms')}</p>}
    </section>
  );
}
