import { describe, expect, test } from 'vitest';
import { createUser } from '../lib/accounts.ts';
import { fixedClock, testApp } from '../test-support/app.ts';

type Err = { error: { code: string; message: string } };
type TestApp = Awaited<ReturnType<typeof testApp>>['app'];

/** Login as seen from `ip` (the app trusts X-Forwarded-For here, as behind a proxy). */
const loginFrom = (app: TestApp, ip: string, email: string, password: string) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  });
const login = (app: TestApp, email: string, password: string) => loginFrom(app, '192.0.2.1', email, password);

async function withUser() {
  const clock = fixedClock();
  const t = await testApp({ clock, config: { secureCookies: false, trustProxy: true, tsaUrls: [], version: 'test', databaseLabel: 'test' } });
  const user = await createUser(t.db, { name: '王芳', email: 'wang@example.com', role: 'pr_lead', password: 'correct horse' }, { now: clock.now() });
  await createUser(t.db, { name: '李娜', email: 'li@example.com', role: 'staff', password: 'battery staple' }, { now: clock.now() });
  return { ...t, clock, user };
}
const statuses = async (responses: (Response | Promise<Response>)[]) => (await Promise.all(responses)).map((r) => r.status).sort();
const count = (list: number[], status: number) => list.filter((s) => s === status).length;

// Each tried login runs scrypt; a loaded CI machine needs more than the default 20 s for the larger rounds.
describe('login rate limits', { timeout: 60_000 }, () => {
  test('5 failures for one email block it (even the right password) for 15 minutes, with a retry time', async () => {
    const { app, clock } = await withUser();
    for (let i = 0; i < 5; i++) expect((await login(app, 'wang@example.com', `guess ${i}`)).status).toBe(401);
    const blocked = await login(app, 'wang@example.com', 'correct horse');
    expect(blocked.status).toBe(429);
    const body = (await blocked.json()) as Err;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/请在 15 分钟后/);
    expect(Number(blocked.headers.get('retry-after'))).toBe(900);
    clock.advance(15 * 60_000 + 1000);
    expect((await login(app, 'wang@example.com', 'correct horse')).status).toBe(200);
  });

  test('a success forgets earlier failures of the account from that address', async () => {
    const { app } = await withUser();
    for (let i = 0; i < 4; i++) await login(app, 'wang@example.com', 'nope');
    expect((await login(app, 'wang@example.com', 'correct horse')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(app, 'wang@example.com', 'nope')).status).toBe(401);
  });

  test('20 failures from one address block accounts never signed in from it', async () => {
    const { app } = await withUser();
    const spray = await statuses(Array.from({ length: 20 }, (_, i) => login(app, `spray${i}@example.com`, 'password1')));
    expect(count(spray, 401)).toBe(20);
    expect((await login(app, 'wang@example.com', 'correct horse')).status).toBe(429);
  });

  test('30 simultaneous wrong passwords for one account: exactly 5 are tried, 25 refused (check and count are one step)', async () => {
    const { app } = await withUser();
    const list = await statuses(Array.from({ length: 30 }, (_, i) => login(app, 'wang@example.com', `guess ${i}`)));
    expect(count(list, 401)).toBe(5);
    expect(count(list, 429)).toBe(25);
  });

  test('50 simultaneous unknown emails from one address: exactly 20 are tried', async () => {
    const { app } = await withUser();
    const list = await statuses(Array.from({ length: 50 }, (_, i) => login(app, `nobody${i}@example.com`, 'password1')));
    expect(count(list, 401)).toBe(20);
    expect(count(list, 429)).toBe(30);
  });

  test('a stranger guessing from other addresses cannot lock the owner out of her usual address', async () => {
    const { app } = await withUser();
    expect((await loginFrom(app, '198.51.100.7', 'wang@example.com', 'correct horse')).status).toBe(200);
    // Four addresses, five guesses each: the per-account limit of 20 failures is reached.
    const guesses = Array.from({ length: 20 }, (_, i) => loginFrom(app, `203.0.113.${(i % 4) + 1}`, 'wang@example.com', `guess ${i}`));
    expect(count(await statuses(guesses), 401)).toBe(20);
    expect((await loginFrom(app, '203.0.113.1', 'wang@example.com', 'correct horse')).status).toBe(429);
    expect((await loginFrom(app, '198.51.100.7', 'wang@example.com', 'correct horse')).status).toBe(200);
    // A fresh address is still capped: distributed guessing stays bounded.
    expect((await loginFrom(app, '203.0.113.99', 'wang@example.com', 'correct horse')).status).toBe(429);
  });

  test('one person spraying behind the office NAT does not lock out colleagues who sign in from there', async () => {
    const { app } = await withUser();
    const office = '198.51.100.20';
    expect((await loginFrom(app, office, 'li@example.com', 'battery staple')).status).toBe(200);
    await Promise.all(Array.from({ length: 20 }, (_, i) => loginFrom(app, office, `guess${i}@example.com`, 'password1')));
    expect((await loginFrom(app, office, 'li@example.com', 'battery staple')).status).toBe(200);
    expect((await loginFrom(app, office, 'wang@example.com', 'correct horse')).status).toBe(429);
  });
});
