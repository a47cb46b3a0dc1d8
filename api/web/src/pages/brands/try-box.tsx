import { useSignal } from '@preact/signals';
import type { Analysis } from '@vigil/shared/engine/types';
import { levelLabels, sentimentLabels } from '@vigil/shared/i18n/vocabulary';
import { lang } from '../../i18n.ts';
import type { BrandsModel } from './model.ts';
import { bt } from './text.ts';

/**
 * 试一试: the engine the extension runs, on pasted text, with the pack as it is now. Loaded on first use — the
 * sentiment model is large and only PR leads tuning rules need it.
 */
export function TryBox({ model }: { model: BrandsModel }) {
  const text = useSignal('');
  const result = useSignal<{ text: string; analysis: Analysis } | null>(null);
  const loading = useSignal(false);
  const error = useSignal<string | null>(null);
  const run = async (e: Event) => {
    e.preventDefault();
    const pack = model.pack.value;
    if (!pack || !text.value.trim()) return;
    loading.value = true;
    error.value = null;
    try {
      const engine = await import('@vigil/shared/engine/index');
      const input = text.value;
      result.value = { text: input, analysis: engine.analyze(engine.compilePack(pack), { text: input }) };
    } catch (err) {
      error.value = String(err instanceof Error ? err.message : err);
    } finally {
      loading.value = false;
    }
  };
  const r = result.value?.analysis;
  const analysed = result.value?.text ?? '';
  return (
    <section class="panel try" data-testid="try-box">
      <h3>{bt('tryTitle')}</h3>
      <p class="muted small">{bt('tryIntro')}</p>
      <form onSubmit={run}>
        <textarea data-testid="try-text" rows={3} placeholder={bt('tryPlaceholder')} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} />
        <button type="submit" data-testid="try-run" disabled={loading.value || !model.pack.value}>{loading.value ? bt('tryLoading') : bt('tryRun')}</button>
      </form>
      {error.value && <p class="error" role="alert">{error.value}</p>}
      {r && (
        <dl class="facts" data-testid="try-result" data-level={r.level}>
          <dt>{bt('level')}</dt>
          <dd><span data-testid="try-level" class={`level level-${r.level}`}>{levelLabels[r.level][lang.value]}</span></dd>
          <dt>{bt('sentiment')}</dt>
          <dd>{`${sentimentLabels[r.sentiment.label][lang.value]} ${r.sentiment.score.toFixed(2)}`}</dd>
          <dt>{bt('mentions')}</dt>
          <dd data-testid="try-mentions">
            {r.mentions.length
              ? r.mentions.map((m, i) => <span key={i} class="chip">{`${m.brand}「${analysed.slice(m.start, m.end)}」`}</span>)
              : <span class="muted">{bt('noMentions')}</span>}
          </dd>
          <dt>{bt('reasons')}</dt>
          <dd><ul class="reasons" data-testid="try-reasons">{r.reasons.map((x, i) => <li key={i}>{x}</li>)}</ul></dd>
        </dl>
      )}
    </section>
  );
}
