import { signal } from '@preact/signals';
import type { Brand, BrandRule, RiskTerm, RiskTermRow, RulePack, RulesSettings } from '@vigil/shared/schemas/rules';
import { ApiError, ok, type Api } from '../../api.ts';
import { formError } from './form-error.ts';

/** Which form an error belongs to, so it is shown next to that form. */
export type FormId = 'brand' | 'term' | 'list' | 'settings';

/** The 品牌规则 page (issue 3): brands and pack-wide risk terms, the current pack and its version. */
export function createBrandsModel(api: Api, onUnauthorized: () => void) {
  const brands = signal<Brand[]>([]);
  const terms = signal<RiskTermRow[]>([]);
  const pack = signal<RulePack | null>(null);
  const settings = signal<RulesSettings | null>(null);
  const loading = signal(false);
  const busy = signal(false);
  const errors = signal<Partial<Record<FormId, string>>>({});
  const b = api.api.brands;
  const r = api.api.rules;

  const setError = (form: FormId, message: string | null) => {
    const next = { ...errors.value };
    if (message) next[form] = message;
    else delete next[form];
    errors.value = next;
  };

  async function refresh() {
    const [bs, ts, p, st] = await Promise.all([ok(b.$get()), ok(r.terms.$get()), ok(r.pack.$get()), ok(r.settings.$get())]);
    brands.value = bs;
    terms.value = ts;
    pack.value = p as RulePack;
    settings.value = st;
  }

  /** Runs a change, then reloads everything (the pack version changes with every edit). True when it worked. */
  async function run(form: FormId, action: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    setError(form, null);
    try {
      await action();
      await refresh();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else setError(form, formError(err));
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function load() {
    loading.value = true;
    await run('list', async () => {});
    loading.value = false;
  }

  const saveBrand = (id: string | null, input: BrandRule) =>
    run('brand', () => (id ? ok(b[':id'].$put({ param: { id }, json: input })) : ok(b.$post({ json: input }))));
  const deleteBrand = (id: string) => run('list', () => ok(b[':id'].$delete({ param: { id } })));
  const saveTerm = (id: string | null, input: RiskTerm) =>
    run('term', () => (id ? ok(r.terms[':id'].$put({ param: { id }, json: input })) : ok(r.terms.$post({ json: input }))));
  const deleteTerm = (id: string) => run('term', () => ok(r.terms[':id'].$delete({ param: { id } })));

  const saveSettings = (input: RulesSettings) => run('settings', () => ok(r.settings.$put({ json: input })));
  const clearError = (form: FormId) => setError(form, null);

  return { brands, terms, pack, settings, saveSettings, loading, busy, errors, clearError, load, saveBrand, deleteBrand, saveTerm, deleteTerm };
}
export type BrandsModel = ReturnType<typeof createBrandsModel>;
