import { describe, expect, test } from 'vitest';
import type { Settings } from '../storage.ts';
import { createConnectionRegistrar } from './connection-registration.ts';

// When the background registers this device (issue 6, CI failure of 2026-12-06): at every worker start and settings
// change, once per API + token, one registration at a time, again after a failure. `register` stands for
// ensureRegistration (covered with a real API by capture.spec); here it counts calls and can fail.

const settings = (token: string, apiUrl = 'http://127.0.0.1:8787'): Settings => ({ apiUrl, token, lang: 'zh' });

function harness(fail: (s: Settings) => boolean = () => false, retryMs: number[] = []) {
  let stored: string | undefined;
  const calls: string[] = [];
  const register = createConnectionRegistrar(
    { get: async () => stored, set: async (v) => void (stored = v) },
    async (s) => {
      calls.push(s.token);
      await new Promise((r) => setTimeout(r, 5));
      if (fail(s)) throw new Error('API down');
      return { deviceId: 'd1' };
    },
    retryMs,
  );
  return { register, calls, marker: () => stored };
}

describe('device registration on token set-up', () => {
  test('a worker woken by the token change sees it both at start and in the change event: one registration', async () => {
    const h = harness();
    const [atStart, onChange] = await Promise.all([h.register(settings('vgl_a')), h.register(settings('vgl_a'))]);
    expect(h.calls).toEqual(['vgl_a']);
    expect([atStart, onChange]).toEqual([true, false]);
  });

  test('a worker restart with the same connection does not register again; the marker is not the token', async () => {
    const h = harness();
    await h.register(settings('vgl_secret'));
    expect(await h.register(settings('vgl_secret'))).toBe(false);
    expect(h.calls).toHaveLength(1);
    expect(h.marker()).toMatch(/^[0-9a-f]{64}$/);
    expect(h.marker()).not.toContain('vgl_secret');
  });

  test.each([
    ['a new token', settings('vgl_b')],
    ['another API address', settings('vgl_a', 'https://vigil.example.cn')],
  ])('%s registers again', async (_name, next) => {
    const h = harness();
    await h.register(settings('vgl_a'));
    expect(await h.register(next)).toBe(true);
    expect(h.calls).toHaveLength(2);
  });

  test('a registration that failed (API down) is tried again at the next start', async () => {
    let down = true;
    const h = harness(() => down);
    expect(await h.register(settings('vgl_a'))).toBe(true);
    expect(h.marker()).toBeUndefined();
    down = false;
    expect(await h.register(settings('vgl_a'))).toBe(true);
    expect(h.calls).toHaveLength(2);
    expect(h.marker()).toBeDefined();
  });

  test('while the worker lives, a failed registration is retried after a pause, and stops once it is through', async () => {
    let failures = 2;
    const h = harness(() => failures-- > 0, [10, 10, 10]);
    await h.register(settings('vgl_a'));
    await expect.poll(() => h.marker(), { timeout: 2_000 }).toBeDefined();
    await new Promise((r) => setTimeout(r, 60));
    expect(h.calls).toEqual(['vgl_a', 'vgl_a', 'vgl_a']);
  });

  test('a retry for a token that was replaced meanwhile is dropped', async () => {
    const h = harness((s) => s.token === 'vgl_old', [20]);
    await h.register(settings('vgl_old'));
    await h.register(settings('vgl_new'));
    await new Promise((r) => setTimeout(r, 80));
    expect(h.calls).toEqual(['vgl_old', 'vgl_new']);
  });

  test('no token or no address: nothing to register', async () => {
    const h = harness();
    expect(await h.register(settings(''))).toBe(false);
    expect(await h.register(settings('vgl_a', ''))).toBe(false);
    expect(h.calls).toEqual([]);
  });
});
