import { expect, test } from './fixtures.ts';

test.describe('workspace login and shell', () => {
  test('the demo PR lead signs in, sees the shell, and signs out', async ({ api, workspace }) => {
    const pr = api.user('pr_lead');
    await workspace.open();
    await workspace.login(pr.email, pr.password);
    await expect(workspace.user).toHaveText(pr.name);
    await expect(workspace.role).toHaveText('公关负责人');
    for (const s of ['captures', 'replies', 'brands', 'reports', 'tokens'] as const) await expect(workspace.nav(s)).toBeVisible();
    await expect(workspace.nav('users')).toHaveCount(0);

    // The session survives a reload (HttpOnly cookie), and a deep link opens its section.
    await workspace.open('/reports');
    await expect(workspace.user).toHaveText(pr.name);
    await expect(workspace.page.getByTestId('page-reports')).toBeVisible();

    await workspace.logout();
    await expect(workspace.submit).toBeVisible();
    await workspace.page.reload();
    await expect(workspace.submit).toBeVisible();
  });

  test('a wrong password is refused in Chinese', async ({ api, workspace }) => {
    await workspace.open();
    await workspace.login(api.user('legal').email, 'not-the-password');
    await expect(workspace.loginError).toHaveText('邮箱或密码错误');
    await expect(workspace.user).toHaveCount(0);
  });

  test('repeated wrong passwords are rate-limited with a Chinese retry time', async ({ workspace }) => {
    // An address of its own: the account limit (5) trips; the per-address budget (20 per 15 min) is shared by the
    // whole worker, so other tests should not spend it.
    const email = 'rate-limit-probe@demo.vigil.local';
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
