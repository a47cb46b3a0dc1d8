import { useSignal } from '@preact/signals';
import type { Brand } from '@vigil/shared/schemas/rules';
import { platformLabel } from '@vigil/shared/i18n/vocabulary';
import { formatTime, lang } from '../../i18n.ts';
import { BrandForm } from './brand-form.tsx';
import type { BrandsModel } from './model.ts';
import { bt } from './text.ts';

const Chips = ({ words, testid }: { words: string[]; testid: string }) =>
  words.length ? <span data-testid={testid}>{words.map((w) => <span key={w} class="chip">{w}</span>)}</span> : <span class="muted">—</span>;

function BrandCard({ model, brand, canEdit }: { model: BrandsModel; brand: Brand; canEdit: boolean }) {
  const editing = useSignal(false);
  const confirming = useSignal(false);
  if (editing.value) return <BrandForm model={model} brand={brand} onDone={() => (editing.value = false)} />;
  return (
    <article class="panel brand" data-testid="brand-row" data-name={brand.name}>
      <div class="bar">
        <h3 class="grow">{brand.name}</h3>
        <span class="muted small">{`${bt('updatedAt')} ${formatTime(brand.updatedAt)}`}</span>
        {canEdit && <button type="button" data-testid="brand-edit" onClick={() => (editing.value = true)}>{bt('edit')}</button>}
        {canEdit && !confirming.value && <button type="button" data-testid="brand-delete" onClick={() => (confirming.value = true)}>{bt('delete')}</button>}
      </div>
      {confirming.value && (
        <p class="confirm bar">
          <span class="grow">{bt('confirmDelete', { name: brand.name })}</span>
          <button type="button" class="danger" data-testid="brand-delete-confirm" disabled={model.busy.value} onClick={() => void model.deleteBrand(brand.id)}>{bt('confirm')}</button>
          <button type="button" onClick={() => (confirming.value = false)}>{bt('cancel')}</button>
        </p>
      )}
      <dl class="facts">
        <dt>{bt('aliases')}</dt><dd><Chips words={brand.aliases} testid="brand-aliases-list" /></dd>
        <dt>{bt('excludes')}</dt><dd><Chips words={brand.excludes} testid="brand-excludes-list" /></dd>
        <dt>{bt('people')}</dt><dd><Chips words={brand.people} testid="brand-people-list" /></dd>
        <dt>{bt('ownAccounts')}</dt><dd><Chips words={(brand.ownAccounts ?? []).map((a) => `${platformLabel(a.platform, lang.value)} @${a.name}${a.role === 'executive' ? ` · ${bt('executive')}` : ''}`)} testid="brand-own-accounts-list" /></dd>
        {brand.terms?.length ? (<><dt>{bt('brandTerms')}</dt><dd><Chips words={brand.terms.map((t) => `${t.term}·${t.weight}`)} testid="brand-terms-list" /></dd></>) : null}
      </dl>
    </article>
  );
}

export function BrandList({ model, canEdit }: { model: BrandsModel; canEdit: boolean }) {
  const adding = useSignal(false);
  return (
    <section data-testid="brand-list">
      <div class="bar">
        <h3 class="grow">{bt('brands')}</h3>
        {canEdit && !adding.value && <button type="button" class="primary" data-testid="brand-add" onClick={() => (adding.value = true)}>{bt('addBrand')}</button>}
      </div>
      {adding.value && <BrandForm model={model} onDone={() => (adding.value = false)} />}
      {model.errors.value.list && <p class="error" role="alert" data-testid="brands-error">{model.errors.value.list}</p>}
      {!model.loading.value && model.brands.value.length === 0 && <p class="muted">{bt('noBrands')}</p>}
      {model.brands.value.map((b) => <BrandCard key={b.id} model={model} brand={b} canEdit={canEdit} />)}
    </section>
  );
}
