import type { BackgroundModule } from '../background-modules.ts';
import type { Settings, Stores } from '../storage.ts';
import { runCapture } from './capture-flow.ts';
import { openedFromCase } from './recheck-opener.ts';
import { createRecheckRefusals, type RefusalReason } from './recheck-refusals.ts';
import { createConnectionRegistrar } from './connection-registration.ts';
import { ensureRegistration } from './device-key.ts';
import { idbAll, idbGet, idbPut, STORES } from './idb.ts';
import { createOutbox, type OutboxRecord, type OutboxStore } from './outbox.ts';
import { queueScheduler } from '../queue/scheduler.ts';
import { uploadCapture } from './upload.ts';
import { CAPTURE_CHANNEL, type CaptureEvent, type CaptureOutcome, type CaptureRequest } from './types.ts';

const ALARM = 'vigil-outbox';
const MARKER = 'registered-connection:v1';

const idbOutbox: OutboxStore = {
  put: (r) => idbPut(STORES.outbox, r),
  get: (id) => idbGet<OutboxRecord>(STORES.outbox, id),
  all: () => idbAll<OutboxRecord>(STORES.outbox),
};

/**
 * The background half of evidence capture (issue 6): capture messages, and in `start` the outbox's retries (alarm,
 * browser start-up, worker start, settings change) and device registration.
 */
export function createCaptureBackground(stores: Stores): BackgroundModule {
  let channel: BroadcastChannel | null = null;
  const post = (event: CaptureEvent) => (channel ??= new BroadcastChannel(CAPTURE_CHANNEL)).postMessage(event);
  const settings = stores.settings;
  const scheduler = queueScheduler(ALARM, () => outbox.flush());
  const outbox = createOutbox({
    store: idbOutbox,
    upload: async (record) => uploadCapture(await settings.get(), record),
    now: Date.now,
    schedule: scheduler.schedule,
    changed: (summary) => post({ type: 'outbox', summary }),
  });

  const refusals = createRecheckRefusals(stores.recheckRefused);

  function start() {
    scheduler.listen();
    refusals.listen();
    chrome.tabs.onRemoved.addListener((tabId) => void stores.recheckMade(tabId).remove().catch(() => {}));
    chrome.runtime.onStartup.addListener(() => void outbox.flush(true));
    // A new token or address may be what the outbox was waiting for; registering the device belongs to setting up a
    // token, and is checked at every start too: the change that woke a sleeping worker may be the token itself.
    const register = createConnectionRegistrar(
      { get: () => idbGet<string>(STORES.keys, MARKER), set: (v) => idbPut(STORES.keys, v, MARKER).then(() => undefined) },
      ensureRegistration,
    );
    const registered = (s: Settings) => void register(s).then((changed) => changed && outbox.flush(true));
    void settings.get().then(registered);
    // A language switch changes the settings too, but not the connection the registrar remembers.
    settings.watch(registered);
    // The worker was (re)started: whatever is due goes now.
    void outbox.flush();
  }

  let busy = false;
  const capture = async (req: CaptureRequest): Promise<CaptureOutcome> => {
    if (busy) return { ok: false, message: '正在取证，请稍候 / A capture is already running' };
    busy = true;
    const done: CaptureEvent & { type: 'progress' } = { type: 'progress', tabId: req.tabId, step: 'prepare', done: [] };
    try {
      return await runCapture(req, {
        settings: await settings.get(),
        outbox,
        progress(step, detail) {
          if (done.step !== step && !done.done.includes(done.step)) done.done.push(done.step);
          done.step = step;
          post({ ...done, done: [...done.done], ...(detail ? { detail } : {}) });
        },
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (/activeTab|all_urls|Cannot access contents/i.test(message)) {
        return { ok: false, message: '没有截取此页面的权限：请在浏览器提示中允许，或先点击工具栏的 Vigil 图标再取证 / No permission to capture this page' };
      }
      return { ok: false, message: `取证失败 / Capture failed: ${message}` };
    } finally {
      busy = false;
    }
  };
  /**
   * Tabs that made their re-check. The set answers within the task (of two asks in flight from one tab, the first
   * claims it); stores.recheckMade keeps the rule over a worker Chrome stopped for idleness, after which a page that
   * took its tab elsewhere with the case id in hand would otherwise get a second re-check filed under the case.
   */
  const rechecked = new Set<number>();
  const handlers: BackgroundModule['handlers'] = {
    'capture:start': (req) => capture(req),
    // A re-check (复查, issue 10): the page as it is now, with what the page said about the post, signed with it.
    'recheck:start': async (req, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.tab?.url) return { ok: false, message: '标签页已关闭 / The tab is gone' };
      const getTab = (id: number) => chrome.tabs.get(id) as Promise<chrome.tabs.Tab | null>;
      // Why not is kept for the side panel only (recheck-refusals.ts): nothing in the page may show that Vigil is there.
      const url = sender.tab.url;
      const refuse = (reason: RefusalReason) => refusals.refused(tabId, { caseId: req.caseId, reason, url }).catch(() => {});
      if (!(await openedFromCase(sender.tab, req.caseId, (await settings.get()).apiUrl, getTab))) {
        await refuse('not-from-case');
        return { ok: false, message: '复查只能从 Vigil 的案件页面打开 / A re-check must be opened from its case page in Vigil' };
      }
      // One per tab the case page opened: the page it showed can read the case id from its own address and take
      // the tab elsewhere with it. Another re-check is another click on 复查.
      const first = !rechecked.has(tabId);
      rechecked.add(tabId);
      const made = stores.recheckMade(tabId);
      if (!first || (await made.get().catch(() => null)) !== null) {
        await refuse('already-rechecked');
        return { ok: false, message: '此标签页已复查过，请从案件页面再次打开 / This tab was re-checked already: open it again from the case page' };
      }
      await made.set(new Date().toISOString()).catch(() => {});
      await refusals.made(tabId).catch(() => {});
      return capture({ tabId, kind: 'page', notes: { recheck: { caseId: req.caseId, url: sender.tab.url, status: req.status, message: req.message } } });
    },
    'outbox:list': () => outbox.summary(),
    'outbox:retry': async () => {
      await outbox.retryAll();
      return outbox.summary();
    },
  };
  return { handlers, start };
}
