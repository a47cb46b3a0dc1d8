import { useSignal } from '@preact/signals';
import type { CaseDetail } from '@vigil/shared/schemas/case';
import { ok } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { lang } from '../../i18n.ts';
import type { CasesModel, LetterForm as Form } from './model.ts';
import { kt } from './text.ts';

interface Basis {
  id: string;
  title: string;
}
const DEMANDS = ['立即删除涉案内容', '在同等范围内公开赔礼道歉', '赔偿经济损失及维权合理费用', '书面承诺不再实施侵权行为'];
const L = {
  kind: ['文书类型', 'Kind'], letter: ['律师函（致发布者或平台）', 'Lawyer’s letter'], statement: ['律师声明（公开）', 'Public statement'],
  bases: ['法律依据', 'Legal bases'], demands: ['要求', 'Demands'], deadline: ['期限（天）', 'Deadline (days)'],
  firm: ['律师事务所', 'Law firm'], lawyer: ['律师', 'Lawyer'], licence: ['执业证号', 'Licence no.'], adopted: ['使用本案已采用的取证：{n} 份', 'Uses the {n} adopted capture(s)'],
  none: ['本案还没有采用的取证', 'No adopted captures yet'],
} as const;
const l = (k: keyof typeof L, n = '') => L[k][lang.value === 'zh' ? 0 : 1].replace('{n}', n);

/** The firm, lawyer and licence number of the last letter drafted in this browser: a lawyer signs many letters. */
const FIRM_KEY = 'vigil.letter.firm.v1';
function lastFirm(): Form['firm'] {
  try {
    const v = JSON.parse(localStorage.getItem(FIRM_KEY) ?? 'null') as Partial<Form['firm']> | null;
    const str = (x: unknown) => (typeof x === 'string' ? x.slice(0, 200) : '');
    return { name: str(v?.name), lawyer: str(v?.lawyer), licence: str(v?.licence) };
  } catch {
    return { name: '', lawyer: '', licence: '' };
  }
}
const rememberFirm = (firm: Form['firm']) => {
  try {
    localStorage.setItem(FIRM_KEY, JSON.stringify(firm));
  } catch {
    // Storage full or blocked: the form still works, it only forgets.
  }
};

/** 起草律师函 (issue 10): bases from the clause library, demands, deadline and the firm; the DOCX comes from the API. */
export function LetterForm({ model, d }: { model: CasesModel; d: CaseDetail }) {
  const bases = useSignal<Basis[] | null>(null);
  const loadError = useSignal<string | null>(null);
  const f = useSignal<Form>({ kind: 'letter', bases: [], demands: [...DEMANDS], deadlineDays: 7, firm: lastFirm() });
  const load = async () => {
    if (bases.value) return;
    try {
      const res = await fetch('/api/legal/bases', { credentials: 'same-origin' });
      bases.value = (await ok(Promise.resolve(res))) as Basis[];
    } catch (err) {
      loadError.value = errorText(err);
    }
  };
  const toggle = (list: 'bases' | 'demands', v: string) => {
    const cur = f.value[list];
    f.value = { ...f.value, [list]: cur.includes(v) ? cur.filter((x) => x !== v) : [...cur, v] };
  };
  const firm = (k: keyof Form['firm']) => (e: { currentTarget: HTMLInputElement }) => (f.value = { ...f.value, firm: { ...f.value.firm, [k]: e.currentTarget.value } });
  return (
    <details class="letter" data-testid="case-letter-form" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && void load()}>
      <summary>{kt('letter')}</summary>
      <p class="muted small">{d.counts.adopted ? l('adopted', String(d.counts.adopted)) : l('none')}</p>
      {loadError.value && <p class="error">{loadError.value}</p>}
      <form class="grid-form" onSubmit={(e) => { e.preventDefault(); rememberFirm(f.value.firm); void model.download(d.id, 'letter', f.value); }}>
        <label>{l('kind')}
          <select data-testid="letter-kind" value={f.value.kind} onChange={(e) => (f.value = { ...f.value, kind: e.currentTarget.value as Form['kind'] })}>
            <option value="letter">{l('letter')}</option><option value="statement">{l('statement')}</option>
          </select>
        </label>
        <label>{l('deadline')}<input type="number" min={1} max={90} data-testid="letter-deadline" value={f.value.deadlineDays} onInput={(e) => (f.value = { ...f.value, deadlineDays: Number(e.currentTarget.value) })} /></label>
        <fieldset><legend>{l('bases')}</legend>
          {(bases.value ?? []).map((b) => <label key={b.id} class="check"><input type="checkbox" data-testid="letter-basis" value={b.id} checked={f.value.bases.includes(b.id)} onChange={() => toggle('bases', b.id)} />{b.title}</label>)}
        </fieldset>
        <fieldset><legend>{l('demands')}</legend>
          {DEMANDS.map((x) => <label key={x} class="check"><input type="checkbox" checked={f.value.demands.includes(x)} onChange={() => toggle('demands', x)} />{x}</label>)}
        </fieldset>
        <label>{l('firm')}<input required data-testid="letter-firm" value={f.value.firm.name} onInput={firm('name')} /></label>
        <label>{l('lawyer')}<input required data-testid="letter-lawyer" value={f.value.firm.lawyer} onInput={firm('lawyer')} /></label>
        <label>{l('licence')}<input required data-testid="letter-licence" value={f.value.firm.licence} onInput={firm('licence')} /></label>
        <div><button type="submit" class="primary" data-testid="case-letter" disabled={model.job.value !== null || !d.counts.adopted}>{model.job.value === 'letter' ? kt('letterBusy') : kt('letter')}</button></div>
      </form>
    </details>
  );
}
