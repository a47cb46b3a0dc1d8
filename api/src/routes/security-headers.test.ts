import { describe, expect, test } from 'vitest';
import { testApp } from '../test-support/app.ts';
import { loginSession, userWithToken } from '../test-support/users.ts';

/** Issue 15: the headers were registered after the routes, so only unknown routes carried them. */
describe('security headers on real API answers', () => {
  test.each([
    ['GET /api/health (public)', '/api/health', 200],
    ['GET /api/me (signed in)', '/api/me', 200],
    ['GET /api/captures (signed in)', '/api/captures', 200],
    ['GET /api/openapi.json', '/api/openapi.json', 200],
    ['GET /api/users as staff (403)', '/api/users', 403],
    ['unknown route (404)', '/api/no-such-thing', 404],
  ])('%s: nosniff, same-origin CORP, no framing, no-store', async (_name, path, status) => {
    const { app, deps } = await testApp();
    const { headers } = await userWithToken(deps, 'staff');
    const res = await app.request(path, { headers });
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  test('the session answer that repeats the CSRF token is never cached', async () => {
    const { app, deps } = await testApp();
    await userWithToken(deps, 'legal', { email: 'li@example.com', password: 'a long password' });
    const s = await loginSession(app, 'li@example.com', 'a long password');
    const res = await app.request('/api/me', { headers: s.headers });
    expect(((await res.json()) as { csrfToken: string }).csrfToken).toBe(s.csrfToken);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  test('a route with its own caching rule keeps it (the rule pack revalidates with its ETag)', async () => {
    const { app, deps } = await testApp();
    const { headers } = await userWithToken(deps, 'staff');
    const res = await app.request('/api/rules/pack', { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
