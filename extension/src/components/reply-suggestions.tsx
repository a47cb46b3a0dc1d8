import { useEffect, useState } from 'preact/hooks';
import { countLength } from '@vigil/shared/replies/length';
import { reasonIn } from '../flagging/reason-text.ts';
import { lang } from '../i18n.ts';
import { rt } from '../replies/reply-text.ts';
import type { ReplySuggestionsModel } from '../replies/suggestions-model.ts';
import type { TabUnit } from '../storage.ts';
import './reply-suggestions.css';

const outcomeText = (message: string) =>
  message === 'copied' || message === 'inserted' || message === 'copyFailed' || message === 'refused' ? rt(message) : message;

/** What to send the PR lead when no approved reply fits: the unit in one paragraph (pasted into the team's chat). */
const escalation = (unit: TabUnit) =>
  `${rt('escalateHead')} ${unit.author ?? ''}：${unit.text.slice(0, 200)}${unit.permalink ? ` ${unit.permalink}` : ''}`;

/**
 * The approved replies that fit one flagged unit (issues 5 and 13): why each fits, its filled text (editable), 复制
 * and 插入回复框; or 无合适口径 with 上报 when none fits a risky unit.
 */
export function ReplySuggestions({ model, unit, risky = true }: { model: ReplySuggestionsModel; unit: TabUnit; risky?: boolean }) {
  useEffect(() => void model.load(unit), [unit.key, unit.correction?.level]);
  // One suggestion open at a time (the best first), so a feed of flagged posts stays readable.
  const [open, setOpen] = useState(0);
  const [escalated, setEscalated] = useState<boolean | null>(null);
  const state = model.byKey.value[unit.key];
  if (!state || (state.loading && state.suggestions.length === 0)) return <p class="replies-note">{rt('loading')}</p>;
  if (state.suggestions.length === 0) {
    if (state.source === 'none') return <p class="replies-note" data-testid="reply-none">{rt('notSynced')}</p>;
    if (!risky) return <p class="replies-note" data-testid="reply-none">{rt('none')}</p>;
    const escalate = () => navigator.clipboard.writeText(escalation(unit)).then(() => setEscalated(true), () => setEscalated(false));
    return (
      <div class="replies-none" data-testid="reply-none">
        <p class="replies-note"><strong>{rt('noFit')}</strong> {rt('noFitHint')}</p>
        <button type="button" data-testid="reply-escalate" onClick={() => void escalate()}>{rt('escalate')}</button>
        {escalated !== null && <span class={escalated ? 'reply-ok' : 'reply-warn'} role="status">{rt(escalated ? 'escalated' : 'copyFailed')}</span>}
      </div>
    );
  }
  return (
    <div class="replies" data-testid="reply-suggestions">
      {state.offline && <p class="replies-note" data-testid="replies-offline">{rt('offline')}</p>}
      {state.suggestions.map((s, i) => {
        if (i !== open) {
          return (
            <div key={s.versionId} class="reply closed" data-testid="reply-suggestion" data-reply-id={s.replyId} data-version={s.version}>
              <button type="button" class="link reply-title" data-testid="reply-open" onClick={() => setOpen(i)}>{s.title.split('::').join(' › ')}</button>
              <div class="reply-why">{s.why.map((w) => reasonIn(w, lang.value)).join(' · ')}</div>
            </div>
          );
        }
        const text = model.textOf(unit.key, s);
        const status = state.status[s.versionId];
        const unfilled = s.unfilled.filter((v) => text.includes(`{${v}}`));
        // Measured on the text as edited, in the platform's own counting.
        const length = s.length ? countLength(text, s.length.platform) : 0;
        const over = s.length?.limit != null && length > s.length.limit;
        return (
          <div key={s.versionId} class="reply" data-testid="reply-suggestion" data-reply-id={s.replyId} data-version={s.version}>
            <div class="reply-title">{s.title.split('::').join(' › ')}</div>
            <div class="reply-why" title={rt('why')}>{s.why.map((w) => reasonIn(w, lang.value)).join(' · ')}</div>
            <textarea data-testid="reply-text" rows={4} value={text} onInput={(e) => model.edit(unit.key, s.versionId, e.currentTarget.value)} />
            {unfilled.length > 0 && <p class="reply-warn">{rt('unfilled')}{unfilled.map((v) => `{${v}}`).join(' ')}</p>}
            {over && <p class="reply-warn" data-testid="reply-over">{rt('over')} {length}/{s.length?.limit}</p>}
            <div class="reply-actions">
              <button type="button" data-testid="copy-reply" onClick={() => void model.use(unit, s, 'copy')}>{rt('copy')}</button>
              <button type="button" class="primary" data-testid="insert-reply" onClick={() => void model.use(unit, s, 'insert')}>{rt('insert')}</button>
              {status && <span class={status.ok ? 'reply-ok' : 'reply-warn'} data-testid="reply-status">{outcomeText(status.message)}</span>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
