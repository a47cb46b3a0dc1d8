import type { ApiServer } from '../support/api-server.ts';
import { expect, test } from './fixtures.ts';
import { BrandsPage } from './pages/brands-page.ts';

interface Pack {
  version: string;
  brands: { name: string; aliases: string[]; excludes: string[]; people: string[]; ownAccounts?: { platform: string; name: string; uid?: string; role: string }[] }[];
  riskTerms: { term: string; category: string; weight: number }[];
  newsHosts: string[];
}

/** What the extension would sync: GET /api/rules/pack with the demo staff token. */
async function pack(api: ApiServer): Promise<{ etag: string | null; body: Pack }> {
  const res = await fetch(`${api.url}/api/rules/pack`, { headers: { authorization: `Bearer ${api.creds.token}` } });
  expect(res.status).toBe(200);
  return { etag: res.headers.get('etag'), body: (await res.json()) as Pack };
}

test.describe('workspace 品牌规则', () => {
  test('a PR lead adds a brand, adds an alias, and the rule pack the extension syncs carries it', async ({ api, workspace }) => {
    const pr = api.user('pr_lead');
    const brands = new BrandsPage(workspace.page);
    const before = await pack(api);
    // Script errors and CSP refusals (the page's CSP is default-src 'self'; images also blob:) fail the test.
    const problems: string[] = [];
    workspace.page.on('pageerror', (e) => problems.push(e.message));
    workspace.page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    await workspace.open('/brands');
    await workspace.login(pr.email, pr.password);
    await expect(brands.version).toHaveText(before.body.version);

    // The API's validation message is shown next to the form, naming the field.
    await brands.addButton.click();
    await brands.fill({ name: '   ', aliases: ['蓝鲸咖啡'] });
    await brands.save();
    await expect(brands.formError).toContainText('品牌名称');
    await expect(brands.formError).toContainText('不能为空');

    await brands.fill({ name: '蓝鲸咖啡', aliases: ['蓝鲸咖啡', 'BLUEWHALE'], excludes: ['蓝鲸咖啡豆批发'], people: ['林一鸣'] });
    await brands.save();
    const card = brands.brand('蓝鲸咖啡');
    await expect(card.getByTestId('brand-people-list')).toHaveText('林一鸣');
    await expect(brands.version).not.toHaveText(before.body.version);

    await card.getByTestId('brand-edit').click();
    await brands.fill({ aliases: ['蓝鲸咖啡', 'BLUEWHALE', '某鲸咖啡'] });
    await brands.save();
    await expect(card.getByTestId('brand-aliases-list')).toContainText('某鲸咖啡');

    // The brand's own accounts (issue 13 item 2): a line that is no account is named; the pack carries the rest.
    await card.getByTestId('brand-edit').click();
    await brands.form.getByTestId('brand-own-accounts').fill('微博 @蓝鲸咖啡官方 uid:6001002003\n推特 @bluewhale');
    await brands.save();
    await expect(brands.form.getByTestId('brand-own-error')).toContainText('第 2 行：未知平台「推特」');
    await brands.form.getByTestId('brand-own-accounts').fill('微博 @蓝鲸咖啡官方 uid:6001002003\n抖音 林一鸣 高管');
    await brands.save();
    await expect(card.getByTestId('brand-own-accounts-list')).toContainText('微博 @蓝鲸咖啡官方');
    await expect(card.getByTestId('brand-own-accounts-list')).toContainText('抖音 @林一鸣 · 高管');

    const after = await pack(api);
    expect(after.body.brands.find((b) => b.name === '蓝鲸咖啡')?.aliases).toEqual(expect.arrayContaining(['某鲸咖啡', 'BLUEWHALE']));
    expect(after.body.brands.find((b) => b.name === '蓝鲸咖啡')?.ownAccounts).toEqual([
      { platform: 'weibo', name: '蓝鲸咖啡官方', uid: '6001002003', role: 'official' },
      { platform: 'douyin', name: '林一鸣', role: 'executive' },
    ]);
    expect(after.etag).toBe(`"${after.body.version}"`);
    await expect(brands.version).toHaveText(after.body.version);

    // 试一试 runs the engine in the page with the current pack.
    await brands.tryText.fill('某鲸咖啡喝出异物，孩子过敏住院，必须起诉！');
    await brands.tryRun.click();
    await expect(brands.page.getByTestId('try-mentions')).toContainText('蓝鲸咖啡「某鲸咖啡」', { timeout: 15_000 });
    await expect(brands.tryResult).not.toHaveAttribute('data-level', 'none');

    // Deleting it puts the pack back as it was (its version is a digest of its content).
    await card.getByTestId('brand-delete').click();
    await card.getByTestId('brand-delete-confirm').click();
    await expect(card).toHaveCount(0);
    await expect(brands.version).toHaveText(before.body.version);
    expect(problems).toEqual([]);
  });

  test('a PR lead adds a risk term with its category; a bad weight is refused next to the table', async ({ api, workspace }) => {
    const pr = api.user('pr_lead');
    const page = workspace.page;
    const brands = new BrandsPage(page);
    await workspace.open('/brands');
    await workspace.login(pr.email, pr.password);
    const add = page.getByTestId('term-new');
    await add.getByTestId('term-term').fill('虚假宣传测试词');
    await add.getByTestId('term-category').selectOption('fraud');
    await add.getByTestId('term-weight').fill('11');
    await add.getByTestId('term-save').click();
    await expect(page.getByTestId('term-error')).toContainText('权重：不能大于 10');

    await add.getByTestId('term-weight').fill('6');
    await add.getByTestId('term-save').click();
    const row = brands.term('虚假宣传测试词');
    await page.getByTestId('terms-search').fill('宣传测试');
    await expect(page.getByTestId('term-row')).toHaveCount(1);
    await expect(row.getByTestId('term-category')).toHaveValue('fraud');
    await expect(row.getByTestId('term-category').locator('option:checked')).toHaveText('欺诈');
    expect((await pack(api)).body.riskTerms).toContainEqual({ term: '虚假宣传测试词', category: 'fraud', weight: 6 });

    await row.getByTestId('term-delete').click();
    await expect(row).toHaveCount(0);
  });

  test('a PR lead adds a news site to the pack settings; thresholds that do not increase are refused', async ({ api, workspace }) => {
    const pr = api.user('pr_lead');
    const page = workspace.page;
    await workspace.open('/brands');
    await workspace.login(pr.email, pr.password);
    const hosts = page.getByTestId('settings-newsHosts');
    await expect(hosts).toBeEnabled();
    // The seeded demo pack has thresholds; read them only once they are on screen.
    await expect(page.getByTestId('settings-mild')).not.toHaveValue('');
    const original = { hosts: await hosts.inputValue(), mild: await page.getByTestId('settings-mild').inputValue(), moderate: await page.getByTestId('settings-moderate').inputValue(), severe: await page.getByTestId('settings-severe').inputValue() };

    await page.getByTestId('settings-mild').fill('8');
    await page.getByTestId('settings-moderate').fill('4');
    await page.getByTestId('settings-severe').fill('12');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-error')).toContainText('阈值须递增');

    for (const k of ['mild', 'moderate', 'severe'] as const) await page.getByTestId(`settings-${k}`).fill(original[k]);
    await hosts.fill(`${original.hosts}\nnews.example-e2e.cn`.trim());
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    expect((await pack(api)).body).toMatchObject({ newsHosts: expect.arrayContaining(['news.example-e2e.cn']) });

    // Put the pack back as the other tests expect it.
    await hosts.fill(original.hosts);
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    expect((await pack(api)).body).not.toMatchObject({ newsHosts: expect.arrayContaining(['news.example-e2e.cn']) });
  });

  test('legal reads the rules without edit controls; staff have no 品牌规则 menu', async ({ api, workspace }) => {
    const brands = new BrandsPage(workspace.page);
    const legal = api.user('legal');
    await workspace.open('/brands');
    await workspace.login(legal.email, legal.password);
    await expect(workspace.page.getByTestId('brands-readonly')).toBeVisible();
    await expect(brands.brand('青禾乳业')).toBeVisible();
    await expect(brands.addButton).toHaveCount(0);
    await expect(brands.brand('青禾乳业').getByTestId('brand-edit')).toHaveCount(0);
    await expect(workspace.page.getByTestId('settings-newsHosts')).toBeDisabled();
    await expect(workspace.page.getByTestId('settings-save')).toHaveCount(0);
    await workspace.logout();

    const staff = api.user('staff');
    await workspace.login(staff.email, staff.password);
    await expect(workspace.nav('captures')).toBeVisible();
    await expect(workspace.nav('brands')).toHaveCount(0);
    await workspace.open('/brands');
    await expect(workspace.page.getByTestId('page-brands')).toHaveCount(0);
  });
});
