import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { startApiServer, type ApiServer } from '../support/api-server.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { SidePanelPage } from './pages/side-panel-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/** The loaded extension for one test, on a browser shared by the worker (storage and extra tabs reset per test). */
export interface Extension {
  context: BrowserContext;
  id: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  openSettings(): Promise<SettingsPage>;
  /** `sidepanel.html?tabId=N` for the tab of `forPage`; without it, the plain side panel (active tab). */
  openSidePanel(forPage?: Page): Promise<SidePanelPage>;
  /** Saves API URL and token through the settings page and waits for the connection check to pass. */
  connect(apiUrl: string, token: string): Promise<void>;
  /** Chrome's id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Runs `fn` in the extension's service worker (chrome.* available). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

interface WorkerFixtures {
  /**
   * One real server per worker, shared by every spec of the run: its database keeps what earlier tests did, and
   * failed logins from the browser all count toward the per-address limit (20 per 15 min). Make your own data
   * (api.createToken, fresh emails) instead of changing the demo users.
   */
  api: ApiServer;
  fixtureServer: FixtureServer;
  browserWithExtension: ExtensionBrowser;
}
interface TestFixtures {
  extension: Extension;
  /** A normal tab in the extension's browser. */
  page: Page;
  workspace: WorkspacePage;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  api: [
    async ({}, use) => {
      const server = await startApiServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  fixtureServer: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  browserWithExtension: [
    async ({ fixtureServer }, use) => {
      const browser = await launchWithExtension(fixtureServer.port);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  extension: async ({ browserWithExtension: b }, use) => {
    const { context, extensionId: id } = b;
    // Playwright's own PageFunction type is not exported; the function runs as given.
    const evaluate: Extension['evaluate'] = async (fn, arg) => (await b.serviceWorker()).evaluate(fn as never, arg as never);
    // Each test starts signed out everywhere (extension settings, workspace cookie) with no tab state, whatever
    // the previous test left behind.
    await evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]), null);
    await context.clearCookies();
    const before = new Set(context.pages());
    const extension: Extension = {
      context,
      id,
      url: (path) => `chrome-extension://${id}/${path}`,
      async openSettings() {
        const page = await context.newPage();
        await page.goto(extension.url('options.html'));
        return new SettingsPage(page);
      },
      async openSidePanel(forPage) {
        const page = await context.newPage();
        const query = forPage ? `?tabId=${await extension.tabIdOf(forPage)}` : '';
        await page.goto(extension.url(`sidepanel.html${query}`));
        return new SidePanelPage(page);
      },
      async connect(apiUrl, token) {
        const settings = await extension.openSettings();
        await settings.save(apiUrl, token);
        await expect(settings.status).toHaveAttribute('data-state', 'ok');
        await settings.page.close();
      },
      async tabIdOf(page) {
        await page.bringToFront();
        const id = await evaluate(async (url) => {
          const tabs = await chrome.tabs.query({ url });
          return (tabs.find((t) => t.active) ?? tabs[0])?.id ?? null;
        }, page.url());
        if (id === null) throw new Error(`no tab shows ${page.url()}`);
        return id;
      },
      evaluate,
    };
    await use(extension);
    for (const p of context.pages()) if (!before.has(p)) await p.close();
  },

  page: async ({ extension }, use) => {
    await use(await extension.context.newPage());
  },

  workspace: async ({ api, page }, use) => {
    await use(new WorkspacePage(page, api.url));
  },
});

export { expect };
