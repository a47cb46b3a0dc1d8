import { describe, expect, test } from 'vitest';
import { testApp } from '../test-support/app.ts';
import { loginSession, userWithToken } from '../test-support/users.ts';

type Err = { error: { code: string; message: string } };
type Rec = { id: string; email: string; role: string; disabled: boolean };
const json = { 'content-type': 'application/json' };

async function setup() {
  const t = await testApp();
  const admin = await userWithToken(t.deps, 'admin');
  const send = (method: string, path: string, body?: unknown, headers = admin.headers) =>
    t.app.request(path, { method, headers: { ...json, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { ...t, admin, send };
}

describe('user administration', () => {
  test('admin creates a user who can then log in; a generated password is returned once', async () => {
    const { app, send } = await setup();
    const res = await send('POST', '/api/users', { name: '李律师', email: 'Li@Example.com', role: 'legal' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { user: Rec; generatedPassword: string };
    expect(body.user).toMatchObject({ email: 'li@example.com', role: 'legal', disabled: false });
    expect(body.generatedPassword).toHaveLength(16);
    await loginSession(app, 'li@example.com', body.generatedPassword);
    const list = (await (await send('GET', '/api/users')).json()) as { items: Rec[] };
    expect(list.items.map((u) => u.email)).toContain('li@example.com');
    const dup = await send('POST', '/api/users', { name: 'x', email: 'li@example.com', role: 'staff', password: 'long enough' });
    expect(dup.status).toBe(409);
    expect(((await dup.json()) as Err).error.code).toBe('email_taken');
  });

  test('a role change applies to the user\'s next request and is audited', async () => {
    const { app, deps, send, admin } = await setup();
    const staff = await userWithToken(deps, 'staff');
    expect((await app.request('/api/users', { headers: staff.headers })).status).toBe(403);
    const res = await send('PATCH', `/api/users/${staff.user.id}`, { role: 'admin' });
    expect(await res.json()).toMatchObject({ role: 'admin' });
    expect((await app.request('/api/users', { headers: staff.headers })).status).toBe(200);
    const audit = (await (await send('GET', '/api/audit?action=user.role_changed')).json()) as { items: unknown[] };
    expect(audit.items).toEqual([
      expect.objectContaining({ actorId: admin.user.id, subject: `user:${staff.user.id}`, detail: { from: 'staff', to: 'admin' } }),
    ]);
  });

  test('a disabled user can neither log in nor use tokens; sessions end at once', async () => {
    const { app, deps, send } = await setup();
    const u = await userWithToken(deps, 'pr_lead', { email: 'pr@example.com', password: 'pr password' });
    const s = await loginSession(app, 'pr@example.com', 'pr password');
    expect((await send('PATCH', `/api/users/${u.user.id}`, { disabled: true })).status).toBe(200);
    expect((await app.request('/api/me', { headers: s.headers })).status).toBe(401);
    const viaToken = await app.request('/api/me', { headers: u.headers });
    expect(((await viaToken.json()) as Err).error.code).toBe('account_disabled');
    const login = await app.request('/api/auth/login', { method: 'POST', headers: json, body: '{"email":"pr@example.com","password":"pr password"}' });
    expect(login.status).toBe(401);
    expect((await send('PATCH', `/api/users/${u.user.id}`, { disabled: false })).status).toBe(200);
    // Enabling again does not bring the old token back (issue 15): it was revoked when the account was disabled.
    const after = await app.request('/api/me', { headers: u.headers });
    expect(after.status).toBe(401);
    const err = ((await after.json()) as Err).error;
    expect(err.code).toBe('token_revoked');
    expect(err.message).toContain('账号被停用');
    await loginSession(app, 'pr@example.com', 'pr password');
  });

  test('an admin password reset revokes the user\'s access tokens and says why', async () => {
    const { app, deps, send } = await setup();
    const u = await userWithToken(deps, 'staff', { email: 'st@example.com', password: 'old password' });
    const other = await userWithToken(deps, 'staff');
    expect((await app.request('/api/me', { headers: u.headers })).status).toBe(200);
    expect((await send('PATCH', `/api/users/${u.user.id}`, { password: 'a new password' })).status).toBe(200);
    const res = await app.request('/api/me', { headers: u.headers });
    expect(res.status).toBe(401);
    const err = ((await res.json()) as Err).error;
    expect(err.code).toBe('token_revoked');
    expect(err.message).toContain('密码被重置');
    expect((await app.request('/api/me', { headers: other.headers })).status).toBe(200);
    const tokens = (await (await send('GET', `/api/tokens?userId=${u.user.id}`)).json()) as { items: { revokedAt: string | null }[] };
    expect(tokens.items.map((t) => t.revokedAt)).toEqual([expect.any(String)]);
  });

  test('the last active admin cannot be demoted or disabled', async () => {
    const { send, admin } = await setup();
    const res = await send('PATCH', `/api/users/${admin.user.id}`, { role: 'staff' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as Err).error.code).toBe('last_admin');
    expect((await send('PATCH', `/api/users/${admin.user.id}`, { disabled: true })).status).toBe(409);
    expect((await send('PATCH', '/api/users/nobody', { name: 'x' })).status).toBe(404);
  });

  test('the audit log pages newest first', async () => {
    const { send } = await setup();
    for (let i = 0; i < 3; i++) await send('POST', '/api/users', { name: `u${i}`, email: `u${i}@example.com`, role: 'staff', password: 'password!' });
    const first = (await (await send('GET', '/api/audit?limit=2')).json()) as { items: { id: number }[]; nextBefore: number };
    expect(first.items).toHaveLength(2);
    const second = (await (await send('GET', `/api/audit?limit=2&before=${first.nextBefore}`)).json()) as { items: { id: number }[] };
    expect(second.items[0]!.id).toBeLessThan(first.items[1]!.id);
  });
});
