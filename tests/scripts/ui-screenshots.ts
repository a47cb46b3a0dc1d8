// Screenshots of what users see, in zh-CN and English, for a person to look at (review of issues 9–15):
//   flock /tmp/vigil-browser.lock pnpm --filter @vigil/tests exec tsx scripts/ui-screenshots.ts OUT_DIR [only]
// A fresh `seed --demo` server (TSA_URLS=off, so time-stamps stay 待获取); staff capture two Weibo posts with the
// real extension; legal build a case from them; the PR lead's 舆情监测 pages; the 统一口径 pages. Writes
// OUT_DIR/<name>-zh.png and -en.png, the side panel shots, and the PDFs (capture and case 取证报告, 日报, 周报).
// The admin's 站点适配 page shows how the adapters read the pages visited. `only` (comma-separated: panel, cases,
// monitor, replies, adapters) limits the run.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startApiServer } from '../support/api-server.ts';
import { launchWithExtension } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { extensionDir } from '../support/paths.ts';
import { beijingDay } from '../../shared/src/i18n/beijing-time.ts';

const [out = '/tmp/vigil-ui', onlyArg = 'panel,cases,monitor,replies,adapters'] = process.argv.slice(2);
const only = new Set(onlyArg.split(','));
mkdirSync(out, { recursive: true });

// captureVisibleTab needs <all_urls> (a user grants it at the first capture's prompt; headless cannot click it).
const ext = mkdtempSync(join(tmpdir(), 'vigil-shots-ext-'));
cpSync(extensionDir, ext, { recursive: true });
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
manifest.host_permissions.push('<all_urls>');
writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));

