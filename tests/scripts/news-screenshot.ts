// Screenshots of the news-site grant (issue 12), for a person to look at: the settings page's news-site list and
// the side panel's banner on an ungranted finance.sina.com.cn article, in zh-CN and English.
//   flock /tmp/vigil-browser.lock pnpm --filter @vigil/tests exec tsx scripts/news-screenshot.ts OUT_PREFIX
// Writes OUT_PREFIX-settings-{zh,en}.png and OUT_PREFIX-panel-{zh,en}.png.
import { launchWithExtension } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';

const [prefix = '/tmp/news'] = process.argv.slice(2);
const fixtures = await startFixtureServer();
const b = await launchWithExtension(fixtures.port);
const ext = (path: string) => `chrome-extension://${b.extensionId}/${path}`;
try {
  const sw = await b.serviceWorker();
  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') {
      await sw.evaluate(async () => {
        const key = 'settings:v1';
        const saved = (await chrome.storage.local.get(key))[key] ?? {};
        await chrome.storage.local.set({ [key]: { ...(saved as object), lang: 'en' } });
      });
    }
    const settings = await b.context.newPage();
    await settings.setViewportSize({ width: 640, height: 900 });
    await settings.goto(ext('options.html'));
    await settings.getByTestId('news-host').first().waitFor();
    await settings.screenshot({ path: `${prefix}-settings-${lang}.png`, fullPage: true });
    const page = await b.context.newPage();
    await page.goto('http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781300.shtml');
    const tabId = await sw.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.goto(ext(`sidepanel.html?tabId=${tabId}`));
    await panel.getByTestId('news-banner').waitFor();
    await panel.getByTestId('units-empty-reason').waitFor();
    await panel.screenshot({ path: `${prefix}-panel-${lang}.png` });
    for (const p of [panel, page, settings]) await p.close();
  }
} finally {
  await b.close();
  await fixtures.stop();
}
