import { sendToTab } from '../messaging.ts';
import type { Settings } from '../storage.ts';
import { deviceKey, ensureRegistration } from './device-key.ts';
import { clockOffset, environmentReport } from './environment.ts';
import { jsonBlob, sealCapture, type Artefact } from './manifest.ts';
import type { Outbox, OutboxRecord } from './outbox.ts';
import type { UnitCapture } from './page-probe.ts';
import { captureViewport, cdpFullPage, cropPng, hasDebugger, stitchFullPage, type FullPage } from './screenshot.ts';
import { saveMhtml } from './snapshot.ts';
import { callProbe, injectProbe } from './tab-ops.ts';
import type { CaptureOutcome, CaptureRequest, CaptureStep } from './types.ts';

export interface FlowDeps {
  settings: Settings;
  outbox: Outbox;
  /** `detail`: e.g. "3/20" screens of a stitched full page. */
  progress(step: CaptureStep, detail?: string): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fail = (message: string): CaptureOutcome => ({ ok: false, message });

/** Vigil's highlights and badges off for the screenshots: through the flagging content script if it answers, and directly. */
async function setMarks(tabId: number, visible: boolean) {
  await sendToTab(tabId, 'set-marks-visible', { visible }).catch(() => undefined);
  await callProbe(tabId, 'setMarksVisible', visible).catch(() => undefined);
}

/**
 * One capture (issue 6): a unit capture takes the viewport, the unit's clip, the MHTML, the unit's data and the
 * environment; a page capture takes the full page instead of the unit parts. Everything is sealed in a signed
 * manifest and written to the outbox before any upload is tried.
 */
export async function runCapture(req: CaptureRequest, deps: FlowDeps): Promise<CaptureOutcome> {
  const startedAt = new Date();
  const registration = await ensureRegistration(deps.settings);
  if (!registration) return fail('尚未连接到 Vigil 服务器：请先在设置中填写地址和令牌（首次取证需要联网）/ Connect to a Vigil server first');
  const key = await deviceKey(registration.userId);
  const clock = clockOffset(deps.settings.apiUrl);

  deps.progress('prepare');
  let tab = await chrome.tabs.get(req.tabId).catch(() => null);
  if (!tab?.id || tab.windowId === undefined) return fail('标签页已关闭 / The tab is gone');
  if (!tab.active) {
    // captureVisibleTab sees only the active tab of a window: bring the tab to be captured to the front.
    await chrome.tabs.update(tab.id, { active: true });
    await sleep(200);
    tab = await chrome.tabs.get(tab.id);
  }
  const tabId = tab.id!;
  const windowId = tab.windowId;
  await injectProbe(tabId);

  const artefacts: Artefact[] = [];
  const png = (name: string, body: Blob) => artefacts.push({ name, type: 'image/png', body, provenance: 'onscreen' });
  let unit: UnitCapture | null = null;
  let full: FullPage | null = null;
  const metrics = await callProbe(tabId, 'metrics');
  await setMarks(tabId, false);
  try {
    if (req.kind === 'unit') {
      unit = await callProbe(tabId, 'unitCapture', req.unitKey ?? '');
      if (!unit) return fail('页面上找不到这条内容（可能已刷新或滚出列表）/ The post is no longer on the page');
    }
    deps.progress('viewport');
    const viewport = await captureViewport(windowId);
    png('viewport.png', viewport);
    if (unit) {
      deps.progress('unit');
      const clip = await cropPng(viewport, unit.rect, metrics.devicePixelRatio);
      if (clip) png('unit.png', clip);
    }
    deps.progress('snapshot');
    artefacts.push({ name: 'page.mhtml', type: 'multipart/related', body: await saveMhtml(tabId), provenance: 'browser' });
    if (req.kind === 'page') {
      deps.progress('fullpage');
      const stitch = () =>
        stitchFullPage(tabId, windowId, metrics, {
          // The viewport shot is the first screen when the page is at the top: one captureVisibleTab call (≈ 0.5 s) fewer.
          ...(metrics.scrollY === 0 && metrics.scrollX === 0 ? { firstScreen: viewport } : {}),
          onFrame: (n, total) => deps.progress('fullpage', `${n}/${total}`),
        });
      // The debugger cannot attach while DevTools is open on the tab: stitching still works then.
      full = (await hasDebugger()) ? await cdpFullPage(tabId, metrics).catch(stitch) : await stitch();
      full.images.forEach((img, i) => png(full!.images.length === 1 ? 'fullpage.png' : `fullpage-${i + 1}.png`, img));
    }
  } finally {
    await setMarks(tabId, true);
    if (unit) await callProbe(tabId, 'scrollToY', metrics.scrollY).catch(() => 0);
  }

  deps.progress('data');
  if (unit) {
    artefacts.push({ name: 'unit.json', type: 'application/json', provenance: 'adapter', body: jsonBlob({ adapter: unit.adapter, capturedFrom: metrics.url, ...unit.unit, countsShown: unit.countsShown, comments: unit.comments }) });
  }
  const reading = await clock;
  const env = await environmentReport({ metrics, clock: reading, tab: { url: tab.url ?? '', title: tab.title ?? '' }, fullPageMethod: full?.method ?? null });
  artefacts.push({ name: 'environment.json', type: 'application/json', provenance: 'environment', body: jsonBlob(env) });

  deps.progress('sign');
  const captureId = crypto.randomUUID();
  const sealed = await sealCapture(
    {
      captureId,
      kind: req.kind,
      page: { url: metrics.url, title: metrics.title },
      ...(unit ? { unit: { platform: unit.unit.platform, key: unit.unit.key, ...(unit.unit.permalink ? { permalink: unit.unit.permalink } : {}) } } : {}),
      capturer: { userId: registration.userId, name: registration.userName },
      device: { id: registration.deviceId, keyThumbprint: registration.keyThumbprint },
      startedAt,
      finishedAt: new Date(),
      clockOffsetMs: reading?.offsetMs,
      notes: { vigilMarksHidden: true, ...(req.notes ?? {}), ...(full ? { fullPage: full.method, fullPageTruncated: full.plan.truncated } : {}) },
    },
    artefacts,
    key.privateKey,
  );

  deps.progress('outbox');
  const record: OutboxRecord = {
    captureId,
    kind: req.kind,
    url: metrics.url,
    title: metrics.title,
    createdAt: startedAt.toISOString(),
    state: 'pending',
    attempts: 0,
    nextAttemptAt: Date.now(),
    manifestBytes: sealed.bytes,
    manifestSha256: sealed.sha256,
    signature: sealed.signature,
    deviceId: registration.deviceId,
    artefacts: artefacts.map(({ name, type, body }) => ({ name, type, body })),
  };
  deps.progress('upload');
  return { ok: true, item: await deps.outbox.add(record) };
}
