import { expect, test } from './fixtures.ts';

test.describe('extension settings: connection check', () => {
  test('the demo token connects and shows the demo staff user', async ({ api, extension }) => {
    const settings = await extension.openSettings();
    const staff = api.user('staff');
    await settings.save(api.url, api.creds.token);
    await expect(settings.status).toHaveText(`已连接：${staff.name}（一线员工）`);
    await expect(settings.status).toHaveAttribute('data-state', 'ok');

    // Saved: a reopened settings page shows the same settings.
    await settings.page.reload();
    await expect(settings.apiUrl).toHaveValue(api.url);
    await expect(settings.token).toHaveValue(api.creds.token);
  });

  test('a revoked token says it was revoked', async ({ api, extension }) => {
    const { id, token } = await api.createToken('将被撤销');
    await api.revokeToken(id);
    const settings = await extension.openSettings();
    await settings.save(api.url, token);
    await expect(settings.status).toHaveAttribute('data-reason', 'token_revoked');
    await expect(settings.status).toContainText('令牌已撤销');
  });

  test('a made-up token is invalid', async ({ api, extension }) => {
    const settings = await extension.openSettings();
    await settings.save(api.url, 'vgl_this_token_was_never_issued');
    await expect(settings.status).toHaveAttribute('data-reason', 'invalid_token');
    await expect(settings.status).toContainText('令牌无效');
  });

  test('an address that is not Vigil says so; a dead port is unreachable', async ({ api, fixtureServer, extension }) => {
    const settings = await extension.openSettings();
    await settings.save(fixtureServer.url, api.creds.token);
    await expect(settings.status).toHaveAttribute('data-reason', 'not_vigil');
    await expect(settings.status).toContainText('地址不是 Vigil 服务');

    await settings.save('http://127.0.0.1:9', api.creds.token);
    await expect(settings.status).toHaveAttribute('data-reason', 'unreachable');
    await expect(settings.status).toContainText('服务器无法连接');
  });

  test('the status follows the language toggle', async ({ api, extension }) => {
    const settings = await extension.openSettings();
    await settings.save(api.url, api.creds.token);
    await expect(settings.status).toHaveAttribute('data-state', 'ok');
    await settings.switchLanguage();
    await expect(settings.status).toHaveText(`Connected: ${api.user('staff').name} (staff)`);
  });
});
