import { describe, expect, test } from 'vitest';
import { testApp } from '../test-support/app.ts';
import { loginServer } from '../test-support/login-http.ts';

describe('health, openapi and the error door', () => {
  test('GET /api/health answers ok after a database round trip', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  test('over HTTP, /api/health names the caller’s address (取证地点 of a capture); behind a trusted proxy, the forwarded one', async () => {
    const server = await loginServer();
    try {
      const direct = await fetch(`${server.base}/api/health`);
      expect(direct.headers.get('x-vigil-client-address')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      const proxied = await fetch(`${server.base}/api/health`, { headers: { 'x-forwarded-for': '198.51.100.4' } });
      expect(proxied.headers.get('x-vigil-client-address')).toBe('198.51.100.4');
    } finally {
      await server.close();
    }
    // In-process calls have no connection: no address is made up.
    const { app } = await testApp();
    expect((await app.request('/api/health')).headers.get('x-vigil-client-address')).toBeNull();
  });

  test('unknown routes get 404 in the one error shape', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/no-such-thing');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('/api/no-such-thing');
  });

  test('openapi.json is OpenAPI 3.1 and documents health', async () => {
    const { app } = await testApp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/health');
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
  });

  test('openapi.json gives every declared error response the one error shape, even when the route named no schema', async () => {
    const { app } = await testApp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>> };
    const bare = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.entries(op.responses).filter(([status, r]) => Number(status) >= 400 && !r.content?.['application/json']?.schema).map(([status]) => `${method} ${path} ${status}`),
      ),
    );
    expect(bare).toEqual([]);
    expect(doc.paths['/api/incidents/{id}']!.get!.responses['404']!.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/Error' });
  });
});
