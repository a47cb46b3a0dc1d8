import { describe, expect, test } from 'vitest';
import { type Browser, loginServer, newBrowser, statusCounts } from '../test-support/login-http.ts';

const OFFICE = '198.51.100.20';

type Burst = {
  what: string;
  /** The browser the burst is sent from, given 王芳's own (which holds her device cookie). */
  from: (own: Browser) => () => Browser;
  size: number;
  email: (i: number) => string;
  tried: number;
};

// Check and count stay one step with device cookies: simultaneous attempts in one bucket never pass its limit.
describe('simultaneous login attempts over HTTP, with and without a known-device cookie', { timeout: 120_000 }, () => {
  test.each<Burst>([
    { what: '30 wrong passwords for 王芳 from a new browser', from: () => () => newBrowser(), size: 30, email: () => 'wang@example.com', tried: 5 },
    { what: '30 wrong passwords for 王芳 from her own browser', from: (own) => () => newBrowser(own.device), size: 30, email: () => 'wang@example.com', tried: 5 },
    {
      what: '50 unknown emails carrying 王芳\'s device cookie (it is valid for her email only)',
      from: (own) => () => newBrowser(own.device),
      size: 50,
      email: (i) => `nobody${i}@example.com`,
      tried: 20,
    },
  ])('$what: exactly $tried are tried', async ({ from, size, email, tried }) => {
    const s = await loginServer();
    const own = newBrowser();
    expect((await s.login(OFFICE, own, 'wang@example.com', 'correct horse')).status).toBe(200);
    const browser = from(own);
    const answers = await Promise.all(Array.from({ length: size }, (_, i) => s.login(OFFICE, browser(), email(i), `guess ${i}`)));
    expect(statusCounts(answers)).toEqual({ 401: tried, 429: size - tried });
    // The refusals all read alike, whichever bucket refused them.
    expect(new Set(answers.filter((a) => a.status === 429).map((a) => a.code))).toEqual(new Set(['rate_limited']));
    expect(new Set(answers.filter((a) => a.status === 401).map((a) => a.code))).toEqual(new Set(['invalid_credentials']));
    await s.close();
  });

  test('the stranger\'s burst and 王芳\'s own browser at the same moment: she still gets in', async () => {
    const s = await loginServer();
    const own = newBrowser();
    await s.login(OFFICE, own, 'wang@example.com', 'correct horse');
    const burst = Array.from({ length: 30 }, (_, i) => s.login(OFFICE, newBrowser(), 'wang@example.com', `guess ${i}`));
    const hers = s.login(OFFICE, own, 'wang@example.com', 'correct horse');
    expect(statusCounts(await Promise.all(burst))).toEqual({ 401: 5, 429: 25 });
    expect((await hers).status).toBe(200);
    await s.close();
  });
});
