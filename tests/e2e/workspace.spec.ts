import { expect, test } from './fixtures.ts';

test.describe('workspace login and shell', () => {
  test('the demo PR lead signs in, sees the shell, and signs out', async ({ api, workspace }) => {
    const pr = api.user('pr_lead');
    // Script errors and CSP refusals show up here; a 401 answer's "Failed to load resource" is expected noise.
    const problems: string[] = [];
    workspace.page.on('pageerror', (e) => problems.push(e.message));
    workspace.page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    await workspace.open();
    await workspace.login(pr.email, pr.password);
    await expect(workspace.user).toHaveText(pr.name);
    await expect(workspace.role).toHaveText('公关负责人');
    for (const s of ['captures', 'replies', 'brands', 'reports', 'tokens'] as const) await expect(workspace.nav(s)).toBeVisible();
    await expect(workspace.nav('users')).toHaveCount(0);
    // The browser is now a known device for this account: strangers' guesses cannot lock it out (issue 15).
    const deviceCookie = async () => (await workspace.page.context().cookies()).find((c) => c.name === 'vigil_device');
    expect(await deviceCookie()).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });

    // The session survives a reload (HttpOnly cookie), and a deep link opens its section.
    await workspace.open('/reports');
    await expect(workspace.user).toHaveText(pr.name);
    await expect(workspace.page.getByTestId('page-reports')).toBeVisible();

    await workspace.logout();
    await expect(workspace.submit).toBeVisible();
    expect(await deviceCookie()).toBeDefined();
    await workspace.page.reload();
    await expect(workspace.submit).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a wrong password is refused in Chinese', async ({ api, workspace }) => {
    await workspace.open();
    await workspace.login(api.user('legal').email, 'not-the-password');
    await expect(workspace.loginError).toHaveText('邮箱或密码错误');
    await expect(workspace.user).toHaveCount(0);
  });

  test('English is one click away and is remembered', async ({ api, workspace }) => {
    const toggle = workspace.page.getByTestId('lang-toggle');
    await workspace.open();
    await toggle.click();
    await expect(workspace.submit).toHaveText('Sign in');
    await workspace.login(api.user('legal').email, 'still-not-the-password');
    await expect(workspace.loginError).toHaveText('Wrong email or password');
    await workspace.page.reload();
    await expect(workspace.submit).toHaveText('Sign in');
    // Back to Chinese: the choice lives in this browser's localStorage, shared with the next tests.
    await toggle.click();
    await expect(workspace.submit).toHaveText('登录');
  });

  test('repeated wrong passwords are rate-limited with a Chinese retry time', async ({ workspace }) => {
    // An address of its own: the account limit (5) trips; the per-address budget (20 per 15 min) is shared by the
    // whole worker, so other tests should not spend it.
    const email = `rate-limit-${Date.now()}@demo.vigil.local`;
    await workspace.open();
    for (let i = 0; i < 5; i++) {
      await workspace.login(email, `wrong-${i}`);
      await expect(workspace.loginError).toHaveText('邮箱或密码错误');
    }
    await workspace.login(email, 'wrong-again');
    await expect(workspace.loginError).toContainText('登录失败次数过多');
    await expect(workspace.loginError).toContainText('分钟后');
  });

  test('admin sees 用户; a token made on 令牌 is shown once and connects the extension', async ({ api, workspace, extension }) => {
    const admin = api.user('admin');
    await workspace.open();
    await workspace.login(admin.email, admin.password);
    await expect(workspace.role).toHaveText('管理员');
    await expect(workspace.nav('users')).toBeVisible();

    await workspace.goTo('tokens');
    await workspace.page.getByTestId('token-name').fill('我的电脑');
    await workspace.page.getByTestId('token-create').click();
    const secret = (await workspace.page.getByTestId('token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^vgl_/);
    await expect(workspace.page.getByTestId('token-row').filter({ hasText: '我的电脑' })).toHaveCount(1);

    await extension.connect(api.url, secret);

    const row = workspace.page.getByTestId('token-row').filter({ hasText: '我的电脑' });
    await row.getByTestId('token-revoke').click();
    await row.getByTestId('token-revoke-confirm').click();
    await expect(row).toHaveAttribute('data-revoked', 'true');
    const settings = await extension.openSettings();
    await settings.saveButton.click();
    await expect(settings.status).toContainText('令牌已撤销');
  });
});

test.describe('workspace user administration', () => {
  test('admin adds a colleague, who signs in with the one-time password; a disabled account cannot', async ({ api, workspace }) => {
    const admin = api.user('admin');
    const page = workspace.page;
    await workspace.open('/users');
    await workspace.login(admin.email, admin.password);
    await expect(page.getByTestId('page-users')).toBeVisible();
    await expect(page.getByTestId('user-row')).toHaveCount(api.creds.users.length);

    await page.getByTestId('user-name').fill('陈法务');
    await page.getByTestId('user-email').fill('chen.legal@demo.vigil.local');
    await page.getByTestId('user-role').selectOption('legal');
    await page.getByTestId('user-submit').click();
    const password = (await page.getByTestId('user-generated-password').textContent()) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(8);
    const row = page.locator('[data-testid="user-row"][data-email="chen.legal@demo.vigil.local"]');
    await expect(row.getByTestId('user-row-role')).toHaveValue('legal');

    await workspace.logout();
    await workspace.login('chen.legal@demo.vigil.local', password);
    await expect(workspace.user).toHaveText('陈法务');
    await expect(workspace.role).toHaveText('法务');
    await expect(workspace.nav('users')).toHaveCount(0);
    await workspace.logout();

    await workspace.login(admin.email, admin.password);
    await workspace.goTo('users');
    await row.getByTestId('user-toggle').click();
    await expect(row).toHaveAttribute('data-disabled', 'true');
    await workspace.logout();
    await workspace.login('chen.legal@demo.vigil.local', password);
    await expect(workspace.loginError).toHaveText('该账号已停用，请联系管理员');
  });

  test('the last admin cannot demote themselves', async ({ api, workspace }) => {
    const admin = api.user('admin');
    await workspace.open('/users');
    await workspace.login(admin.email, admin.password);
    const row = workspace.page.locator(`[data-testid="user-row"][data-email="${admin.email}"]`);
    await row.getByTestId('user-row-role').selectOption('staff');
    await expect(workspace.page.getByTestId('users-error')).toContainText('最后一位管理员');
    await expect(row.getByTestId('user-row-role')).toHaveValue('admin');
  });
});
