import { computed, signal } from '@preact/signals';
import type { CaptureEvent, CaptureKind, CaptureOutcome, CaptureRequest, CaptureStep, OutboxSummary } from './capture-types.ts';

export interface CaptureTransport {
  /** Asks for the screenshot permission if not held (must run inside the click), then captures. */
  capture(req: CaptureRequest): Promise<CaptureOutcome>;
  outbox(): Promise<OutboxSummary>;
  retry(): Promise<OutboxSummary>;
  /** Progress and outbox changes broadcast by the background. */
  onEvent(callback: (event: CaptureEvent) => void): () => void;
  /** Whether full pages are taken through the debugger (Chrome then shows its debugging bar). */
  usesDebugger(): Promise<boolean>;
  /** Whether screenshots are allowed on every site already (else the first capture asks). */
  canScreenshot(): Promise<boolean>;
}

export interface Running {
  tabId: number;
  kind: CaptureKind;
  unitKey?: string;
  step: CaptureStep;
  done: CaptureStep[];
  detail?: string;
}

/** Evidence capture in the side panel (issue 6): the running capture's steps, the last outcome, the outbox. */
export function createCaptureModel(transport: CaptureTransport, options: { signal: AbortSignal }) {
  const running = signal<Running | null>(null);
  const last = signal<CaptureOutcome | null>(null);
  const outbox = signal<OutboxSummary>({ pending: 0, items: [] });
  const debuggerBar = signal(false);
  const needsPermission = signal(false);
  /** The unit the last capture was of (null: a page capture): its progress and receipt show on that unit (issue 13). */
  const lastKey = signal<string | null>(null);
  /** The last outcome's item as the outbox knows it now (a pending capture turns delivered in place). */
  const lastItem = computed(() => {
    const l = last.value;
    if (!l?.ok) return null;
    return outbox.value.items.find((i) => i.captureId === l.item.captureId) ?? l.item;
  });

  async function capture(tabId: number, kind: CaptureKind, unitKey?: string): Promise<CaptureOutcome | null> {
    if (running.value) return null;
    running.value = { tabId, kind, ...(unitKey ? { unitKey } : {}), step: 'prepare', done: [] };
    last.value = null;
    lastKey.value = unitKey ?? null;
    try {
      const outcome = await transport.capture({ tabId, kind, ...(unitKey ? { unitKey } : {}) });
      last.value = outcome;
      outbox.value = await transport.outbox();
      needsPermission.value = !(await transport.canScreenshot().catch(() => false));
      return outcome;
    } catch (err) {
      last.value = { ok: false, message: err instanceof Error ? err.message : String(err) };
      return last.value;
    } finally {
      running.value = null;
    }
  }

  async function retry() {
    outbox.value = await transport.retry();
  }

  async function start() {
    const stop = transport.onEvent((event) => {
      if (event.type === 'outbox') outbox.value = event.summary;
      else if (running.value && running.value.tabId === event.tabId) {
        const { detail: _d, ...rest } = running.value;
        running.value = { ...rest, step: event.step, done: event.done, ...(event.detail ? { detail: event.detail } : {}) };
      }
    });
    options.signal.addEventListener('abort', stop, { once: true });
    const [summary, dbg, shots] = await Promise.all([
      transport.outbox().catch(() => outbox.value),
      transport.usesDebugger().catch(() => false),
      transport.canScreenshot().catch(() => false),
    ]);
    outbox.value = summary;
    debuggerBar.value = dbg;
    needsPermission.value = !shots;
  }

  return { running, last, lastItem, lastKey, outbox, debuggerBar, needsPermission, capture, retry, start };
}
export type CaptureModel = ReturnType<typeof createCaptureModel>;
