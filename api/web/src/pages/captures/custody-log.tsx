import type { Detail } from './model.ts';
import { formatTime } from '../../i18n.ts';
import { ct, ctOr } from './text.ts';

/**
 * The chain of custody, oldest first with log indexes: the capture's own log entry (its receipt) opens it, then
 * every custody event the API logged (viewed, downloaded, exported…).
 */
export function CustodyLog({ detail }: { detail: Detail }) {
  const custody: Detail['custody'] = [
    { logIndex: detail.receipt.logIndex, event: 'captured', actor: { id: detail.capturer.id, name: detail.capturer.name }, at: detail.receivedAt },
    ...detail.custody,
  ];
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
