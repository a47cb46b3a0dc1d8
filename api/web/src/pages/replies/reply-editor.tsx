import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { fillReply, replyVariables, unknownVariables, variableHelp } from '@vigil/shared/replies/fill';
import { beijingDay } from '@vigil/shared/i18n/beijing-time';
import { checkLength } from '@vigil/shared/replies/length';
import { categoryLabels, levelLabels, platformLabels, toneLabels } from '@vigil/shared/i18n/vocabulary';
import { replyLevels, replyPlatforms, replyTones, type ReplyPlatform, type ReplyTone, type ReplyVersion } from '@vigil/shared/schemas/reply';
import { riskCategories } from '@vigil/shared/schemas/rules';
import { navigate } from '../../router.ts';
import type { RepliesModel } from './model.ts';
import { lang } from '../../i18n.ts';
import { rt } from './text.ts';

interface Draft {
  brand: string;
  title: string;
  body: string;
  tone: ReplyTone;
  expiresAt: string;
  owner: string;
  categories: string[];
  levels: string[];
  keywords: string;
  platforms: string[];
  limits: Record<ReplyPlatform, string>;
  admitsLiability: boolean;
}

const blank: Draft = {
  brand: '', title: '', body: '', tone: 'soothing', expiresAt: '', owner: '', categories: [], levels: [], keywords: '', platforms: [],
  limits: Object.fromEntries(replyPlatforms.map((p) => [p, ''])) as Record<ReplyPlatform, string>, admitsLiability: false,
};

/** Beijing calendar date of a stored expiry (end of that day), for the date input. */
const expiryDate = (iso: string | null) => (iso ? beijingDay(Date.parse(iso) - 1) : '');

function fromVersion(v: ReplyVersion): Draft {
  const lim = (p: ReplyPlatform) => (v.limits[p] === undefined || v.limits[p] === null ? '' : String(v.limits[p]));
  return {
    brand: v.brand, title: v.title, body: v.body, tone: v.tone, expiresAt: expiryDate(v.expiresAt), owner: v.owner ?? '',
    categories: v.triggers.categories, levels: v.triggers.levels, keywords: v.triggers.keywords.join('，'), platforms: v.triggers.platforms,
    limits: Object.fromEntries(replyPlatforms.map((p) => [p, lim(p)])) as Record<ReplyPlatform, string>, admitsLiability: v.admitsLiability,
  };
}

function toContent(d: Draft) {
  const limits: Partial<Record<ReplyPlatform, number>> = {};
  for (const p of replyPlatforms) if (d.limits[p].trim()) limits[p] = Number(d.limits[p]);
  return {
    brand: d.brand, title: d.title, body: d.body, tone: d.tone, expiresAt: d.expiresAt || null, owner: d.owner.trim() || undefined,
    triggers: {
      categories: d.categories as never[], levels: d.levels as never[], platforms: d.platforms as never[],
      keywords: d.keywords.split(/[,，、\s]+/).map((k) => k.trim()).filter(Boolean),
    },
    limits,
    admitsLiability: d.admitsLiability,
  };
}

