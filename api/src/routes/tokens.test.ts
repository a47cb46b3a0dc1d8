import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { accessTokens } from '../db/schema/access-tokens.ts';
import { fixedClock, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

type Err = { error: { code: string; message: string } };
type Info = { id: string; name: string; prefix: string; lastUsedAt: string | null; revokedAt: string | null; token?: string };
const json = { 'content-type': 'application/json' };

describe('personal access tokens', () => {
  test('create shows the secret once; list shows only the prefix; the database keeps only a hash', async () => {
    const { app, deps, db } = await testApp();
    const { headers } = await userWithToken(deps, 'staff');
    const res = await app.request('/api/tokens', { method: 'POST', headers: { ...json, ...headers }, body: '{"name":"办公室电脑"}' });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Info;
    expect(created.token).toMatch(/^vgl_[A-Za-z0-9_-]{43}$/);
    expect(created.token!.startsWith(created.prefix)).toBe(true);
    const me = await app.request('/api/me', { headers: { authorization: `Bearer ${created.token}` } });
    expect(await me.json()).toMatchObject({ via: 'token' });
    const list = (await (await app.request('/api/tokens', { headers })).json()) as { items: Info[] };
    expect(list.items.map((t) => t.name)).toContain('办公室电脑');
    expect(JSON.stringify(list)).not.toContain(created.token);
    const stored = JSON.stringify(await db.select().from(accessTokens));
    expect(stored).not.toContain(created.token!.slice(10));
  });

  test('a revoked token gets 401 token_revoked saying so; an unknown one 401 invalid_token', async () => {
    const { app, deps } = await testApp();
    const { headers, token } = await userWithToken(deps, 'staff');
    const list = (await (await app.request('/api/tokens', { headers })).json()) as { items: Info[] };
    const del = await app.request(`/api/tokens/${list.items[0]!.id}`, { method: 'DELETE', headers });
    expect(del.status).toBe(204);
    const revoked = await app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(revoked.status).toBe(401);
    const body = (await revoked.json()) as Err;
    expect(body.error.code).toBe('token_revoked');
    expect(body.error.message).toContain('令牌已被撤销');
    const unknown = await app.request('/api/me', { headers: { authorization: `Bearer vgl_${'A'.repeat(43)}` } });
    expect(((await unknown.json()) as Err).error.code).toBe('invalid_token');
    const garbage = await app.request('/api/me', { headers: { authorization: 'Bearer nonsense' } });
    expect(garbage.status).toBe(401);
    expect(((await garbage.json()) as Err).error.code).toBe('invalid_token');
  });

  test('last-used time is written at most once a minute', async () => {
    const clock = fixedClock();
    const { app, deps, db } = await testApp({ clock });
    const { headers } = await userWithToken(deps, 'legal');
    const lastUsed = async () => (await db.select().from(accessTokens))[0]!.lastUsedAt?.getTime();
    await app.request('/api/me', { headers });
    const first = await lastUsed();
    expect(first).toBe(clock.now().getTime());
    clock.advance(30_000);
    await app.request('/api/me', { headers });
    expect(await lastUsed()).toBe(first);
    clock.advance(31_000);
    await app.request('/api/me', { headers });
    expect(await lastUsed()).toBe(clock.now().getTime());
  });

  test('users see and revoke only their own tokens; admin may list and revoke anyone\'s', async () => {
    const { app, deps, db } = await testApp();
    const alice = await userWithToken(deps, 'staff');
    const bob = await userWithToken(deps, 'pr_lead');
    const admin = await userWithToken(deps, 'admin');
    const [aliceToken] = await db.select().from(accessTokens).where(eq(accessTokens.userId, alice.user.id));
    expect((await app.request(`/api/tokens/${aliceToken!.id}`, { method: 'DELETE', headers: bob.headers })).status).toBe(404);
    expect((await app.request(`/api/tokens?userId=${alice.user.id}`, { headers: bob.headers })).status).toBe(403);
    const seen = (await (await app.request(`/api/tokens?userId=${alice.user.id}`, { headers: admin.headers })).json()) as { items: Info[] };
    expect(seen.items.map((t) => t.id)).toEqual([aliceToken!.id]);
    expect((await app.request(`/api/tokens/${aliceToken!.id}`, { method: 'DELETE', headers: admin.headers })).status).toBe(204);
    expect((await app.request('/api/me', { headers: alice.headers })).status).toBe(401);
    const audit = (await (await app.request('/api/audit?action=token.revoked', { headers: admin.headers })).json()) as {
      items: { actorId: string; subject: string }[];
    };
    expect(audit.items).toEqual([expect.objectContaining({ actorId: admin.user.id, subject: `token:${aliceToken!.id}` })]);
  });

  test('anonymous callers get 401 and a bad body 400', async () => {
    const { app, deps } = await testApp();
    expect((await app.request('/api/tokens')).status).toBe(401);
    const { headers } = await userWithToken(deps, 'staff');
    const bad = await app.request('/api/tokens', { method: 'POST', headers: { ...json, ...headers }, body: '{"name":""}' });
    expect(bad.status).toBe(400);
  });
});
