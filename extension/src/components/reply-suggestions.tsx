import { useEffect, useState } from 'preact/hooks';
import { countLength } from '@vigil/shared/replies/length';
import { reasonIn } from '../flagging/reason-text.ts';
import { lang } from '../i18n.ts';
import { rt } from '../replies/reply-text.ts';
import { hasReplyBox } from '../replies/reply-targets.ts';
import type { ReplySuggestionsModel } from '../replies/suggestions-model.ts';
import type { EscalateModel } from '../escalation/panel-model.ts';
import type { TabUnit } from '../storage.ts';
import { EscalateButton } from './escalate-button.tsx';
import './reply-suggestions.css';

const outcomes = ['copied', 'inserted', 'copyFailed', 'refused', 'gone', 'noBox', 'loginWall', 'noReplyBox'] as const;
const outcomeText = (message: string) => ((outcomes as readonly string[]).includes(message) ? rt(message as (typeof outcomes)[number]) : message);

/** No approved reply fits this risky unit (issue 13): the panel says 无合适口径 and offers 上报 instead. */
export const noFit = (state: ReplySuggestionsModel['byKey']['value'][string] | undefined): boolean =>
  !!state && !state.loading && state.suggestions.length === 0 && state.source !== 'none';

/**
 * The approved replies that fit one flagged unit (issues 5 and 13): why each fits, its filled text (editable), 复制
 * and 插入回复框; or 无合适口径 with 上报 when none fits a risky unit.
 */
export function ReplySuggestions({ model, unit, risky = true, escalate, pageUrl }: { model: ReplySuggestionsModel; unit: TabUnit; risky?: boolean; escalate?: EscalateModel; pageUrl?: string }) {
  useEffect(() => void model.load(unit), [unit.key, unit.correction?.level]);
  // One suggestion open at a time (the best first), so a feed of flagged posts stays readable.
  const [open, setOpen] = useState(0);
  const state = model.byKey.value[unit.key];
  // 公众号 pages have no reply box (issue 14): 复制 only, and the panel says where the reply goes instead.
  const insertable = hasReplyBox(unit.platform);
  if (!state || (state.loading && state.suggestions.length === 0)) return <p class="replies-note">{rt('loading')}</p>;
  if (state.suggestions.length === 0) {
    if (state.source === 'none') return <p class="replies-note" data-testid="reply-none">{rt('notSynced')}</p>;
    if (!risky) return <p class="replies-note" data-testid="reply-none">{rt('none')}</p>;
    return (
      <div class="replies-none" data-testid="reply-none">
        <p class="replies-note"><strong>{rt('noFit')}</strong> {rt('noFitHint')}</p>
        {escalate && <EscalateButton model={escalate} unit={unit} reason="no_reply" testId="reply-escalate" {...(pageUrl ? { pageUrl } : {})} />}
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
            {!insertable && <p class="replies-note" data-testid="reply-no-box">{rt('noReplyBox')}</p>}
            <div class="reply-actions">
              <button type="button" data-testid="copy-reply" onClick={() => void model.use(unit, s, 'copy')}>{rt('copy')}</button>
              {insertable && <button type="button" class="primary" data-testid="insert-reply" onClick={() => void model.use(unit, s, 'insert')}>{rt('insert')}</button>}
              {status && <span class={status.ok ? 'reply-ok' : 'reply-warn'} data-testid="reply-status">{outcomeText(status.message)}</span>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
