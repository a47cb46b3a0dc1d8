import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startApiServer, type ApiServer } from '../support/api-server.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { extensionDir } from '../support/paths.ts';
import { figure, loadLine, referenceWork } from './stats.ts';
import { SidePanelPage } from '../e2e/pages/side-panel-page.ts';

// One-click capture timings (issue 6, DESIGN budget): click → receipt on screen, loopback API, built extension in
// Chromium. A post (unit) capture, and a full page of ~20 screens: by scroll-and-stitch (what a user without the
// debugger permission gets; captureVisibleTab allows ~2 calls/s) and by CDP captureBeyondViewport.

const RUNS = 3;

/** The built extension with `<all_urls>` granted (a user grants it at the first capture), optionally `debugger`. */
function grantedCopy(withDebugger: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[]; permissions: string[] };
  m.host_permissions.push('<all_urls>');
  if (withDebugger) m.permissions.push('debugger');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  return dir;
}

async function connect(b: ExtensionBrowser, api: ApiServer) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByTestId('settings-api-url').fill(api.url);
  await page.getByTestId('settings-token').fill(api.creds.token);
  await page.getByTestId('settings-save').click();
  await page.locator('[data-testid="settings-status"][data-state="ok"]').waitFor();
  await page.close();
}

async function panelFor(b: ExtensionBrowser, fixture: Page): Promise<Page> {
  await fixture.bringToFront();
  const sw = await b.serviceWorker();
  const tabId = await sw.evaluate(async (url) => (await chrome.tabs.query({ url })).find((t) => t.active)?.id, fixture.url());
  const opened = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await sw.evaluate((url) => chrome.windows.create({ url, width: 420, height: 900 }), `chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}

/** Makes the feed ~`screens` viewports tall with copies of its own posts. */
async function lengthen(page: Page, screens: number) {
  await page.evaluate((n) => {
    const feed = document.querySelector('main') ?? document.body;
    const posts = [...feed.children];
    for (let i = 0; document.documentElement.scrollHeight < n * innerHeight && i < 500; i++) feed.append(posts[i % posts.length]!.cloneNode(true));
  }, screens);
  return page.evaluate(() => Math.round(document.documentElement.scrollHeight / innerHeight));
}

async function timeCapture(panel: Page, click: () => Promise<void>): Promise<number> {
  const receipt = panel.getByTestId('capture-receipt');
  const t0 = performance.now();
  await click();
  await panel.getByTestId('capture-progress').waitFor({ state: 'detached', timeout: 60_000 });
  await receipt.waitFor({ timeout: 60_000 });
  return performance.now() - t0;
}

/** Size in px of each full-page image of the newest capture, read from the PNG header (IHDR). */
async function fullPageImages(api: ApiServer): Promise<string> {
  const headers = { authorization: `Bearer ${api.creds.token}` };
  const list = (await (await fetch(`${api.url}/api/captures?limit=1`, { headers })).json()) as { items: { id: string }[] };
  const id = list.items[0]!.id;
  const detail = (await (await fetch(`${api.url}/api/captures/${id}`, { headers })).json()) as { manifest: { artefacts: { name: string }[] } };
  const sizes: string[] = [];
  for (const a of detail.manifest.artefacts.filter((x) => x.name.startsWith('fullpage'))) {
    const png = new DataView(await (await fetch(`${api.url}/api/captures/${id}/artefacts/${a.name}`, { headers })).arrayBuffer());
    sizes.push(`${png.getUint32(16)}×${png.getUint32(20)}`);
  }
  return sizes.join(' + ');
}

const ref = (xs: number[]) => ({ name: 'reference workload', xs });

async function scenario(label: string, withDebugger: boolean, api: ApiServer, fixturePort: number) {
  const ext = grantedCopy(withDebugger);
  const b = await launchWithExtension(fixturePort, ext);
  try {
    await connect(b, api);
    const fixture = await b.context.newPage();
    await fixture.goto('http://weibo.com/');
    const panel = await panelFor(b, fixture);
    const unit = panel.locator('[data-testid="unit"][data-level="severe"]').first();
    await unit.waitFor({ timeout: 15_000 });
    // The compact panel (issue 13) shows a unit's 取证 button once the unit is open, as a staff member opens it.
    await new SidePanelPage(panel).open(unit);
    if (!withDebugger) {
      const post: number[] = [];
      const refs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        post.push(await timeCapture(panel, () => unit.getByTestId('capture-unit').click()));
        refs.push(referenceWork());
      }
      figure('post capture → receipt', post, 'ms', { digits: 0, budget: { op: '<', value: 2000 }, baseline: ref(refs) });
    }
    const screens = await lengthen(fixture, 20);
    const full: number[] = [];
    const refs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      full.push(await timeCapture(panel, () => panel.getByTestId('capture-page').click()));
      refs.push(referenceWork());
    }
    figure(`full page (${screens} screens, ${label}) → receipt`, full, 'ms', {
      digits: 0, budget: { op: '<', value: 6000 }, baseline: ref(refs), note: `images ${await fullPageImages(api)} px`,
    });
  } finally {
    await b.close();
    rmSync(ext, { recursive: true, force: true });
  }
}

export async function run() {
  loadLine('start');
  const api = await startApiServer();
  const fixtures = await startFixtureServer();
  try {
    await scenario('scroll-and-stitch', false, api, fixtures.port);
    await scenario('CDP captureBeyondViewport', true, api, fixtures.port);
  } finally {
    await fixtures.stop();
    await api.stop();
    loadLine('end');
  }
}
