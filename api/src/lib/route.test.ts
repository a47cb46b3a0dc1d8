import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';
import type { AppEnv } from './context.ts';
import { ApiError } from './errors.ts';
import { listRoutes } from './openapi.ts';
import { requireAuth, route } from './route.ts';

/**
 * route() is the declaration and the validation (issue 9 item 5): a schema declared once is enforced, with the one
 * error shape, after the role check. A small app of its own shows each part; then the real route table is walked.
 */
const probe = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    c.set('auth', c.req.header('x-role') ? { user: { id: 'u1', name: '测试', email: 'u@x', role: c.req.header('x-role') as 'staff' }, via: 'token', credentialId: 't' } : null);
    await next();
  })
  .post(
    '/items/:id',
    route({
      roles: ['pr_lead'],
      summary: 'probe',
      params: z.object({ id: z.string().max(4) }),
      query: z.object({ n: z.coerce.number().int() }),
      body: z.object({ text: z.string().min(1) }),
      responses: { 200: { description: 'echo' } },
    }),
    (c) => c.json({ by: requireAuth(c).user.id, ...c.req.valid('param'), ...c.req.valid('query'), ...c.req.valid('json') }, 200),
  )
  .onError((err, c) => (err instanceof ApiError ? c.json({ error: { code: err.code, message: err.message } }, err.status) : c.json({}, 500)));

async function send(path: string, role: string | undefined, body: unknown) {
  const res = await probe.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(role ? { 'x-role': role } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } & Record<string, unknown> };
}

describe('route() validates what it declares', () => {
  test('good params, query and body reach the handler, parsed', async () => {
    const ok = await send('/items/ab?n=3', 'pr_lead', { text: '你好' });
    expect(ok).toEqual({ status: 200, body: { by: 'u1', id: 'ab', n: 3, text: '你好' } });
  });

  test.each([
    ['params', '/items/toolong?n=3', { text: '你好' }, 'id'],
    ['query', '/items/ab?n=three', { text: '你好' }, 'n'],
    ['body', '/items/ab?n=3', { text: '' }, 'text'],
  ])('a bad %s is a 400 invalid_request naming the field', async (_what, path, body, field) => {
    const res = await send(path, 'pr_lead', body);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('invalid_request');
    expect(res.body.error?.message).toContain(`${field}:`);
  });

  test('roles are checked before the input: anonymous 401 and another role 403, even with bad input', async () => {
    expect((await send('/items/toolong?n=x', undefined, {})).status).toBe(401);
    expect((await send('/items/toolong?n=x', 'staff', {})).status).toBe(403);
  });
});

describe('the real route table', async () => {
  const t = await testApp();
  const { headers } = await userWithToken(t.deps, 'admin');
  const withBody = listRoutes(t.app).filter((r) => r.meta?.body);

  test('routes declare JSON bodies', () => expect(withBody.length).toBeGreaterThan(10));

  test.each(withBody.map((r) => [`${r.method} ${r.path}`, r] as const))('%s refuses a body its schema refuses', async (_name, r) => {
    const path = r.path.replace(/:version\b/g, '1').replace(/:[A-Za-z0-9_]+/g, 'dummy-id');
    const res = await t.app.request(path, { method: r.method, headers: { ...headers, 'content-type': 'application/json' }, body: 'null' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });

  test.each(['', '/verify', '/export', '/artefacts/page.png'])('GET /api/captures/:id%s validates its declared id (400, not a lookup)', async (tail) => {
    const res = await t.app.request(`/api/captures/${'x'.repeat(65)}${tail}`, { headers });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });
});
