import { formatBeijing } from '@vigil/shared/i18n/beijing-time';
import { dictionary } from '@vigil/shared/i18n/dictionary';
import { lang, levelLabel } from '../i18n.ts';
import { upcomingDeadlines } from './incident-sync.ts';
import { countdown, type IncidentsModel } from './panel-model.ts';
import type { OpenIncident } from './types.ts';
import './incidents.css';
import { deadlineLabel } from '@vigil/shared/i18n/vocabulary';

// 处置中的事件 at the top of the side panel (issue 11 item 7): only when there are open incidents, so the busy-feed
// panel (issue 13) is no taller without them. Level, title, the next deadline's live countdown, the holding statement.

const words = dictionary(
  {
    heading: '处置中的事件（{n}）', left: '剩余 {t}', overdue: '已超时 {t}', due: '截止 {time}', noDeadline: '无待完成时限',
    holding: '已批准的权威信息', offline: '离线：显示 {time} 同步的列表',
  },
  {
    heading: 'Incidents in progress ({n})', left: '{t} left', overdue: 'Overdue by {t}', due: 'due {time}', noDeadline: 'No deadline pending',
    holding: 'Approved holding statement', offline: 'Offline: list synced {time}',
  },
);
type Word = Parameters<typeof words>[1];
const w = (key: Word, params?: Record<string, string>) => words(lang.value, key, params);
const kindText = (kind: string) => deadlineLabel(kind, lang.value);

function Deadlines({ incident, now }: { incident: OpenIncident; now: number }) {
  const upcoming = upcomingDeadlines(incident);
  if (upcoming.length === 0) return <p class="incident-deadline">{w('noDeadline')}</p>;
  return upcoming.map((d) => {
    const c = countdown(d.due, now);
    return (
      <p key={d.kind} class="incident-deadline" data-testid="incident-deadline" data-kind={d.kind}>
        {kindText(d.kind)}{' '}
        <span class={`countdown${c.overdue ? ' overdue' : ''}`} data-testid="incident-countdown">{w(c.overdue ? 'overdue' : 'left', { t: c.text })}</span>{' '}
        <span class="due">{w('due', { time: formatBeijing(d.due, lang.value, 'minute') })}</span>
      </p>
    );
  });
}

export function IncidentsSection({ model }: { model: IncidentsModel }) {
  const { incidents, offline, syncedAt } = model.info.value;
  if (incidents.length === 0) return null;
  return (
    <details class="incidents" open data-testid="panel-incidents">
      <summary>{w('heading', { n: String(incidents.length) })}</summary>
      {offline && syncedAt && <p class="incident-offline">{w('offline', { time: formatBeijing(syncedAt, lang.value, 'minute') })}</p>}
      <ul>
        {incidents.map((i) => (
          <li key={i.id} class={`incident level-${i.level}`} data-testid="panel-incident" data-level={i.level}>
            <p class="incident-title"><span class={`chip level-${i.level}`}>{levelLabel(i.level)}</span> {i.title}</p>
            <Deadlines incident={i} now={model.now.value} />
            {i.holdingStatement && (
              <details class="holding" data-testid="incident-holding">
                <summary>{w('holding')}</summary>
                <p>{i.holdingStatement}</p>
              </details>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
