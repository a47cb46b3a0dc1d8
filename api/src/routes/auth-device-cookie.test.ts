import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, loginServer, newBrowser } from '../test-support/login-http.ts';

const OFFICE = '198.51.100.20';
const HOME = '203.0.113.50';
const LOCKED = /^登录失败次数过多，请在 \d+ 分钟后（北京时间 \d\d:\d\d 之后）重试/;
const forged = (issued: Date) => `${issued.getTime().toString(36)}.${randomBytes(16).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
const tampered = (cookie: string) => cookie.replace(/\.(.)/, (_, ch: string) => `.${ch === 'A' ? 'B' : 'A'}`);

// Each tried login runs scrypt; a loaded CI machine needs more than the default timeout for the larger rounds.
describe('known-device cookies: a stranger behind the office NAT spends 王芳\'s untrusted budget', { timeout: 90_000 }, () => {
  let s: Awaited<ReturnType<typeof loginServer>>;
  const browsers: Record<string, Browser> = {};
  beforeAll(async () => {
    s = await loginServer();
    // A year ago 王芳 signed in from home; that browser's cookie has expired since.
    browsers.stale = newBrowser();
    expect((await s.login(HOME, browsers.stale, 'wang@example.com', 'correct horse')).status).toBe(200);
    s.clock.advance(366 * 24 * 3600_000);
    browsers.own = newBrowser();
    expect((await s.login(OFFICE, browsers.own, 'wang@example.com', 'correct horse')).status).toBe(200);
    browsers.li = newBrowser();
    expect((await s.login(OFFICE, browsers.li, 'li@example.com', 'battery staple')).status).toBe(200);
    // The office PC 王芳 shares with 李娜: 李娜 signed in on it after her, and both entries stay.
    browsers.shared = newBrowser(browsers.own!.device);
    expect((await s.login(OFFICE, browsers.shared, 'li@example.com', 'battery staple')).status).toBe(200);
    const stranger = newBrowser();
    for (let i = 0; i < 5; i++) expect((await s.login(OFFICE, stranger, 'wang@example.com', `guess ${i}`)).status).toBe(401);
    expect(stranger.device).toBe('');
  });
  afterAll(() => s.close());

  test.each([
    { who: '王芳 on her own browser', browser: () => browsers.own!, status: 200 },
    { who: '王芳 on the PC she shares with 李娜', browser: () => browsers.shared!, status: 200 },
    { who: '王芳 on a new browser (no device cookie)', browser: () => newBrowser(), status: 429 },
    { who: 'the stranger, once 王芳 has signed in twice', browser: () => newBrowser(), status: 429 },
    { who: 'a forged cookie', browser: () => newBrowser(forged(s.clock.now())), status: 429 },
    { who: '王芳\'s cookie with its nonce changed', browser: () => newBrowser(tampered(browsers.own!.device)), status: 429 },
    { who: '李娜\'s cookie, for 王芳\'s email', browser: () => newBrowser(browsers.li!.device), status: 429 },
    { who: '王芳\'s cookie from a year ago', browser: () => newBrowser(browsers.stale!.device), status: 429 },
  ])('$who with the right password → $status', async ({ browser, status }) => {
    const answer = await s.login(OFFICE, browser(), 'wang@example.com', 'correct horse');
    expect(answer.status).toBe(status);
    if (status === 429) expect(answer).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(LOCKED) });
  });
});

describe('known-device cookies: theft, spread guessing, the cookie itself', { timeout: 90_000 }, () => {
  test('a stolen cookie buys its thief 5 guesses, then locks itself and nothing else, for 15 minutes', async () => {
    const s = await loginServer();
    const own = newBrowser();
    await s.login(OFFICE, own, 'wang@example.com', 'correct horse');
    const thief = newBrowser(own.device);
    for (let i = 0; i < 5; i++) expect((await s.login(HOME, thief, 'wang@example.com', `guess ${i}`)).status).toBe(401);
    const locked = await s.login(HOME, thief, 'wang@example.com', 'correct horse');
    expect(locked).toMatchObject({ status: 429, code: 'rate_limited', message: expect.stringMatching(/请在 15 分钟后/) });
    // The same cookie in 王芳's browser is locked too; the rest of the world is not.
    expect((await s.login(OFFICE, newBrowser(own.device), 'wang@example.com', 'correct horse')).status).toBe(429);
    expect((await s.login(HOME, newBrowser(), 'wang@example.com', 'wrong')).status).toBe(401);
    expect((await s.login(OFFICE, newBrowser(), 'wang@example.com', 'correct horse')).status).toBe(200);
    s.clock.advance(15 * 60_000 + 1000);
    expect((await s.login(OFFICE, own, 'wang@example.com', 'correct horse')).status).toBe(200);
    await s.close();
  });

  test('20 guesses spread over 4 addresses lock 王芳 out of new places, not out of her own browser there', async () => {
    const s = await loginServer();
    const own = newBrowser();
    await s.login(OFFICE, own, 'wang@example.com', 'correct horse');
    const guesses = Array.from({ length: 20 }, (_, i) => s.login(`192.0.2.${(i % 4) + 1}`, newBrowser(), 'wang@example.com', `guess ${i}`));
    expect((await Promise.all(guesses)).every((a) => a.status === 401)).toBe(true);
    expect((await s.login('192.0.2.99', newBrowser(), 'wang@example.com', 'correct horse')).status).toBe(429);
    expect((await s.login('192.0.2.99', own, 'wang@example.com', 'correct horse')).status).toBe(200);
    await s.close();
  });

  test.each([
    { over: 'plain http', secureCookies: false, secure: false },
    { over: 'https (VIGIL_SECURE_COOKIES)', secureCookies: true, secure: true },
  ])('over $over the cookie is HttpOnly, SameSite=Strict, for the login route only, a year long; Secure: $secure', async ({ secureCookies, secure }) => {
    const s = await loginServer({ secureCookies });
    const browser = newBrowser();
    const answer = await s.login(OFFICE, browser, 'wang@example.com', 'correct horse');
    const cookie = answer.setCookies.find((c) => c.startsWith('vigil_device='))!;
    expect(cookie.split('; ').slice(1).sort()).toEqual(
      ['HttpOnly', 'Max-Age=31536000', 'Path=/api/auth', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].sort(),
    );
    // Signed, not readable: no email in it, and a fresh nonce at each sign-in.
    expect(decodeURIComponent(browser.device)).not.toMatch(/wang|example/i);
    const before = browser.device;
    await s.login(OFFICE, browser, 'wang@example.com', 'correct horse');
    expect(browser.device).not.toBe(before);
    expect(browser.device.split('~')).toHaveLength(1);
    // Failures and logout leave the browser's cookie alone.
    expect((await s.login(OFFICE, browser, 'wang@example.com', 'wrong')).setCookies).toEqual([]);
    const session = answer.setCookies.find((c) => c.startsWith('vigil_session='))!.split(';')[0]!;
    const out = await fetch(`${s.base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: `${session}; vigil_device=${browser.device}`, 'x-csrf-token': answer.csrfToken! },
    });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual(['vigil_session']);
    await s.close();
  });
});
