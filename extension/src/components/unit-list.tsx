import { levelLabel, t } from '../i18n.ts';
import type { TabUnit } from '../storage.ts';
import type { ReplySuggestionsModel } from '../replies/suggestions-model.ts';
import type { FlagPanelModel } from '../flagging/panel-model.ts';
import { CaptureUnitButton } from './capture-unit-button.tsx';
import { UnitDetails } from '../flagging/panel-controls.tsx';
import { ReplySuggestions } from './reply-suggestions.tsx';

/** The analysed units of a tab, most severe first; the flagging work (issue 4) adds replies and capture here. */
const order = { severe: 0, moderate: 1, mild: 2, none: 3 } as const;

/**
 * `onCapture` adds a 取证 button per unit (issue 6); `capturing` disables it while a capture runs; `replies` adds the
 * approved-reply suggestions under each unit (issue 5).
 */
export function UnitList({ units, onCapture, capturing, replies, flags, tabId }: { units: TabUnit[]; onCapture?: (key: string) => void; capturing?: boolean; replies?: ReplySuggestionsModel; flags?: FlagPanelModel; tabId?: number | null }) {
  if (units.length === 0) return <p class="empty" data-testid="units-empty">{t('panel.noUnits')}</p>;
  const sorted = [...units].sort((a, b) => order[a.level] - order[b.level]);
  return (
    <ul class="units" data-testid="units">
      {sorted.map((u) => (
        <li key={u.key} class={`unit level-${u.level}`} data-testid="unit" data-level={u.level} data-brand={u.mentions[0]?.brand ?? ''}>
          <header>
            <span class="level">{levelLabel(u.level)}</span>
            {u.author && <span class="author">{u.author}</span>}
          </header>
          <p class="text">{u.text.length > 140 ? `${u.text.slice(0, 140)}…` : u.text}</p>
          {u.reasons.length > 0 && <p class="reasons">{u.reasons.join(' · ')}</p>}
          {flags && <UnitDetails model={flags} unit={u} tabId={tabId ?? null} />}
          {onCapture && <CaptureUnitButton onClick={() => onCapture(u.key)} disabled={capturing ?? false} />}
          {replies && <ReplySuggestions model={replies} unit={u} />}
        </li>
      ))}
    </ul>
  );
}
