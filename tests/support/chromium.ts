import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumPath, extensionDir } from './paths.ts';

/** The real hostnames the site adapters match; all of them resolve to the fixture server. */
export const fixtureHosts = [
  'weibo.com',
  '*.weibo.com',
  'weibo.cn',
  '*.weibo.cn',
  'douyin.com',
  '*.douyin.com',
  'news.sina.com.cn',
  '*.sina.com.cn',
  'www.thepaper.cn',
  '*.thepaper.cn',
  'news.163.com',
  '*.163.com',
  '*.ifeng.com',
  '*.sohu.com',
  '*.sixthtone.com',
  'www.xiaohongshu.com',
  'www.kuaishou.com',
  'www.bilibili.com',
  'search.bilibili.com',
  'www.zhihu.com',
  'zhuanlan.zhihu.com',
  'mp.weixin.qq.com',
  'new.qq.com',
  '*.toutiao.com',
  'baijiahao.baidu.com',
];

/**
 * Fixture hosts go to the fixture server; every other name fails at once (no test reaches the internet, and a
 * fixture's stray CDN link cannot stall a page load); loopback (the API) is left alone.
 */
export function hostResolverRules(fixturePort: number): string {
  const maps = fixtureHosts.map((h) => `MAP ${h} 127.0.0.1:${fixturePort}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (restarted by Chromium when idle: always ask again). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Debian Chromium with the built extension loaded, in a fresh profile (toolchain.md "Chromium end-to-end"). */
export async function launchWithExtension(fixturePort: number, extension = extensionDir): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'vigil-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: false,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Fixtures are plain http at real hostnames: no automatic https attempt first.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--host-resolver-rules=${hostResolverRules(fixturePort)}`,
    ],
  });
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  // A cold start of Chromium on a busy machine can take a while to start the extension's worker.
  const first =
    context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;

  async function serviceWorker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return live;
    // Woken by any extension page.
    const waiting = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const worker = await waiting;
    await page.close();
    return worker;
  }

  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
