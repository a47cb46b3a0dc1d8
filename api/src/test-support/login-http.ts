import type { Server } from 'node:http';
import { createUser } from '../lib/accounts.ts';
import { DEVICE_COOKIE } from '../lib/device-cookie.ts';
import { startHttpServer } from '../lib/http-server.ts';
import { fixedClock, testApp } from './app.ts';

/** One browser's cookie jar, as far as logins go: the known-device cookie it holds (empty for a new browser). */
export type Browser = { device: string };
export const newBrowser = (device = ''): Browser => ({ device });

export type LoginAnswer = { status: number; code?: string; message?: string; csrfToken?: string; setCookies: string[] };

/**
 * An API over real HTTP that trusts X-Forwarded-For (as behind a proxy), so a test can speak from any address,
 * with 王芳 and 李娜 as users. `login` posts from `ip` with the browser's cookie and keeps the cookie it is given.
 */
export async function loginServer(config: { secureCookies?: boolean } = {}) {
  const clock = fixedClock();
  const t = await testApp({
    clock,
    config: { secureCookies: config.secureCookies ?? false, trustProxy: true, tsaUrls: [], version: 'test', databaseLabel: 'test' },
  });
  for (const u of [
    { name: '王芳', email: 'wang@example.com', role: 'pr_lead', password: 'correct horse' },
    { name: '李娜', email: 'li@example.com', role: 'staff', password: 'battery staple' },
  ] as const) await createUser(t.db, u, { now: clock.now() });
  const { server, port } = await startHttpServer(t.app.fetch, { port: 0, hostname: '127.0.0.1' });
  const login = async (ip: string, browser: Browser, email: string, password: string): Promise<LoginAnswer> => {
    const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': ip,
        ...(browser.device ? { cookie: `${DEVICE_COOKIE}=${browser.device}` } : {}),
      },
      body: JSON.stringify({ email, password }),
    });
    const setCookies = res.headers.getSetCookie();
    const device = setCookies.find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
    if (device) browser.device = device.slice(DEVICE_COOKIE.length + 1).split(';')[0]!;
    const body = (await res.json()) as { csrfToken?: string; error?: { code: string; message: string } };
    return { status: res.status, setCookies, ...(body.error ?? {}), ...(body.csrfToken ? { csrfToken: body.csrfToken } : {}) };
  };
  const close = () => new Promise<void>((r) => (server as Server).close(() => r()));
  return { ...t, clock, login, close, base: `http://127.0.0.1:${port}` };
}

export function statusCounts(answers: LoginAnswer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const a of answers) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}
