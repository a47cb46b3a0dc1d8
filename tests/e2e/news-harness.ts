import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { extensionDir } from '../support/paths.ts';
import { SidePanelPage } from './pages/side-panel-page.ts';

// The news spec's harness (issue 12): two browsers, each with the built extension. `plain` is the build as shipped,
// where the rule pack's news hosts are optional and not granted. `granted` is a copy whose manifest already lists
// them in host_permissions: a headless Chromium cannot show chrome.permissions.request's prompt (a click there
// leaves the request pending for good), so the grant a user makes at that prompt is made by the manifest instead.

/** The demo rule pack's news hosts (shared/src/engine/demo-pack.ts); the spec checks the settings page lists them. */
export const demoNewsHosts = [
  'sina.com.cn', 'thepaper.cn', '163.com', 'new.qq.com', 'news.qq.com', 'sohu.com', 'ifeng.com', 'toutiao.com', 'baijiahao.baidu.com', 'sixthtone.com',
];

function extensionWithNewsHosts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-news-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...demoNewsHosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`])];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

interface Fixtures {
  fixtures: FixtureServer;
  plain: ExtensionBrowser;
  granted: ExtensionBrowser;
}

export const test = base.extend<object, Fixtures>({
  fixtures: [async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.stop();
  }, { scope: 'worker' }],
  plain: [async ({ fixtures }, use) => {
    const browser = await launchWithExtension(fixtures.port);
    await use(browser);
    await browser.close();
  }, { scope: 'worker', timeout: 60_000 }],
  granted: [async ({ fixtures }, use) => {
    const ext = extensionWithNewsHosts();
    const browser = await launchWithExtension(fixtures.port, ext);
    await use(browser);
    await browser.close();
    rmSync(ext, { recursive: true, force: true });
  }, { scope: 'worker', timeout: 60_000 }],
});
export { expect };

export const extUrl = (b: ExtensionBrowser, path: string) => `chrome-extension://${b.extensionId}/${path}`;

/** Runs `fn` in the extension's service worker. */
export async function inWorker<R, A>(b: ExtensionBrowser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (await b.serviceWorker()).evaluate(fn as never, arg as never);
}

/** Chrome's id of the tab showing `page` (by exact URL: chrome:// pages are no match pattern). */
export async function tabIdOf(b: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await inWorker(b, async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, page.url());
  if (id === null) throw new Error(`no tab shows ${page.url()}`);
  return id;
}

export async function openPanel(b: ExtensionBrowser, forPage: Page): Promise<SidePanelPage> {
  const tabId = await tabIdOf(b, forPage);
  const page = await b.context.newPage();
  await page.goto(extUrl(b, `sidepanel.html?tabId=${tabId}`));
  return new SidePanelPage(page);
}

export interface StoredUnit {
  key: string;
  kind: string;
  level: string;
  text: string;
  author?: string;
  mentions: { brand: string }[];
}

/** The tab's state as the extension stored it (`tab:<id>` in chrome.storage.session). */
export async function tabState(b: ExtensionBrowser, page: Page): Promise<{ units: StoredUnit[]; read?: { mention: boolean; units: number } } | null> {
  const tabId = await tabIdOf(b, page);
  return inWorker(b, async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null) as never, tabId);
}

/** The content scripts registered at run time (the news script is `flag-news`). */
export const registeredScripts = (b: ExtensionBrowser) =>
  inWorker(b, async () => {
    const scripting = (chrome as unknown as { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } }).scripting;
    return scripting.getRegisteredContentScripts();
  }, null);
