import { beforeAll, describe, expect, test } from 'vitest';
import { roles, type Role } from '@vigil/shared/schemas/common';
import { listRoutes } from '../lib/openapi.ts';
import { testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

/**
 * The route × role matrix (DESIGN "Security"; issue 2). It walks the app's real route table, so routes added later
 * are covered without editing this file: every /api route must carry a route() declaration, refuse the roles it
 * does not admit (403; anonymous 401) and never refuse the roles it admits. Requests are built from the path alone
 * (dummy ids, `{}` bodies), so admitted roles may get 400/404: anything but 401/403 counts as admitted.
 */
const t = await testApp();
const all = listRoutes(t.app);
const declared = all.flatMap((r) => (r.meta ? [{ method: r.method, path: r.path, meta: r.meta }] : []));
const headersOf = {} as Record<Role, Record<string, string>>;

beforeAll(async () => {
  for (const role of roles) headersOf[role] = (await userWithToken(t.deps, role)).headers;
});

/** A value for a path parameter; with a `{regex}` constraint, the first candidate that matches it. */
function dummyFor(pattern: string | undefined): string {
  const candidates = ['dummy-id', '1', '0'.repeat(64), 'a'.repeat(64), 'x', 'dummy.zip'];
  if (!pattern) return candidates[0]!;
  const re = new RegExp(`^(?:${pattern})$`);
  const found = candidates.find((c) => re.test(c));
  if (!found) throw new Error(`no dummy value matches :param{${pattern}}; add a candidate to role-matrix.test.ts`);
  return found;
}

function concretePath(path: string): string {
  return path
    .replace(/:[A-Za-z0-9_]+(?:\{((?:[^{}]|\{[^{}]*\})*)\})?\??/g, (_m, pattern: string | undefined) => dummyFor(pattern))
    .replace(/\*/g, 'x');
}

async function send(method: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const res = await t.app.request(concretePath(path), {
    method,
    headers: hasBody ? { ...headers, 'content-type': 'application/json' } : headers,
    body: hasBody ? '{}' : undefined,
  });
  await res.arrayBuffer();
  return res.status;
}

describe('route × role matrix', () => {
  test('every /api route carries a route() declaration of the roles it admits', () => {
    const undeclared = all.filter((r) => !r.meta).map((r) => `${r.method} ${r.path}`);
    expect(undeclared, 'routes without route({ roles, … }) as their first handler').toEqual([]);
    expect(declared.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'GET /api/me', 'POST /api/tokens', 'PATCH /api/users/:id', 'GET /api/audit']),
    );
  });

  for (const { method, path, meta } of declared) {
    const admits = meta.roles === 'public' ? 'everyone' : [...new Set(['admin', ...meta.roles])].join(', ');
    test(`${method} ${path} admits ${admits}`, async () => {
      const outcome: Record<string, number> = { anonymous: await send(method, path) };
      for (const role of roles) outcome[role] = await send(method, path, headersOf[role]);
      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      for (const [who, status] of Object.entries(outcome)) {
        const admitted = meta.roles === 'public' || who === 'admin' || (meta.roles as readonly string[]).includes(who);
        expected[who] = admitted ? 'admitted' : who === 'anonymous' ? '401' : '403';
        actual[who] = status === 401 || status === 403 ? String(status) : 'admitted';
      }
      expect(actual, `statuses: ${JSON.stringify(outcome)}`).toEqual(expected);
    });
  }
});
