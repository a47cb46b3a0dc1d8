import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDb } from '../db/client.ts';
import { accessTokens } from '../db/schema/access-tokens.ts';
import { users } from '../db/schema/users.ts';
import { testApp } from '../test-support/app.ts';
import { loginSession } from '../test-support/users.ts';
import { cliWorkspace, runCli } from '../test-support/cli.ts';
import { freshDb } from '../test-support/db.ts';
import { DEMO_USERS, seedDemo, type DemoCredentials } from './seed.ts';

describe('seed --demo', () => {
  test('creates one user per role and a staff token, writes a 0600 credentials file, and changes nothing on a second run', async () => {
    const { app, deps, db } = await testApp();
    const ws = cliWorkspace();
    const path = join(ws.cwd, 'data', 'demo-credentials.json');
    expect(await seedDemo(deps, path)).toBe('seeded');
    const creds = JSON.parse(readFileSync(path, 'utf8')) as DemoCredentials;
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(creds.users.map((u) => u.role)).toEqual(['staff', 'pr_lead', 'legal', 'admin']);
    expect(creds.users.map((u) => u.email)).toContain('admin@demo.vigil.local');
    const me = await app.request('/api/me', { headers: { authorization: `Bearer ${creds.token}` } });
    expect(await me.json()).toMatchObject({ user: { email: 'staff@demo.vigil.local', role: 'staff' }, via: 'token' });
    const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
    await loginSession(app, admin.email, admin.password);

    const before = { users: await db.select().from(users), tokens: await db.select().from(accessTokens), file: readFileSync(path, 'utf8') };
    expect(await seedDemo(deps, path)).toBe('unchanged');
    expect(await db.select().from(users)).toEqual(before.users);
    expect(await db.select().from(accessTokens)).toEqual(before.tokens);
    expect(readFileSync(path, 'utf8')).toBe(before.file);
  });

  test('the CLI: seed, user add (generated password, duplicate, bad role), user set and token create', async () => {
    await freshDb();
    const ws = cliWorkspace();
    const seeded = await runCli(['seed', '--demo'], ws);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).not.toContain('vigil-staff-demo');
    const creds = JSON.parse(readFileSync(join(ws.cwd, 'data', 'demo-credentials.json'), 'utf8')) as DemoCredentials;
    expect(seeded.stdout).not.toContain(creds.token);

    const added = await runCli(['user', 'add', '--name', '赵律师', '--email', 'zhao@example.com', '--role', 'legal'], ws);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/password: \S{16}/);
    const dup = await runCli(['user', 'add', '--name', 'x', '--email', 'ZHAO@example.com', '--role', 'staff', '--password', 'long enough'], ws);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('已被使用');
    const badRole = await runCli(['user', 'add', '--name', 'x', '--email', 'x@example.com', '--role', 'boss'], ws);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of');

    const set = await runCli(['user', 'set', '--email', 'zhao@example.com', '--role', 'pr_lead', '--disable'], ws);
    expect(set.code, set.stderr).toBe(0);
    expect((await runCli(['token', 'create', '--email', 'zhao@example.com'], ws)).code).toBe(1);
    expect((await runCli(['user', 'set', '--email', 'zhao@example.com', '--enable'], ws)).code).toBe(0);

    const token = await runCli(['token', 'create', '--email', 'zhao@example.com'], ws);
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toMatch(/^vgl_[A-Za-z0-9_-]{43}\n$/);
    // A password reset from the CLI revokes the account's tokens too (issue 15).
    expect((await runCli(['user', 'set', '--email', 'zhao@example.com', '--password', 'a new password'], ws)).code).toBe(0);
    const db = openDb({ url: ws.env.DATABASE_URL! });
    const [zhao] = await db.select().from(users).where(eq(users.email, 'zhao@example.com'));
    const tokens = await db.select().from(accessTokens).where(eq(accessTokens.userId, zhao!.id));
    db.$client.close();
    expect(tokens.length).toBe(1);
    expect(tokens.every((t) => t.revokedAt !== null)).toBe(true);
  }, 90_000); // nine CLI processes, each starting tsx
});
