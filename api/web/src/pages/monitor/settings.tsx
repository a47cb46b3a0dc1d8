import { useEffect, useState } from 'preact/hooks';
import type { MonitorSettings } from '@vigil/shared/schemas/monitoring';
import type { SettingsModel } from './settings-model.ts';
import { deadlineLabels } from '@vigil/shared/i18n/vocabulary';
import { bj, deadlineName, mt } from './text.ts';

type Level = keyof MonitorSettings['deadlines'];
type Rule = MonitorSettings['deadlines'][Level][number];
const levels: Level[] = ['severe', 'moderate', 'mild'];
const kinds = Object.keys(deadlineLabels);
const presets = ['strict', 'balanced', 'sensitive'] as const;
const num = (e: Event) => Number((e.target as HTMLInputElement).value);

/** 监测设置: per brand, how sure a spike must be before it alerts, and each level's incident deadlines (issue 11). */
export function SettingsForm({ model }: { model: SettingsModel }) {
  useEffect(() => void model.loadBrands(), []);
  const rec = model.record.value;
  const [draft, setDraft] = useState<MonitorSettings | null>(null);
  useEffect(() => setDraft(rec ? structuredClone(rec.settings) : null), [rec]);
  if (!rec || !draft) return model.error.value ? <p class="error" role="alert">{model.error.value}</p> : <p class="muted">{mt('loading')}</p>;
  const set = (patch: Partial<MonitorSettings>) => setDraft({ ...draft, ...patch });
  const setRules = (level: Level, rules: Rule[]) => set({ deadlines: { ...draft.deadlines, [level]: rules } });
  const field = (key: 'minCount' | 'ratio' | 'velocity' | 'cooldownMinutes', step = 1) => (
    <label>{mt(`set_${key}`)} <input type="number" min={key === 'ratio' ? 1 : 0} step={step} value={draft[key]} onInput={(e) => set({ [key]: num(e) })} data-testid={`setting-${key}`} /></label>
  );
  return (
    <form class="settings-form" data-testid="monitor-settings" onSubmit={(e) => { e.preventDefault(); void model.save(draft); }}>
      <div class="toolbar">
        <label>{mt('brand')} <select value={rec.brand} onChange={(e) => void model.load((e.target as HTMLSelectElement).value)} data-testid="settings-brand">
          {model.brands.value.map((b) => <option key={b} value={b}>{b}</option>)}
        </select></label>
        <span class="muted">{rec.isDefault ? mt('set_default') : mt('set_updated', { t: bj(rec.updatedAt!) })}</span>
      </div>
      <fieldset>
        <legend>{mt('set_spikes')}</legend>
        <label>{mt('set_preset')} <select value={draft.preset} onChange={(e) => set({ preset: (e.target as HTMLSelectElement).value as MonitorSettings['preset'] })} data-testid="setting-preset">
          {presets.map((p) => <option key={p} value={p}>{mt(`preset_${p}`)}</option>)}
        </select></label>
        {field('minCount')}{field('ratio', 0.5)}
        <label>{mt('set_negativeShare')} <input type="number" min={5} max={100} step={5} value={Math.round(draft.negativeShare * 100)} onInput={(e) => set({ negativeShare: num(e) / 100 })} /> %</label>
        {field('velocity', 100)}{field('cooldownMinutes', 15)}
      </fieldset>
      <fieldset>
        <legend>{mt('set_report')}</legend>
        <p class="muted small">{mt('set_reportNote')}</p>
        <label>{mt('department')} <input maxLength={60} value={draft.report.department} placeholder={mt('set_departmentHint')} onInput={(e) => set({ report: { ...draft.report, department: e.currentTarget.value } })} data-testid="setting-report-department" /></label>
        <label>{mt('recipients')} <input maxLength={200} value={draft.report.recipients} placeholder={mt('set_recipientsHint')} onInput={(e) => set({ report: { ...draft.report, recipients: e.currentTarget.value } })} data-testid="setting-report-recipients" /></label>
      </fieldset>
      <fieldset>
        <legend>{mt('set_deadlines')}</legend>
        <p class="muted small">{mt('set_deadlinesNote')}</p>
        <table><tbody>{levels.map((level) => (
          <tr key={level} data-testid={`deadlines-${level}`}>
            <th class="level-cell"><span class={`lv lv-${level}`}>{mt(level)}</span></th>
            <td>{draft.deadlines[level].length === 0 && <div class="muted deadline-rule">{mt('none')}</div>}
              {draft.deadlines[level].map((r, n) => (
                <div key={r.kind} class="deadline-rule">
                  <span>{deadlineName(r.kind)}</span>
                  <input type="number" min={1} max={720} value={r.hours} aria-label={mt('set_hours')} onInput={(e) => setRules(level, draft.deadlines[level].map((x, i) => (i === n ? { ...x, hours: num(e) } : x)))} data-testid={`deadline-${level}-${r.kind}`} /> {mt('set_hours')}
                  <label><input type="checkbox" checked={r.optional} onChange={(e) => setRules(level, draft.deadlines[level].map((x, i) => (i === n ? { ...x, optional: (e.target as HTMLInputElement).checked } : x)))} /> {mt('set_optional')}</label>
                  <button type="button" class="link" onClick={() => setRules(level, draft.deadlines[level].filter((_, i) => i !== n))}>{mt('set_remove')}</button>
                </div>
              ))}
              <select value="" onChange={(e) => { const kind = (e.target as HTMLSelectElement).value; if (kind) setRules(level, [...draft.deadlines[level], { kind, hours: 24, optional: false }]); }} aria-label={mt('set_add')}>
                <option value="">{mt('set_add')}</option>
                {kinds.filter((k) => !draft.deadlines[level].some((r) => r.kind === k)).map((k) => <option key={k} value={k}>{deadlineName(k)}</option>)}
              </select>
            </td>
          </tr>
        ))}</tbody></table>
      </fieldset>
      <div class="toolbar">
        <button type="submit" disabled={model.saving.value} data-testid="settings-save">{model.saving.value ? mt('set_saving') : mt('save')}</button>
        {model.savedAt.value && <span class="ok" role="status" data-testid="settings-saved">{mt('set_saved', { t: bj(model.savedAt.value) })}</span>}
        {model.error.value && <span class="error" role="alert" data-testid="settings-error">{model.error.value}</span>}
      </div>
    </form>
  );
}
