import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { dictionary } from '@vigil/shared/i18n/dictionary';
import { lang, levelLabel, t } from '../i18n.ts';
import type { CaptureModel } from '../models/capture.ts';
import type { TabUnit } from '../storage.ts';
import type { ReplySuggestionsModel } from '../replies/suggestions-model.ts';
import type { FlagPanelModel } from '../flagging/panel-model.ts';
import { levelOf, NotAboutUsRow, reachOf, Reasons, UnitDetails } from '../flagging/panel-controls.tsx';
import { CaptureStatus } from './capture-panel.tsx';
import { CaptureUnitButton } from './capture-unit-button.tsx';
import type { EscalateModel } from '../escalation/panel-model.ts';
import { EscalateButton } from './escalate-button.tsx';
import { noFit, ReplySuggestions } from './reply-suggestions.tsx';

// The units of a tab for a busy staff member (issue 13): risky units first, one line each (level, author, snippet,
// reach); a unit opens to show its reasons, the best reply and the actions. 无风险 units wait collapsed under a
// count; units marked 与我们无关 move out of the list with an undo. ↑/↓ move between rows, Enter/Space opens.

const words = dictionary({ calm: '无风险 {n} 条', notUs: '与我们无关 {n} 条' }, { calm: 'No risk: {n}', notUs: 'Not about us: {n}' });
const order = { severe: 0, moderate: 1, mild: 2, none: 3 } as const;

export interface UnitListProps {
  units: TabUnit[];
  tabId?: number | null;
  flags?: FlagPanelModel;
  replies?: ReplySuggestionsModel;
  capture?: CaptureModel;
  onCapture?: (key: string) => void;
  /** Shown instead of the plain empty line: the reason the list is empty (issue 12). */
  empty?: ComponentChildren;
  /** 上报 to the PR lead (issues 11 item 7, 13 item 1); the page the units were seen on goes along. */
  escalate?: EscalateModel;
  pageUrl?: string;
}

function moveFocus(e: KeyboardEvent) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const rows = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.unit-row')].filter((r) => r.offsetParent !== null);
  const at = rows.indexOf(document.activeElement as HTMLElement);
  const next = rows[e.key === 'ArrowDown' ? Math.min(rows.length - 1, at + 1) : Math.max(0, at - 1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

export function UnitList(props: UnitListProps) {
  const { units, flags, tabId = null } = props;
  if (units.length === 0) return props.empty ?? <p class="empty" data-testid="units-empty">{t('panel.noUnits')}</p>;
  const listed = units.filter((u) => !u.correction?.notAboutUs);
  const risky = listed.filter((u) => levelOf(u) !== 'none').sort((a, b) => order[levelOf(a)] - order[levelOf(b)]);
  const calm = listed.filter((u) => levelOf(u) === 'none');
  const notUs = units.filter((u) => u.correction?.notAboutUs);
  return (
    <div class="unit-groups" onKeyDown={moveFocus}>
      <ul class="units" data-testid="units">
        {risky.map((u) => <UnitCard key={u.key} unit={u} {...props} />)}
      </ul>
      {calm.length > 0 && (
        <details class="calm" data-testid="units-calm">
          <summary>{words(lang.value, 'calm', { n: calm.length })}</summary>
          <ul class="units">{calm.map((u) => <UnitCard key={u.key} unit={u} {...props} />)}</ul>
        </details>
      )}
      {notUs.length > 0 && flags && (
        <section class="not-us-group">
          <h3>{words(lang.value, 'notUs', { n: notUs.length })}</h3>
          <ul class="units">{notUs.map((u) => <NotAboutUsRow key={u.key} model={flags} unit={u} tabId={tabId} />)}</ul>
        </section>
      )}
    </div>
  );
}

function UnitCard({ unit: u, flags, tabId = null, replies, capture, onCapture, escalate, pageUrl }: UnitListProps & { unit: TabUnit }) {
  const focused = flags?.focusKey.value === u.key;
  const [open, setOpen] = useState(focused);
  useEffect(() => {
    if (focused) setOpen(true);
  }, [focused]);
  const level = levelOf(u);
  const reach = reachOf(u);
  const mine = capture?.lastKey.value === u.key;
  const run = capture?.running.value;
  return (
    <li class={`unit level-${level}${open ? ' open' : ''}`} data-testid="unit" data-level={level} data-brand={u.mentions[0]?.brand ?? ''} data-key={u.key}>
      <button type="button" class="unit-row" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span class={`chip level-${level}`}>{levelLabel(level)}</span>
        {u.author && <span class="author">{u.author}</span>}
        <span class="snippet">{u.text}</span>
        {reach && <span class="reach">{reach}</span>}
      </button>
      {open && (
        <div class="unit-body">
          <p class="text">{u.text.length > 280 ? `${u.text.slice(0, 280)}…` : u.text}</p>
          <Reasons reasons={u.reasons} />
          {flags && <UnitDetails model={flags} unit={u} tabId={tabId} />}
          {onCapture && <CaptureUnitButton onClick={() => onCapture(u.key)} disabled={!!run} />}
          {capture && mine && (
            <CaptureStatus run={run?.unitKey === u.key ? run : null} last={capture.last.value} item={capture.lastItem.value} />
          )}
          {/* Where no approved reply fits, the 无合适口径 block below offers 上报 itself. */}
          {escalate && level !== 'none' && !(replies && noFit(replies.byKey.value[u.key])) && (
            <EscalateButton model={escalate} unit={u} reason="risk" {...(pageUrl ? { pageUrl } : {})} />
          )}
          {replies && <ReplySuggestions model={replies} unit={u} risky={level !== 'none'} {...(escalate ? { escalate } : {})} {...(pageUrl ? { pageUrl } : {})} />}
        </div>
      )}
    </li>
  );
}
