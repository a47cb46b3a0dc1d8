import type { Role } from '@vigil/shared/schemas/common';
import { createUser, issueAccessToken, type UserRow } from '../lib/accounts.ts';
import type { AppDeps } from '../lib/context.ts';
import type { App } from '../app.ts';

let counter = 0;

/**
 * A user of `role` with a personal access token, for tests of any route:
 * `const { headers } = await userWithToken(deps, 'staff'); await app.request('/api/x', { headers })`.
 * Without `password` the user has no password login (saves the scrypt time).
 */
export async function userWithToken(
  deps: AppDeps,
  role: Role,
  opts: { name?: string; email?: string; password?: string } = {},
): Promise<{ user: UserRow; token: string; headers: Record<string, string> }> {
  counter += 1;
  const now = deps.clock.now();
  const user = await createUser(
    deps.db,
    { name: opts.name ?? `测试${role}${counter}`, email: opts.email ?? `${role}${counter}@test.vigil.local`, role, password: opts.password },
    { now },
  );
  const { token } = await issueAccessToken(deps.db, deps.keys.pepper, { userId: user.id, name: 'test' }, { now });
  return { user, token, headers: { authorization: `Bearer ${token}` } };
}

/**
 * Password login through the API, as the workspace does. `headers` carries the session cookie and the CSRF token,
 * so it works for GET and for state-changing requests alike.
 */
export async function loginSession(app: App, email: string, password: string) {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = /vigil_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('login set no vigil_session cookie');
  return { cookie, csrfToken: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken } };
}
