import { loadFixture } from '../../extension/src/sites/fixture-doc.ts';
import { applyVariant } from '../../extension/src/sites/variants.ts';
import { weibo } from '../../extension/src/sites/weibo.ts';
import { startApiServer, type ApiServer } from '../support/api-server.ts';
import { serveHttpsFromFixtures } from '../support/fixture-server.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { expect, test } from './fixtures.ts';

// Issue 12 "done when", adapter health: a Weibo release is served (the saved feed as the layout-variant generator
// rewrites it: hashed classes renamed, cards as div[role=article], text moved beside its wrapper), the real
// extension reads it, and the 站点适配 page shows the admin that the post text, which the selectors found all last
// week, is now found by the structural fallback. The spec has its own server: other specs' Weibo pages must not
// water down the last 24 h. The same browser then reads seven other platforms' saved pages, which show up unmarked.

const HOUR = 3_600_000;

async function adminCookie(api: ApiServer): Promise<string> {
  const admin = api.user('admin');
  const res = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: admin.password }) });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

test.describe('站点适配 for admins', () => {
  let own: ApiServer;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    own = await startApiServer();
  });
  test.afterAll(() => own?.stop());

  test('a Weibo layout release: the text field is marked 异常 on the admin page', async ({ extension, page, fixtureServer }) => {
    test.setTimeout(150_000);
    // Last week, the team's browsers found the text of every Weibo post with its selector.
    const week = [2, 3, 4, 5, 6].map((d) => ({
      hour: new Date(Date.now() - d * 24 * HOUR).toISOString(), site: 'weibo', platform: 'weibo', pages: 2, units: 22,
      fields: { text: { primary: 22, fallback: 0, missing: 0 }, time: { primary: 22, fallback: 0, missing: 0 }, unit: { primary: 22, fallback: 0, missing: 0 } },
    }));
    const seeded = await fetch(`${own.url}/api/adapter-health`, { method: 'POST', headers: { authorization: `Bearer ${own.creds.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ reports: week }) });
    expect(seeded.status).toBe(200);

    // Today weibo.com serves its next release.
    const doc = loadFixture('http://weibo.com/');
    applyVariant(doc, 'release', weibo.unitContainers);
    const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
    await page.route('http://weibo.com/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const staff = await own.createToken('adapter health e2e');
    await extension.connect(own.url, staff.token);
    await page.goto('http://weibo.com/');

    const cookie = await adminCookie(own);
    type View = { fields: { site: string; field: string; anomaly: boolean; day: { total: number } }[]; sites: { site: string; pages: number }[] };
    const view = async () => (await (await fetch(`${own.url}/api/adapter-health`, { headers: { cookie } })).json()) as View;
    const textRow = async () => (await view()).fields.find((f) => f.site === 'weibo' && f.field === 'text');
    await expect.poll(async () => (await textRow())?.day.total ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(11);

    // The same browser on the other platforms' saved pages, unchanged: each site shows up, none marked.
    const others = {
      'weibo-mobile': 'http://m.weibo.cn/', douyin: 'https://www.douyin.com/video/7431234567890123456/',
      xiaohongshu: 'http://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz&xsec_source=app_share',
      zhihu: 'http://www.zhihu.com/question/650012345/answer/3400112233', kuaishou: 'http://www.kuaishou.com/short-video/3xqinghe2026abc',
      bilibili: 'http://www.bilibili.com/video/BV1Qh411q7Hx/', weixin: 'http://mp.weixin.qq.com/s/Qh2026QingheNotice01',
    };
    await serveHttpsFromFixtures(page, fixtureServer.url, 'www.douyin.com');
    const pagesOf = async (site: string) => (await view()).sites.find((s) => s.site === site)?.pages ?? 0;
    for (const [site, url] of Object.entries(others)) {
      const before = await pagesOf(site); // seed --demo already has some of them today
      await page.goto(url);
      await expect.poll(() => pagesOf(site), { timeout: 20_000, message: site }).toBeGreaterThan(before);
    }
    // seed --demo's news site lost its publish-time selector today; nothing else is marked.
    expect((await view()).fields.filter((f) => f.anomaly).map((f) => `${f.site}:${f.field}`)).toEqual(['news:time', 'weibo:text']);

    const workspace = new WorkspacePage(await extension.context.newPage(), own.url);
    await workspace.open('/adapters');
    const admin = own.user('admin');
    await workspace.login(admin.email, admin.password);
    await expect(workspace.nav('adapters')).toHaveText('站点适配');
    const row = workspace.page.locator('[data-testid="adapter-field"][data-site="weibo"][data-field="text"]');
    await expect(row).toHaveAttribute('data-anomaly', 'true');
    await expect(row.getByTestId('anomaly')).toHaveText('异常');
    await expect(row.getByTestId('rate-24h')).toHaveText('9%');
    await expect(row.getByTestId('rate-7d')).toHaveText('100%');
    await expect(row.getByTestId('fallback-share')).toHaveText('91%');
    // The time links kept their selector: no marker there. The drops are listed first.
    await expect(workspace.page.locator('[data-testid="adapter-field"][data-site="weibo"][data-field="time"]')).toHaveAttribute('data-anomaly', 'false');
    await expect(workspace.page.getByTestId('adapter-field').nth(1)).toHaveAttribute('data-field', 'text');
    await expect(workspace.page.getByTestId('adapter-field').nth(2)).toHaveAttribute('data-anomaly', 'false');
    await expect(workspace.page.locator('[data-testid="adapter-site"][data-site="weibo"]').getByTestId('units-per-page')).toHaveText('11');
    await expect(workspace.page.getByTestId('adapter-site')).toHaveCount(9);
    await workspace.page.setViewportSize({ width: 1280, height: 900 });
    await workspace.page.screenshot({ path: test.info().outputPath('adapters-zh.png'), fullPage: true });
    await workspace.page.getByTestId('lang-toggle').click();
    await expect(row.getByTestId('anomaly')).toHaveText('Anomaly');
    await workspace.page.screenshot({ path: test.info().outputPath('adapters-en.png'), fullPage: true });
    await workspace.page.getByTestId('lang-toggle').click();

    // Only admins have the page.
    await workspace.logout();
    const lead = own.user('pr_lead');
    await workspace.login(lead.email, lead.password);
    await expect(workspace.nav('reports')).toBeVisible();
    await expect(workspace.nav('adapters')).toHaveCount(0);
  });
});
