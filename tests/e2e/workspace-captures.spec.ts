import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadCapture } from '../support/api-captures.ts';
import type { ApiServer, DemoUser } from '../support/api-server.ts';
import { expect, test } from './fixtures.ts';
import { CapturesPage } from './pages/captures-page.ts';

/** A personal access token for any demo user, made the way a user does: sign in, then create one (with CSRF). */
async function tokenFor(api: ApiServer, user: DemoUser): Promise<string> {
  const login = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: user.password }) });
  expect(login.status).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${api.url}/api/tokens`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'e2e' }) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

test.describe('workspace 采集证据', () => {
  test('legal finds a staff capture, sees every check pass, previews the screenshot and exports a package vigil verify accepts', async ({ api, workspace }) => {
    const { token } = await api.createToken('workspace captures e2e');
    const cap = await uploadCapture(api.url, token);
    const legal = api.user('legal');
    const captures = new CapturesPage(workspace.page);
    // Script errors and CSP refusals (the page's CSP is default-src 'self'; images also blob:) fail the test.
    const problems: string[] = [];
    workspace.page.on('pageerror', (e) => problems.push(e.message));
    workspace.page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });

    await workspace.open('/captures');
    await workspace.login(legal.email, legal.password);
    await expect(captures.row(cap.id)).toBeVisible();
    await expect(captures.row(cap.id)).toContainText(api.user('staff').name);

    await captures.searchFor('不存在的关键词xyz');
    await expect(workspace.page.getByTestId('captures-empty')).toHaveText('没有符合条件的取证');
    await captures.searchFor('奶粉');
    await expect(captures.row(cap.id)).toBeVisible();

    await captures.open(cap.id);
    await expect(workspace.page).toHaveURL(new RegExp(`/captures/${cap.id}$`));
    await expect(workspace.page.getByTestId('capture-manifest-sha256')).toHaveText(cap.manifestSha256);
    await expect(workspace.page.getByTestId('unit-text')).toContainText('宝宝过敏住院了');
    await expect(workspace.page.getByTestId('unit-author')).toHaveText('奶粉受害者联盟');
    await expect(workspace.page.getByTestId('capture-demo')).toHaveCount(0);

    // Every named check passes: manifest digest and signature, the artefact set, one digest per file, the log.
    await expect(captures.verdict).toHaveText(/^全部 \d+ 项校验通过$/);
    const names = await captures.checks.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(names).toEqual(expect.arrayContaining(['manifest-digest', 'manifest-signature', 'artefact-set', 'log-inclusion', 'tree-head-signature']));
    expect(names.filter((n) => n === 'artefact-digest')).toHaveLength(cap.artefacts.length);
    await expect(captures.checks.and(workspace.page.locator('[data-ok="false"]'))).toHaveCount(0);

    // The capture environment is read on request (a download, so a custody event).
    await workspace.page.getByTestId('environment-load').click();
    await expect(workspace.page.getByTestId('env-browser')).toHaveText('Google Chrome 142.0.7444.60 · Windows');
    await expect(workspace.page.getByTestId('env-clock')).toHaveText('+12 ms ± 503 ms');

    await expect(captures.artefacts).toHaveCount(cap.artefacts.length);
    for (const a of cap.artefacts) await expect(captures.artefact(a.name).getByTestId('artefact-sha256')).toHaveText(a.sha256);
    // The captured page is only ever a download; the PNG screenshot may be shown (an image, served as one).
    await expect(captures.artefact('page.mhtml').getByTestId('artefact-preview')).toHaveCount(0);
    await captures.artefact('viewport.png').getByTestId('artefact-preview').click();
    const shot = workspace.page.getByTestId('artefact-image');
    await expect(shot).toHaveAttribute('src', /^blob:/);
    await expect.poll(() => shot.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const mhtml = workspace.page.waitForEvent('download');
    await captures.artefact('page.mhtml').getByTestId('artefact-download').click();
    expect((await mhtml).suggestedFilename()).toBe('page.mhtml');
    await expect(workspace.page).toHaveURL(new RegExp(`/captures/${cap.id}$`));

    // English second: the same checks in the other language.
    await workspace.page.getByTestId('lang-toggle').click();
    await expect(captures.verdict).toHaveText(/^All \d+ checks passed$/);
    await workspace.page.getByTestId('lang-toggle').click();

    const download = workspace.page.waitForEvent('download');
    await captures.exportButton.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`vigil-capture-${cap.id}.zip`);
    await expect(captures.exported).toContainText(`已导出 vigil-capture-${cap.id}.zip`);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-export-'));
    try {
      const zip = join(dir, 'package.zip');
      await file.saveAs(zip);
      expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
      await api.cli(['verify', zip]); // exit 0: every check passes offline
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Viewing, the post data read, the preview and the export are all in the custody log.
    await expect(captures.custody.and(workspace.page.locator('[data-event="exported"]'))).toHaveCount(1);
    await expect(captures.custody.and(workspace.page.locator('[data-event="viewed"]')).first()).toBeVisible();
    await expect(captures.custody.and(workspace.page.locator('[data-event="captured"]'))).toHaveCount(1);
    await expect(captures.custody.and(workspace.page.locator('[data-event="downloaded"]')).first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('after npm start a lawyer finds the demo case: its captures pass every check and say they are demo data', async ({ api, workspace }) => {
    const legal = api.user('legal');
    const captures = new CapturesPage(workspace.page);
    const page = workspace.page;
    await workspace.open('/cases');
    await workspace.login(legal.email, legal.password);
    await page.getByTestId('case-open').filter({ hasText: '青禾乳业「工厂被查封停产」不实信息' }).click();
    await expect(page.getByTestId('case-heading')).toHaveText('青禾乳业「工厂被查封停产」不实信息');
    const reviews = await page.getByTestId('case-review').evaluateAll((els) => els.map((e) => e.getAttribute('data-decision')).sort());
    expect(reviews).toEqual(['adopted', 'pending', 'rejected']);

    const token = await tokenFor(api, legal);
    const list = (await (await fetch(`${api.url}/api/captures?q=QdEmo7xK2`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { id: string }[] };
    expect(list.items).toHaveLength(1);
    await workspace.open(`/captures/${list.items[0]!.id}`);
    await expect(page.getByTestId('capture-demo')).toContainText('演示数据');
    await expect(captures.verdict).toHaveText(/^全部 \d+ 项校验通过$/);
    await expect(page.getByTestId('unit-author')).toHaveText('吃瓜小能手');
  });

  test('staff see their own captures only; an unknown capture is a readable Chinese error', async ({ api, workspace }) => {
    const { token } = await api.createToken('workspace captures staff e2e');
    const cap = await uploadCapture(api.url, token);
    const others = await uploadCapture(api.url, await tokenFor(api, api.user('pr_lead')));
    const staff = api.user('staff');
    const captures = new CapturesPage(workspace.page);
    await workspace.open('/captures');
    await workspace.login(staff.email, staff.password);
    await expect(captures.row(cap.id)).toBeVisible();
    await expect(workspace.page.getByTestId('captures-capturer')).toHaveCount(0);
    await expect(captures.row(others.id)).toHaveCount(0);
    await workspace.open(`/captures/${others.id}`);
    await expect(workspace.page.getByTestId('capture-error')).toHaveText('未找到该取证');

    await workspace.open('/captures/no-such-capture');
    await expect(workspace.page.getByTestId('capture-error')).toHaveText('未找到该取证');
  });

  test('legal pages through captures and narrows them by platform, capturer and received date', async ({ api, workspace }) => {
    const { token } = await api.createToken('workspace captures paging e2e');
    for (let i = 0; i < 21; i++) await uploadCapture(api.url, token);
    const legal = api.user('legal');
    const staffName = api.user('staff').name;
    const captures = new CapturesPage(workspace.page);
    const page = workspace.page;
    await workspace.open('/captures');
    await workspace.login(legal.email, legal.password);
    await expect(captures.rows).toHaveCount(20);
    const total = Number(/(\d+)/.exec((await captures.total.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(21);
    await page.getByTestId('captures-next').click();
    await expect(page.getByTestId('captures-pager')).toContainText(`第 21–${Math.min(40, total)} 条`);
    await expect(page.getByTestId('captures-prev')).toBeEnabled();
    await page.getByTestId('captures-prev').click();
    await expect(page.getByTestId('captures-pager')).toContainText('第 1–20 条');

    await page.getByTestId('captures-platform').selectOption('douyin');
    await captures.apply.click();
    await expect(page.getByTestId('captures-empty')).toBeVisible();
    await page.getByTestId('captures-platform').selectOption('weibo');
    await page.getByTestId('captures-capturer').selectOption({ label: staffName });
    await captures.apply.click();
    await expect(captures.rows.first()).toContainText(staffName);

    // Received dates are Beijing calendar days; nothing was received before 2020, everything today or earlier.
    await page.getByTestId('captures-to').fill('2019-12-31');
    await captures.apply.click();
    await expect(page.getByTestId('captures-empty')).toBeVisible();
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await page.getByTestId('captures-from').fill(today);
    await page.getByTestId('captures-to').fill(today);
    await captures.apply.click();
    await expect(captures.rows).toHaveCount(20);

    await page.getByTestId('captures-reset').click();
    await expect(page.getByTestId('captures-platform')).toHaveValue('');
    await expect(captures.rows).toHaveCount(20);
  });
});
