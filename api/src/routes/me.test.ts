import { describe, expect, test } from 'vitest';
import { testApp } from '../test-support/app.ts';
import { loginSession, userWithToken } from '../test-support/users.ts';

const json = { 'content-type': 'application/json' };

describe('your own account', () => {
  test('changing the password needs the current one, ends other sessions and keeps this one', async () => {
    const { app, deps } = await testApp();
    await userWithToken(deps, 'legal', { email: 'li@example.com', password: 'old password' });
    const here = await loginSession(app, 'li@example.com', 'old password');
    const elsewhere = await loginSession(app, 'li@example.com', 'old password');
    const change = (currentPassword: string) =>
      app.request('/api/me/password', {
        method: 'POST',
        headers: { ...json, ...here.headers },
        body: JSON.stringify({ currentPassword, newPassword: 'new password' }),
      });
    const wrong = await change('guess');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('wrong_password');
    expect((await change('old password')).status).toBe(204);
    expect((await app.request('/api/me', { headers: here.headers })).status).toBe(200);
    expect((await app.request('/api/me', { headers: elsewhere.headers })).status).toBe(401);
    await loginSession(app, 'li@example.com', 'new password');
  });

  test('an admin reset sets a new password and signs the user out everywhere', async () => {
    const { app, deps } = await testApp();
    const admin = await userWithToken(deps, 'admin');
    const u = await userWithToken(deps, 'staff', { email: 'zhang@example.com', password: 'forgotten one' });
    const s = await loginSession(app, 'zhang@example.com', 'forgotten one');
    const res = await app.request(`/api/users/${u.user.id}`, {
      method: 'PATCH',
      headers: { ...json, ...admin.headers },
      body: JSON.stringify({ password: 'temporary pw' }),
    });
    expect(res.status).toBe(200);
    expect((await app.request('/api/me', { headers: s.headers })).status).toBe(401);
    await loginSession(app, 'zhang@example.com', 'temporary pw');
    const audit = (await (await app.request('/api/audit?action=user.password_reset', { headers: admin.headers })).json()) as { items: unknown[] };
    expect(audit.items).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('temporary pw');
  });
});