/** Write a new reply or a new version of one, with a live preview of the filled text and its length per platform. */
export function ReplyEditor({ model, replyId }: { model: RepliesModel; replyId?: string | undefined }) {
  const draft = useSignal<Draft>(blank);
  const sampleAuthor = useSignal('小王爱喝奶');
  const samplePlatform = useSignal<ReplyPlatform>('weibo');
  useEffect(() => void model.loadBrands(), [model]);
  useEffect(() => {
    if (!replyId) return;
    void model.loadDetail(replyId).then(() => {
      const latest = model.detail.value?.versions[0];
      if (latest) draft.value = fromVersion(latest);
    });
  }, [replyId]);
  const d = draft.value;
  const set = (patch: Partial<Draft>) => (draft.value = { ...draft.value, ...patch });
  const toggle = (key: 'categories' | 'levels' | 'platforms', value: string) =>
    set({ [key]: d[key].includes(value) ? d[key].filter((x) => x !== value) : [...d[key], value] });
  const onSave = (e: Event) => {
    e.preventDefault();
    void model.save(toContent(d), replyId).then((id) => id && navigate(`/replies/${id}`));
  };
  const filled = fillReply(d.body, { author: sampleAuthor.value, platform: samplePlatform.value, brand: d.brand, now: new Date() });
  const unknown = unknownVariables(d.body);
  return (
    <section class="editor" data-testid="reply-editor">
      <form onSubmit={onSave}>
        <label>{rt('brand')}
          <input data-testid="reply-brand" required list="reply-brand-names" disabled={Boolean(replyId)} value={d.brand} onInput={(e) => set({ brand: e.currentTarget.value })} />
          <datalist id="reply-brand-names">{model.brands.value.map((b) => <option key={b} value={b} />)}</datalist>
        </label>
        <label>{rt('titlePath')}
          <input data-testid="reply-title" required placeholder="质量::异味::安抚" value={d.title} onInput={(e) => set({ title: e.currentTarget.value })} />
        </label>
        <label>{rt('body')}
          <textarea data-testid="reply-body" required value={d.body} onInput={(e) => set({ body: e.currentTarget.value })} />
        </label>
        <div class="vars">
          {rt('insertVar')}：
          {replyVariables.map((v) => (
            <button type="button" key={v} title={variableHelp[v]} data-testid={`reply-var-${v}`} onClick={() => set({ body: `${d.body}{${v}}` })}>{`{${v}}`}</button>
          ))}
        </div>
        <fieldset>
          <legend>{rt('categories')}</legend>
          {riskCategories.map((c) => (
            <label key={c}><input type="checkbox" data-testid={`reply-category-${c}`} checked={d.categories.includes(c)} onChange={() => toggle('categories', c)} />{categoryLabels[c][lang.value]}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{rt('levels')}</legend>
          {replyLevels.map((l) => (
            <label key={l}><input type="checkbox" data-testid={`reply-level-${l}`} checked={d.levels.includes(l)} onChange={() => toggle('levels', l)} />{levelLabels[l][lang.value]}</label>
          ))}
        </fieldset>
        <label>{rt('keywords')}
          <input data-testid="reply-keywords" value={d.keywords} onInput={(e) => set({ keywords: e.currentTarget.value })} />
        </label>
        <fieldset>
          <legend>{rt('platforms')}</legend>
          {replyPlatforms.map((p) => (
            <label key={p}><input type="checkbox" data-testid={`reply-platform-${p}`} checked={d.platforms.includes(p)} onChange={() => toggle('platforms', p)} />{platformLabels[p][lang.value]}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{rt('limits')}</legend>
          {replyPlatforms.map((p) => (
            <label key={p}>{platformLabels[p][lang.value]}
              <input type="number" min={1} style="width: 80px" data-testid={`reply-limit-${p}`} value={d.limits[p]}
                onInput={(e) => set({ limits: { ...d.limits, [p]: e.currentTarget.value } })} />
            </label>
          ))}
        </fieldset>
        <label>{rt('tone')}
          <select data-testid="reply-tone" value={d.tone} onChange={(e) => set({ tone: e.currentTarget.value as ReplyTone })}>
            {replyTones.map((t) => <option key={t} value={t}>{toneLabels[t][lang.value]}</option>)}
          </select>
        </label>
        <label>{rt('expiresAt')}
          <input type="date" data-testid="reply-expires" value={d.expiresAt} onInput={(e) => set({ expiresAt: e.currentTarget.value })} />
        </label>
        <label class="check">
          <input type="checkbox" data-testid="reply-admits-liability" checked={d.admitsLiability} onChange={(e) => set({ admitsLiability: e.currentTarget.checked })} />
          {rt('admitsLiability')}
        </label>
        <label>{rt('owner')}
          <input type="email" data-testid="reply-owner" value={d.owner} onInput={(e) => set({ owner: e.currentTarget.value })} />
        </label>
        {model.error.value && <p class="error" role="alert" data-testid="replies-error">{model.error.value}</p>}
        <div class="actions">
          <button type="submit" data-testid="reply-save" disabled={model.busy.value}>{replyId ? rt('save') : rt('create')}</button>
          <button type="button" onClick={() => navigate(replyId ? `/replies/${replyId}` : '/replies')}>{rt('cancel')}</button>
        </div>
      </form>
      <aside class="preview" data-testid="reply-preview">
        <strong>{rt('preview')}</strong>
        <label>{rt('sampleAuthor')} <input data-testid="preview-author" value={sampleAuthor.value} onInput={(e) => (sampleAuthor.value = e.currentTarget.value)} /></label>
        <label>{rt('samplePlatform')}{' '}
          <select data-testid="preview-platform" value={samplePlatform.value} onChange={(e) => (samplePlatform.value = e.currentTarget.value as ReplyPlatform)}>
            {replyPlatforms.map((p) => <option key={p} value={p}>{platformLabels[p][lang.value]}</option>)}
          </select>
        </label>
        <div class="preview-text" data-testid="reply-preview-text">{filled.text}</div>
        {unknown.length > 0 && <p class="error" data-testid="reply-unknown-vars">{rt('unknownVars')}{unknown.map((v) => `{${v}}`).join(' ')}</p>}
        <ul>
          {replyPlatforms.map((p) => {
            const c = checkLength(fillReply(d.body, { author: sampleAuthor.value, platform: p, brand: d.brand, now: new Date() }).text, p, toContent(d).limits);
            return (
              <li key={p} class="len" data-testid="reply-length" data-platform={p} data-over={String(c.over)}>
                {platformLabels[p][lang.value]} {rt('length')} {c.length} / {c.limit ?? rt('noLimit')}{c.over ? ` — ${rt('over')} ${c.length - c.limit!}` : ''}
              </li>
            );
          })}
        </ul>
      </aside>
    </section>
  );
}
