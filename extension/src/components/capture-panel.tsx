import type { CaptureModel } from '../models/capture.ts';
import { captureSteps } from '../models/capture-types.ts';
import { ct, errorText, stepText } from '../models/capture-text.ts';
import { CaptureReceiptView } from './capture-receipt.tsx';
import { OutboxView } from './capture-outbox.tsx';

/** Page capture, the running capture's steps, its receipt, and the outbox (issue 6). */
export function CapturePanel({ model, tabId }: { model: CaptureModel; tabId: number | null }) {
  // A unit's capture shows on its own card (unit-list.tsx); this panel shows page captures.
  const pageCapture = model.lastKey.value === null;
  const run = pageCapture ? model.running.value : null;
  const last = pageCapture ? model.last.value : null;
  const item = pageCapture ? model.lastItem.value : null;
  return (
    <section class="capture" data-testid="capture-panel">
      <h2>{ct('title')}</h2>
      <button type="button" data-testid="capture-page" disabled={tabId === null || model.running.value !== null} onClick={() => tabId !== null && void model.capture(tabId, 'page')}>
        {ct('capturePage')}
      </button>
      {model.debuggerBar.value && <p class="hint">{ct('debuggerNote')}</p>}
      {model.needsPermission.value && !run && <p class="hint" data-testid="capture-permission-hint">{ct('permission')}</p>}
      <CaptureStatus run={run} last={last} item={item} />
      <OutboxView model={model} />
    </section>
  );
}

/** A capture's steps while it runs, then its receipt, or where it waits and why. */
export function CaptureStatus({ run, last, item }: { run: CaptureModel['running']['value']; last: CaptureModel['last']['value']; item: CaptureModel['lastItem']['value'] }) {
  return (
    <>
      {run && (
        <ol class="capture-steps" data-testid="capture-progress" aria-live="polite">
          {captureSteps
            .filter((s) => (run.kind === 'page' ? s !== 'unit' : s !== 'fullpage'))
            .map((s) => (
              <li key={s} data-step={s} class={run.done.includes(s) ? 'done' : run.step === s ? 'current' : ''}>
                {stepText(s)}
                {run.step === s && run.detail ? ` ${run.detail}` : ''}
              </li>
            ))}
        </ol>
      )}
      {last && !last.ok && (
        <p class="status status-error" data-testid="capture-error" role="alert">{last.message}</p>
      )}
      {item?.state === 'delivered' && item.receipt && <CaptureReceiptView receipt={item.receipt} />}
      {item && item.state !== 'delivered' && (
        <p class={`status ${item.state === 'failed' ? 'status-error' : ''}`} data-testid="capture-pending" data-state={item.state}>
          {ct('saved')}
          {item.error ? `：${errorText(item.error)}` : ''}
        </p>
      )}
    </>
  );
}
