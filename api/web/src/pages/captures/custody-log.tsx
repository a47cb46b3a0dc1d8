import type { Detail } from './model.ts';
import { formatTime } from '../../i18n.ts';
import { ct, ctOr } from './text.ts';

/** The chain of custody: every log entry about this capture, oldest first, with its log index. */
export function CustodyLog({ custody }: { custody: Detail['custody'] }) {
  return (
    <section class="panel" data-testid="capture-custody">
      <h3>{ct('custody')}</h3>
      <table>
        <thead><tr><th>#</th><th>{ct('event')}</th><th>{ct('actor')}</th><th>{ct('at')}</th></tr></thead>
        <tbody>
          {custody.map((e) => {
            const event = e.event || 'captured';
            return (
              <tr key={e.logIndex} data-testid="custody-row" data-event={event}>
                <td class="muted">{e.logIndex}</td>
                <td>{ctOr(`event.${event}`, event)}{e.detail ? ` · ${e.detail}` : ''}</td>
                <td>{e.actor.name ?? e.actor.id}</td>
                <td class="nowrap">{formatTime(e.at)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
