// Screenshots of the side panel on the 10-post Weibo feed fixture (issue 13), for a person to look at:
//   flock /tmp/vigil-browser.lock pnpm --filter @vigil/tests exec tsx scripts/panel-screenshot.ts OUT_PREFIX [EXTENSION_DIR]
// Writes OUT_PREFIX-zh.png, OUT_PREFIX-en.png (full panel), OUT_PREFIX-open.png (the worst unit opened),
// OUT_PREFIX-escalated.png (that unit after 上报) and OUT_PREFIX-own.png (the brand's own accounts unfolded).
import { startApiServer } from '../support/api-server.ts';
import { launchWithExtension } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { extensionDir } from '../support/paths.ts';

const [prefix = '/tmp/panel', dir = extensionDir] = process.argv.slice(2);
const api = await startApiServer();
const fixtures = await startFixtureServer();
const b = await launchWithExtension(fixtures.port, dir);
try {
  const settings = await b.context.newPage();
  await settings.goto(`chrome-extension://${b.extensionId}/options.html`);
  await settings.getByTestId('settings-api-url').fill(api.url);
  await settings.getByTestId('settings-token').fill(api.creds.token);
  await settings.getByTestId('settings-save').click();
  await settings.locator('[data-testid="settings-status"][data-state="ok"]').waitFor();
  const page = await b.context.newPage();
  await page.goto('http://weibo.com/');
  await page.waitForTimeout(2500);
  const sw = await b.serviceWorker();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ url: 'http://weibo.com/' }))[0]?.id ?? null);
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForTimeout(2500);
  const height = await panel.evaluate(() => document.documentElement.scrollHeight);
  console.log(`panel height: ${height}px (${(height / 900).toFixed(1)} screens of 900)`);
  await panel.screenshot({ path: `${prefix}-zh.png`, fullPage: true });
  const unit = panel.getByTestId('unit').first();
  await unit.click({ position: { x: 30, y: 12 } }).catch(() => {});
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: `${prefix}-open.png`, fullPage: false });
  // 上报 on the open unit and the brand's own posts unfolded (issues 11 item 7, 13 item 2).
  await unit.getByTestId('escalate').click().catch(() => {});
  await panel.waitForTimeout(1500);
  await unit.screenshot({ path: `${prefix}-escalated.png` });
  await panel.getByTestId('own-accounts').locator('summary').first().click().catch(() => {});
  await panel.getByTestId('own-unit').first().locator('summary').click().catch(() => {});
  await panel.waitForTimeout(500);
  await panel.getByTestId('own-accounts').screenshot({ path: `${prefix}-own.png` }).catch(() => {});
  await panel.getByTestId('lang-toggle').click();
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: `${prefix}-en.png`, fullPage: true });
} finally {
  await b.close();
  await fixtures.stop();
  await api.stop();
}
