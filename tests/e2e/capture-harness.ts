import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { extensionDir, vigilCli } from '../support/paths.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { SidePanelPage } from './pages/side-panel-page.ts';

// The capture spec's own harness (issue 6): an API it may stop and restart on the same port and database, and the
// built extension with the screenshot permission granted up front.

/** A Vigil server this spec can stop and start again on the same port and database (the shared one cannot). */
export interface OwnApi {
  url: string;
  port: number;
  staffToken: string;
  staffEmail: string;
  legalToken: string;
  legalEmail: string;
  cli(args: string[]): { status: number | null; stdout: string; stderr: string };
  start(): Promise<void>;
  stop(): Promise<void>;
  dispose(): void;
}

async function ownApi(): Promise<OwnApi> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-capture-'));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'vigil.db')}`, VIGIL_KEY_DIR: join(dir, 'keys') };
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [vigilCli, ...args], { cwd: dir, env, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  for (const args of [['migrate'], ['seed', '--demo']]) {
    const r = cli(args);
    if (r.status !== 0) throw new Error(`vigil ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  }
  const creds = JSON.parse(readFileSync(join(dir, 'data', 'demo-credentials.json'), 'utf8')) as { token: string; users: { role: string; email: string }[] };
  const legal = creds.users.find((u) => u.role === 'legal')!;
  const legalToken = cli(['token', 'create', '--email', legal.email]).stdout.trim();
  let child: ChildProcess | null = null;
  let port = 0;
  const api: OwnApi = {
    url: '',
    port: 0,
    staffToken: creds.token,
    staffEmail: creds.users.find((u) => u.role === 'staff')!.email,
    legalToken,
    legalEmail: legal.email,
    cli,
    async start() {
      let log = '';
      const proc = spawn(process.execPath, [vigilCli, 'serve', '--port', String(port)], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      proc.stderr!.on('data', (c: Buffer) => (log += c));
      port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`vigil serve did not start:\n${log}`)), 30_000);
        proc.stdout!.on('data', (c: Buffer) => {
          log += c;
          const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        });
        proc.once('exit', (code) => reject(new Error(`vigil serve exited with ${code}:\n${log}`)));
      });
      api.port = port;
      api.url = `http://127.0.0.1:${port}`;
    },
    async stop() {
      const proc = child;
      child = null;
      if (!proc || proc.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      });
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
  await api.start();
  return api;
}

/**
 * The built extension with `<all_urls>` granted up front: a user grants it at the prompt of their first capture
 * (captureVisibleTab needs it or activeTab), and a headless browser has no way to click that prompt.
 */
function extensionWithScreenshotGrant(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, '<all_urls>'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

interface Fixtures {
  api: OwnApi;
  fixtures: FixtureServer;
  extBrowser: ExtensionBrowser;
}

export const test = base.extend<object, Fixtures>({
  api: [async ({}, use) => {
    const api = await ownApi();
    await use(api);
    await api.stop();
    api.dispose();
  }, { scope: 'worker', timeout: 60_000 }],
  fixtures: [async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.stop();
  }, { scope: 'worker' }],
  extBrowser: [async ({ fixtures }, use) => {
    const ext = extensionWithScreenshotGrant();
    const browser = await launchWithExtension(fixtures.port, ext);
    await use(browser);
    await browser.close();
    rmSync(ext, { recursive: true, force: true });
  }, { scope: 'worker', timeout: 60_000 }],
});

export const extUrl = (b: ExtensionBrowser, path: string) => `chrome-extension://${b.extensionId}/${path}`;

export async function connect(b: ExtensionBrowser, api: OwnApi, token = api.staffToken, state = 'ok') {
  const page = await b.context.newPage();
  await page.goto(extUrl(b, 'options.html'));
  const settings = new SettingsPage(page);
  await settings.save(api.url, token);
  await expect(settings.status).toHaveAttribute('data-state', state);
  await page.close();
}

/**
 * The side panel for the fixture tab, in a window of its own: captureVisibleTab takes the active tab of the
 * fixture's window, which must stay the fixture page.
 */
export async function openPanel(b: ExtensionBrowser, fixture: Page): Promise<SidePanelPage> {
  await fixture.bringToFront();
  const sw = await b.serviceWorker();
  // A URL pattern matches no fragment (a tracked link's #vigil-recheck=…): the tab is looked up without it.
  const url = fixture.url().split('#', 1)[0]!;
  const tabId = await sw.evaluate(async (url) => (await chrome.tabs.query({ url })).find((t) => t.active)?.id ?? null, url);
  expect(tabId).not.toBeNull();
  const opened = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await sw.evaluate((url) => chrome.windows.create({ url, width: 420, height: 900 }), extUrl(b, `sidepanel.html?tabId=${tabId}`));
  const panel = new SidePanelPage(await opened);
  await panel.page.waitForLoadState();
  return panel;
}

/**
 * Stops the extension's service worker as the browser does when it is idle (DevTools protocol: Target.closeTarget on
 * the worker's target), and waits until the old worker no longer answers. `page` is any page of the browser.
 */
export async function stopWorker(b: ExtensionBrowser, page: Page) {
  // The worker being stopped is told apart by a mark in its global scope: Chromium 156 keeps the worker's DevTools
  // target when it restarts, and Playwright's handle of the old worker then evaluates in the new one.
  const mark = `stop-${Math.random()}`;
  await (await b.serviceWorker()).evaluate((m) => { (self as unknown as { __vigilMark?: string }).__vigilMark = m; }, mark);
  const marked = async () => {
    try {
      return (await (await b.serviceWorker()).evaluate(() => (self as unknown as { __vigilMark?: string }).__vigilMark ?? null)) === mark;
    } catch {
      return false; // between workers
    }
  };
  const cdp = await b.context.newCDPSession(page);
  // A close sent while the browser is busy may go unheeded: ask again, up to four times, for every target of ours.
  for (let attempt = 0; attempt < 4; attempt++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const targets = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`));
    if (attempt === 0) expect(targets.length, 'the extension service worker target').toBeGreaterThan(0);
    for (const t of targets) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => {});
    if (await expect.poll(marked, { timeout: 5_000 }).toBe(false).then(() => true, () => false)) break;
  }
  expect(await marked(), 'the old service worker stopped').toBe(false);
  await cdp.detach();
}

/** A fresh legal token: an earlier spec on this worker's server may have reset legal's password, revoking theirs. */
export const freshLegalToken = (api: OwnApi) => api.cli(['token', 'create', '--email', api.legalEmail]).stdout.trim();

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export { expect };
