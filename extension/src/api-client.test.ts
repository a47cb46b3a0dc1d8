import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkConnection, createApiClient } from './api-client.ts';
import { isLoopback, normalizeApiUrl } from './api-url.ts';
import { reasonText } from './i18n.ts';
import { closedPortUrl, startOtherServer, startRealApi } from './test-support/real-api.ts';

let api: Awaited<ReturnType<typeof startRealApi>>;
let other: Awaited<ReturnType<typeof startOtherServer>>;
beforeAll(async () => {
  [api, other] = await Promise.all([startRealApi(), startOtherServer()]);
});
afterAll(async () => {
  await Promise.all([api.stop(), other.stop()]);
});

describe('connection check against a real API', () => {
  test('a valid token says who is signed in', async () => {
    const { token } = await api.userWithToken('staff', '王小明');
    const result = await checkConnection({ apiUrl: api.url, token });
    expect(result).toMatchObject({ ok: true, me: { user: { name: '王小明', role: 'staff' }, via: 'token' } });
  });

  test('an unknown token is invalid', async () => {
    const result = await checkConnection({ apiUrl: api.url, token: 'vgl_not_a_real_token' });
    expect(result).toMatchObject({ ok: false, failure: { reason: 'invalid_token', status: 401 } });
  });

  test('a revoked token is told apart from an invalid one', async () => {
    const { token } = await api.userWithToken('legal');
    await api.revoke(token);
    const result = await checkConnection({ apiUrl: api.url, token });
    expect(result).toMatchObject({ ok: false, failure: { reason: 'token_revoked', code: 'token_revoked' } });
  });

  test('a password reset or disabling the account revokes the token, and the status says so (issue 15)', async () => {
    const admin = await api.userWithToken('admin');
    const patch = (id: string, body: unknown) =>
      fetch(`${api.url}/api/users/${id}`, { method: 'PATCH', headers: { ...admin.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const reset = await api.userWithToken('staff');
    expect((await patch(reset.user.id, { password: 'a new password' })).status).toBe(200);
    const afterReset = await checkConnection({ apiUrl: api.url, token: reset.token });
    expect(afterReset).toMatchObject({ ok: false, failure: { reason: 'token_revoked' } });
    expect(reasonText('token_revoked', 'zh')).toContain('账号密码被重置');
    expect(reasonText('token_revoked', 'en')).toContain('password was reset');

    const off = await api.userWithToken('staff');
    expect((await patch(off.user.id, { disabled: true })).status).toBe(200);
    expect(await checkConnection({ apiUrl: api.url, token: off.token })).toMatchObject({ ok: false, failure: { reason: 'account_disabled' } });
    expect(reasonText('account_disabled', 'zh')).toBe('账号已停用，请联系管理员');
    expect((await patch(off.user.id, { disabled: false })).status).toBe(200);
    expect(await checkConnection({ apiUrl: api.url, token: off.token })).toMatchObject({ ok: false, failure: { reason: 'token_revoked' } });
  });

  test('a URL with /api or a trailing slash still works', async () => {
    const { token } = await api.userWithToken('pr_lead');
    expect((await checkConnection({ apiUrl: `${api.url}/api/`, token })).ok).toBe(true);
  });

  test('nothing listening: server unreachable', async () => {
    const result = await checkConnection({ apiUrl: await closedPortUrl(), token: 'vgl_x' });
    expect(result).toMatchObject({ ok: false, failure: { reason: 'unreachable' } });
  });

  test('another web server: not a Vigil server', async () => {
    const result = await checkConnection({ apiUrl: other.url, token: 'vgl_x' });
    expect(result).toMatchObject({ ok: false, failure: { reason: 'not_vigil' } });
  });

  test('the Vigil server under a wrong path prefix: not a Vigil server', async () => {
    const result = await checkConnection({ apiUrl: `${api.url}/vigil`, token: 'vgl_x' });
    expect(result).toMatchObject({ ok: false, failure: { reason: 'not_vigil' } });
  });

  test.each([
    ['', 'vgl_x', 'not_configured'],
    ['ftp://example.com', 'vgl_x', 'bad_url'],
    ['127.0.0.1:8787', 'vgl_x', 'bad_url'],
    ['http://127.0.0.1:1', '  ', 'not_configured'],
  ])('settings %j / %j are refused before any request: %s', async (apiUrl, token, reason) => {
    expect(await checkConnection({ apiUrl, token })).toMatchObject({ ok: false, failure: { reason } });
  });
});

test('health answers without a token', async () => {
  const result = await createApiClient({ apiUrl: api.url, token: '' }).health();
  expect(result).toMatchObject({ ok: true, data: { ok: true } });
});

test.each([
  ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
  ['http://127.0.0.1:8787/api', 'http://127.0.0.1:8787'],
  [' https://vigil.example.com/team/api/ ', 'https://vigil.example.com/team'],
  ['http://vigil.example.com/?x=1', null],
  ['javascript:alert(1)', null],
])('normalizeApiUrl(%j) = %j', (input, expected) => {
  expect(normalizeApiUrl(input)).toBe(expected);
});

test.each([
  ['http://127.0.0.1:8787', true],
  ['http://localhost:3000/vigil', true],
  ['https://127.0.0.1:8443', false],
  ['http://192.168.1.20:8787', false],
  ['https://vigil.example.com', false],
])('isLoopback(%j) = %j: only these need no permission prompt', (url, expected) => {
  expect(isLoopback(url)).toBe(expected);
});
