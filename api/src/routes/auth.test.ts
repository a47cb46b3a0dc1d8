import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, test } from 'vitest';
import { createUser } from '../lib/accounts.ts';
import { fixedClock, testApp } from '../test-support/app.ts';
import { loginSession, userWithToken } from '../test-support/users.ts';

type Err = { error: { code: string; message: string } };
const json = { 'content-type': 'application/json' };
const login = (app: Awaited<ReturnType<typeof testApp>>['app'], email: string, password: string) =>
  app.request('/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ email, password }) });

async function withUser(config: { secureCookies?: boolean } = {}) {
  const clock = fixedClock();
  const t = await testApp({ clock, config: { secureCookies: false, tsaUrls: [], version: 'test', databaseLabel: 'test', ...config } });
  const user = await createUser(t.db, { name: '王芳', email: 'Wang@Example.com', role: 'pr_lead', password: 'correct horse' }, { now: t.clock.now() });
  return { ...t, clock, user };
}

describe('password login and the session cookie', () => {
  test('login answers Me with a CSRF token and sets an HttpOnly SameSite=Strict cookie', async () => {
    const { app, user } = await withUser();
    const res = await login(app, 'wang@example.com', 'correct horse');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { id: string; role: string }; via: string; csrfToken: string };
    expect(body).toMatchObject({ user: { id: user.id, email: 'wang@example.com', role: 'pr_lead' }, via: 'session' });
    expect(body.csrfToken.length).toBeGreaterThan(30);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^vigil_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  test('the cookie is Secure when the server is behind https', async () => {
    const { app } = await withUser({ secureCookies: true });
    const res = await login(app, 'wang@example.com', 'correct horse');
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  test('wrong password and unknown email get the same 401 invalid_credentials in Chinese', async () => {
    const { app } = await withUser();
    for (const [email, password] of [['wang@example.com', 'wrong'], ['nobody@example.com', 'correct horse']] as const) {
      const res = await login(app, email, password);
      expect(res.status).toBe(401);
      const body = (await res.json()) as Err;
      expect(body.error.code).toBe('invalid_credentials');
      expect(body.error.message).toContain('密码错误');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  test('GET /api/me with the session says who is signed in and repeats the CSRF token', async () => {
    const { app } = await withUser();
    const s = await loginSession(app, 'wang@example.com', 'correct horse');
    const res = await app.request('/api/me', { headers: { cookie: s.cookie } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ user: { name: '王芳' }, via: 'session', csrfToken: s.csrfToken });
    expect((await app.request('/api/me')).status).toBe(401);
  });

  test('state changes with the cookie need the X-CSRF-Token header and a same-site Origin', async () => {
    const { app } = await withUser();
    const s = await loginSession(app, 'wang@example.com', 'correct horse');
    const post = (headers: Record<string, string>) =>
      app.request('/api/tokens', { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ name: 'x' }) });
    const missing = await post({ cookie: s.cookie });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as Err).error.code).toBe('csrf');
    expect((await post({ cookie: s.cookie, 'x-csrf-token': 'forged' })).status).toBe(403);
    const crossSite = await post({ ...s.headers, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as Err).error.code).toBe('csrf');
    expect((await post({ ...s.headers, origin: 'http://localhost' })).status).toBe(201);
    expect((await post(s.headers)).status).toBe(201);
  });

  test('a login posted from another site is refused', async () => {
    const { app } = await withUser();
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'wang@example.com', password: 'correct horse' }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('bearer tokens are exempt from CSRF', async () => {
    const { app, deps } = await testApp();
    const { headers } = await userWithToken(deps, 'staff');
    const res = await app.request('/api/tokens', { method: 'POST', headers: { ...json, ...headers }, body: '{"name":"second"}' });
    expect(res.status).toBe(201);
  });

  test('logout deletes the session and clears the cookie', async () => {
    const { app } = await withUser();
    const s = await loginSession(app, 'wang@example.com', 'correct horse');
    const res = await app.request('/api/auth/logout', { method: 'POST', headers: s.headers });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/vigil_session=;.*Max-Age=0/);
    expect((await app.request('/api/me', { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  test('a session ends after 12 h idle, and after 7 days even when used', async () => {
    const { app, clock } = await withUser();
    const a = await loginSession(app, 'wang@example.com', 'correct horse');
    clock.advance(11 * 3600_000);
    expect((await app.request('/api/me', { headers: { cookie: a.cookie } })).status).toBe(200);
    clock.advance(12 * 3600_000 + 1000);
    expect((await app.request('/api/me', { headers: { cookie: a.cookie } })).status).toBe(401);
    const b = await loginSession(app, 'wang@example.com', 'correct horse');
    // 15 × 11 h = 165 h: still inside the 168 h limit; the 16th step crosses it.
    for (let step = 0; step < 15; step++) {
      clock.advance(11 * 3600_000);
      expect((await app.request('/api/me', { headers: { cookie: b.cookie } })).status).toBe(200);
    }
    clock.advance(11 * 3600_000);
    expect((await app.request('/api/me', { headers: { cookie: b.cookie } })).status).toBe(401);
  });
});

describe('login audit and addresses', () => {
  test('the audit log records login ok, failed and logout', async () => {
    const { app, deps } = await withUser();
    await login(app, 'wang@example.com', 'bad');
    const s = await loginSession(app, 'wang@example.com', 'correct horse');
    await app.request('/api/auth/logout', { method: 'POST', headers: s.headers });
    const admin = await userWithToken(deps, 'admin');
    const page = (await (await app.request('/api/audit', { headers: admin.headers })).json()) as { items: { action: string; ip: string }[] };
    const actions = page.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['login.failed', 'login.ok', 'logout']));
    expect(page.items.find((e) => e.action === 'login.ok')?.ip).toBe('unknown');
  });

  test('over real HTTP the address is the connection\'s; X-Forwarded-For counts only with VIGIL_TRUST_PROXY', async () => {
    const ipsOf = async (trustProxy: boolean) => {
      const t = await testApp({ config: { secureCookies: false, trustProxy, tsaUrls: [], version: 'test', databaseLabel: 'test' } });
      const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise((r) => server.once('listening', r));
      const { port } = server.address() as AddressInfo;
      await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { ...json, 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ email: 'x@example.com', password: 'whatever' }),
      });
      await new Promise((r) => server.close(r));
      const admin = await userWithToken(t.deps, 'admin');
      const page = (await (await t.app.request('/api/audit?action=login.failed', { headers: admin.headers })).json()) as { items: { ip: string }[] };
      return page.items.map((e) => e.ip);
    };
    expect(await ipsOf(false)).toEqual(['127.0.0.1']);
    expect(await ipsOf(true)).toEqual(['203.0.113.9']);
  });
});
