import type { CaptureModel } from '../models/capture.ts';
import { ct, errorText } from '../models/capture-text.ts';

/** Captures not yet acknowledged by the server, with why, in words a user can act on. */
export function OutboxView({ model }: { model: CaptureModel }) {
  const { pending, items } = model.outbox.value;
  const waiting = items.filter((i) => i.state !== 'delivered');
  return (
    <div class="outbox" data-testid="outbox" data-pending={pending}>
      <p>
        {ct('outbox')}：<strong data-testid="outbox-count">{pending}</strong>
        {pending > 0 && (
          <button type="button" class="link" data-testid="outbox-retry" onClick={() => void model.retry()}>
            {ct('retry')}
          </button>
        )}
      </p>
      {waiting.length > 0 ? (
        <ul class="outbox-items">
          {waiting.map((i) => (
            <li key={i.captureId} data-testid="outbox-item" data-state={i.state} data-capture-id={i.captureId}>
              <span class="outbox-title">{i.title || i.url}</span>
              {i.error && <span class="outbox-error" data-testid="outbox-error">{errorText(i.error)}</span>}
            </li>
          ))}
        </ul>
      ) : (
        items.length > 0 && <p class="empty">{ct('outboxEmpty')}</p>
      )}
    </div>
  );
}
