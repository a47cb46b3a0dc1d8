import { useSignal } from '@preact/signals';
import { formatOwnAccountLines, parseOwnAccountLines } from '@vigil/shared/schemas/own-account-lines';
import type { Brand } from '@vigil/shared/schemas/rules';
import { localMessage } from '@vigil/shared/i18n/dictionary';
import { lang } from '../../i18n.ts';
import type { BrandsModel } from './model.ts';
import { bt, splitList, type BrandText } from './text.ts';

type ListField = 'aliases' | 'excludes' | 'people';
const hints: Record<ListField, BrandText> = { aliases: 'aliasesHint', excludes: 'excludesHint', people: 'peopleHint' };

/** Add (no `brand`) or edit one brand; the API's validation message is shown right under the form. */
export function BrandForm({ model, brand, onDone }: { model: BrandsModel; brand?: Brand; onDone: () => void }) {
  const name = useSignal(brand?.name ?? '');
  const close = () => {
    model.clearError('brand');
    onDone();
  };
  const lists = useSignal<Record<ListField, string>>({
    aliases: (brand?.aliases ?? []).join('\n'),
    excludes: (brand?.excludes ?? []).join('\n'),
    people: (brand?.people ?? []).join('\n'),
  });
  const own = useSignal(formatOwnAccountLines(brand?.ownAccounts ?? []));
  const ownErrors = useSignal<string[]>([]);
  const submit = async (e: Event) => {
    e.preventDefault();
    // A line that is not an account is named, never silently dropped (issue 13 item 2).
    const parsed = parseOwnAccountLines(own.value);
    ownErrors.value = parsed.errors.map((x) => localMessage(x.message, lang.value));
    if (parsed.errors.length > 0) return;
    const input = {
      name: name.value,
      aliases: splitList(lists.value.aliases),
      excludes: splitList(lists.value.excludes),
      people: splitList(lists.value.people),
      ownAccounts: parsed.accounts,
      // Brand-only terms are not edited here; a save keeps them as they were.
      ...(brand?.terms ? { terms: brand.terms } : {}),
    };
    if (await model.saveBrand(brand?.id ?? null, input)) close();
  };
  const area = (field: ListField) => (
    <label>
      {bt(field)} <span class="muted small">{bt(hints[field])}；{bt('onePerLine')}</span>
      <textarea data-testid={`brand-${field}`} rows={3} value={lists.value[field]}
        onInput={(e) => (lists.value = { ...lists.value, [field]: e.currentTarget.value })} />
    </label>
  );
  return (
    <form class="brand-form panel" onSubmit={submit} data-testid="brand-form">
      <h3>{brand ? bt('editBrand') : bt('addBrand')}</h3>
      <label>
        {bt('name')}
        <input data-testid="brand-name" maxLength={64} value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} />
      </label>
      {area('aliases')}
      {area('excludes')}
      {area('people')}
      <label>
        {bt('ownAccounts')} <span class="muted small">{bt('ownAccountsHint')}</span>
        <textarea data-testid="brand-own-accounts" rows={3} value={own.value} onInput={(e) => (own.value = e.currentTarget.value)} />
      </label>
      {ownErrors.value.map((m) => <p key={m} class="error" role="alert" data-testid="brand-own-error">{m}</p>)}
      {model.errors.value.brand && <p class="error" role="alert" data-testid="brand-error">{model.errors.value.brand}</p>}
      <div class="bar">
        <button type="submit" class="primary" data-testid="brand-save" disabled={model.busy.value}>{model.busy.value ? bt('saving') : bt('save')}</button>
        <button type="button" data-testid="brand-cancel" onClick={close}>{bt('cancel')}</button>
      </div>
    </form>
  );
}
