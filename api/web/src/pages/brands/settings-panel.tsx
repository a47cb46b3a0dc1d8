import { useSignal } from '@preact/signals';
import type { RulesSettings } from '@vigil/shared/schemas/rules';
import type { BrandsModel } from './model.ts';
import { bt, splitList, type BrandText } from './text.ts';

type Draft = { newsHosts: string; mild: string; moderate: string; severe: string; chars: string; farFactor: string };

const toDraft = (s: RulesSettings | null): Draft => ({
  newsHosts: (s?.newsHosts ?? []).join('\n'),
  mild: s?.levels ? String(s.levels.mild) : '',
  moderate: s?.levels ? String(s.levels.moderate) : '',
  severe: s?.levels ? String(s.levels.severe) : '',
  chars: s?.near ? String(s.near.chars) : '',
  farFactor: s?.near ? String(s.near.farFactor) : '',
});

/** Empty groups mean "engine default"; a half-filled group goes to the API as given, which names what is missing. */
function fromDraft(d: Draft): RulesSettings {
  const n = (v: string) => (v.trim() === '' ? undefined : Number(v));
  const levels = [d.mild, d.moderate, d.severe].some((v) => v.trim()) ? { mild: n(d.mild), moderate: n(d.moderate), severe: n(d.severe) } : undefined;
  const near = [d.chars, d.farFactor].some((v) => v.trim()) ? { chars: n(d.chars), farFactor: n(d.farFactor) } : undefined;
  return { newsHosts: splitList(d.newsHosts), ...(levels ? { levels } : {}), ...(near ? { near } : {}) } as RulesSettings;
}

/** News hosts, level thresholds and nearness (GET/PUT /api/rules/settings); read-only unless `canEdit`. */
export function SettingsPanel({ model, canEdit }: { model: BrandsModel; canEdit: boolean }) {
  const draft = useSignal<Draft | null>(null);
  const saved = useSignal(false);
  const d = draft.value ?? toDraft(model.settings.value);
  // Until the saved settings arrive the form stays read-only: an edit made earlier would become a draft built on
  // empty fields and silently replace the loaded values on save.
  const editable = canEdit && model.settings.value !== null;
  const set = (k: keyof Draft) => (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    draft.value = { ...d, [k]: e.currentTarget.value };
    saved.value = false;
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await model.saveSettings(fromDraft(d))) {
      draft.value = null;
      saved.value = true;
    }
  };
  const num = (k: keyof Draft, label: BrandText, step = '1') => (
    <label>
      {bt(label)}
      <input type="number" step={step} class="num" data-testid={`settings-${k}`} value={d[k]} disabled={!editable} onInput={set(k)} />
    </label>
  );
  return (
    <form class="panel settings" onSubmit={submit} data-testid="rules-settings">
      <h3>{bt('settings')}</h3>
      <label>
        {bt('newsHosts')} <span class="muted small">{bt('newsHostsHint')}</span>
        <textarea rows={3} data-testid="settings-newsHosts" value={d.newsHosts} disabled={!editable} onInput={set('newsHosts')} />
      </label>
      <p class="muted small">{`${bt('levels')}：${bt('levelsHint')}`}</p>
      <div class="bar">{num('mild', 'mild', '0.5')}{num('moderate', 'moderate', '0.5')}{num('severe', 'severe', '0.5')}</div>
      <p class="muted small">{`${bt('near')}：${bt('nearHint')}`}</p>
      <div class="bar">{num('chars', 'nearChars')}{num('farFactor', 'farFactor', '0.05')}</div>
      {model.errors.value.settings && <p class="error" role="alert" data-testid="settings-error">{model.errors.value.settings}</p>}
      {canEdit && (
        <div class="bar">
          <button type="submit" class="primary" data-testid="settings-save" disabled={model.busy.value || !editable}>{bt('save')}</button>
          {saved.value && <span class="muted" data-testid="settings-saved">{bt('saved')}</span>}
        </div>
      )}
    </form>
  );
}