const api = await startApiServer();
const fixtures = await startFixtureServer();
const b = await launchWithExtension(fixtures.port, ext);
const tokenOf = async (role: 'legal' | 'pr_lead') => (await api.cli(['token', 'create', '--email', api.user(role).email])).trim();
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  console.log(`shot ${name}`);
};
/** zh then en of the same page: the workspace keeps the language in localStorage. */
const both = async (page: Page, name: string, prepare?: () => Promise<void>) => {
  for (const lang of ['zh', 'en'] as const) {
    await page.evaluate((l) => localStorage.setItem('vigil.lang.v1', l), lang);
    await page.reload();
    await page.waitForLoadState('networkidle');
    if (prepare) await prepare();
    await shot(page, `${name}-${lang}`);
  }
  await page.evaluate(() => localStorage.setItem('vigil.lang.v1', 'zh'));
};
const download = async (path: string, token: string, name: string) => {
  const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  writeFileSync(join(out, name), Buffer.from(await res.arrayBuffer()));
  console.log(`pdf ${name}`);
};
const step = async (name: string, fn: () => Promise<void>) => {
  try {
    await fn();
  } catch (e) {
    console.error(`step ${name} failed: ${(e as Error).message}`);
  }
};
async function login(page: Page, role: 'legal' | 'pr_lead' | 'admin', path: string) {
  await page.context().clearCookies();
  await page.goto(`${api.url}${path}`);
  await page.getByTestId('login-email').fill(api.user(role).email);
  await page.getByTestId('login-password').fill(api.user(role).password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor();
}

const captureIds: string[] = [];
try {
  // Side panel on the Weibo feed, and two captures for the case.
  const settings = await b.context.newPage();
  await settings.goto(`chrome-extension://${b.extensionId}/options.html`);
  await settings.getByTestId('settings-api-url').fill(api.url);
  await settings.getByTestId('settings-token').fill(api.creds.token);
  await settings.getByTestId('settings-save').click();
  await settings.locator('[data-testid="settings-status"][data-state="ok"]').waitFor();
  await settings.close();
  const feed = await b.context.newPage();
  await feed.goto('http://weibo.com/');
  await feed.waitForTimeout(2500);
  const sw = await b.serviceWorker();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ url: 'http://weibo.com/' }))[0]?.id ?? null);
  const opened = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await sw.evaluate((url) => chrome.windows.create({ url, width: 420, height: 900 }), `chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
  const panel = await opened;
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.waitForTimeout(2500);
  const units = panel.getByTestId('unit');
  const openUnit = async (text: string) => {
    const unit = units.filter({ hasText: text }).first();
    const row = unit.locator('.unit-row');
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await panel.waitForTimeout(800);
    return unit;
  };
  if (only.has('panel')) {
    await step('panel', async () => {
      await shot(panel, 'panel-list-zh');
      const unit = await openUnit('孩子过敏住院');
      await unit.screenshot({ path: join(out, 'panel-open-zh.png') });
      // A risky unit no approved reply fits: 无合适口径 with 上报.
      for (const row of await units.all()) {
        if ((await row.getAttribute('data-level')) === 'none') continue;
        const head = row.locator('.unit-row');
        if ((await head.getAttribute('aria-expanded')) !== 'true') await head.click();
        await panel.waitForTimeout(500);
        if (await row.getByTestId('reply-escalate').count()) {
          await row.screenshot({ path: join(out, 'panel-nofit-zh.png') });
          break;
        }
      }
      await panel.getByTestId('lang-toggle').click();
      await panel.waitForTimeout(800);
      await shot(panel, 'panel-list-en');
      await panel.getByTestId('lang-toggle').click();
    });
  }
  if (only.has('cases')) await step('capture', async () => {
    for (const text of ['孩子过敏住院', '付款一周了还没发货']) {
      const unit = await openUnit(text);
      await feed.bringToFront();
      await unit.getByTestId('capture-unit').click();
      const receipt = panel.getByTestId('capture-receipt');
      await receipt.waitFor({ timeout: 30_000 });
      for (let i = 0; i < 40; i++) {
        const id = await receipt.getAttribute('data-capture-id');
        if (id && !captureIds.includes(id)) {
          captureIds.push(id);
          break;
        }
        await panel.waitForTimeout(500);
      }
    }
    await shot(panel, 'panel-receipt-zh');
  });
  await panel.close();
  await feed.close();

  const ws = await b.context.newPage();
  await ws.setViewportSize({ width: 1280, height: 900 });
  if (only.has('cases')) {
    const legalToken = await tokenOf('legal');
    await step('cases', async () => {
      await login(ws, 'legal', '/cases');
      await both(ws, 'cases-empty');
      await ws.getByTestId('case-new').locator('summary').click();
      await ws.getByTestId('case-title').fill('青禾乳业被指奶粉致敏不实信息');
      await ws.getByTestId('case-brand').fill('青禾乳业');
      await ws.getByTestId('case-cp-name').fill('宝妈小雨');
      await ws.getByTestId('case-cp-uid').fill('5678901234');
      await ws.getByTestId('case-cp-url').fill('https://weibo.com/u/5678901234');
      await ws.getByTestId('case-create').click();
      await ws.getByTestId('case-number').waitFor();
      const casePath = new URL(ws.url()).pathname;
      const caseId = decodeURIComponent(casePath.split('/')[2]!);
      await ws.getByTestId('case-add-reason').fill('证明涉案内容的发布时间、内容与传播');
      for (const id of captureIds) {
        await ws.locator(`[data-testid="case-candidate"][data-id="${id}"]`).getByTestId('case-add-this').click();
        await ws.locator(`[data-testid="case-capture"][data-id="${id}"]`).waitFor();
      }
      const row = (id: string) => ws.locator(`[data-testid="case-capture"][data-id="${id}"]`);
      if (captureIds.length === 2) {
        await row(captureIds[0]!).getByTestId('case-adopt').click();
        await row(captureIds[1]!).getByTestId('case-reject').click();
        await row(captureIds[1]!).getByTestId('case-reject-reason').fill('转发类帖子，与首发内容重复');
        await row(captureIds[1]!).getByTestId('case-reject-confirm').click();
        await ws.waitForTimeout(500);
      }
      await ws.getByTestId('case-note-text').fill('已于 12 月 1 日通过微博投诉渠道提交删帖申请。');
      await ws.getByTestId('case-note-add').click();
      await ws.getByTestId('case-note').first().waitFor();
      await both(ws, 'case-detail', async () => {
        await ws.getByTestId('case-letter-form').locator('summary').click();
      });
      await ws.goto(`${api.url}/cases`);
      await both(ws, 'cases-list');
      await download(`/api/cases/${encodeURIComponent(caseId)}/report.pdf`, legalToken, 'case-report.pdf');
      for (const [i, id] of captureIds.entries()) await download(`/api/captures/${id}/report.pdf`, legalToken, `capture-report-${i + 1}.pdf`);
      if (captureIds[0]) {
        await ws.goto(`${api.url}/captures/${captureIds[0]}`);
        await both(ws, 'capture-detail');
      }
    });
  }
  if (only.has('monitor')) {
    const prToken = await tokenOf('pr_lead');
    await step('monitor', async () => {
      await login(ws, 'pr_lead', '/reports');
      // Two groups as a team sets them up: the PR group (alerts, incidents) and the legal group (律师函 deadlines only).
      for (const [name, topics] of [['公关部群', ['alerts', 'incidents']], ['法务群', ['legal']]] as const) {
        await fetch(`${api.url}/api/notify/channels`, {
          method: 'POST', headers: { authorization: `Bearer ${prToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'wecom', name, url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=shot', minLevel: 'moderate', topics, brand: '青禾乳业' }),
        });
      }
      const drawn = async () => {
        await ws.waitForTimeout(1500);
      };
      for (const [tab, name] of [['', 'overview'], ['/daily', 'daily'], ['/weekly', 'weekly'], ['/alerts', 'alerts'], ['/incidents', 'incidents'], ['/channels', 'channels'], ['/settings', 'settings']] as const) {
        await ws.goto(`${api.url}/reports${tab}`);
        await both(ws, `monitor-${name}`, drawn);
      }
      await ws.goto(`${api.url}/reports/alerts`);
      await ws.getByTestId('alert').filter({ hasText: '重度' }).first().getByTestId('open-incident').click();
      await ws.getByTestId('incident-detail').waitFor();
      // The 临时声明 choice with the best-fitting 口径 picked, its body shown; the options' order in the log.
      await both(ws, 'monitor-incident', async () => {
        await ws.getByTestId('incident-holding-select').selectOption({ index: 1 });
      });
      console.log(`holding options: ${(await ws.getByTestId('incident-holding-select').locator('option').allTextContents()).join(' | ')}`);
      const today = beijingDay(Date.now());
      await download(`/api/reports/daily.pdf?date=${today}`, prToken, 'daily.pdf');
      await download(`/api/reports/weekly.pdf?week=${today}`, prToken, 'weekly.pdf');
    });
  }
  if (only.has('replies')) {
    await step('replies', async () => {
      await login(ws, 'pr_lead', '/replies');
      await both(ws, 'replies-library');
      await ws.goto(`${api.url}/replies/new`);
      await both(ws, 'replies-new');
      await ws.goto(`${api.url}/replies/review`);
      await both(ws, 'replies-review');
      await ws.goto(`${api.url}/replies`);
      await ws.getByTestId('reply-row').first().locator('a').first().click().catch(() => {});
      await ws.waitForTimeout(800);
      if (ws.url() !== `${api.url}/replies`) {
        await both(ws, 'replies-detail');
        const id = new URL(ws.url()).pathname.split('/')[2];
        await ws.goto(`${api.url}/replies/${id}/edit`);
        await both(ws, 'replies-edit');
      }
    });
  }
  if (only.has('adapters')) {
    await step('adapters', async () => {
      await login(ws, 'admin', '/adapters');
      await ws.getByTestId('adapters').waitFor();
      await both(ws, 'adapters');
    });
  }
} finally {
  await b.close();
  await fixtures.stop();
  await api.stop();
}
