import { describe, expect, test } from 'vitest';
import { DEFAULT_TSA_URLS, loadEnv } from './env.ts';

describe('TSA_URLS (issue 15: time-stamps on by default)', () => {
  test('unset: two independent public authorities, so new evidence is time-stamped twice', () => {
    const urls = loadEnv({}).TSA_URLS;
    expect(urls).toEqual([...DEFAULT_TSA_URLS]);
    expect(new Set(urls.map((u) => new URL(u).hostname.split('.').slice(-2).join('.'))).size).toBeGreaterThanOrEqual(2);
  });

  test.each([
    ['off', []],
    ['OFF', []],
    ['', []],
    ['http://127.0.0.1:3180/tsr', ['http://127.0.0.1:3180/tsr']],
    [' http://a.example/tsr , http://b.example/tsr ', ['http://a.example/tsr', 'http://b.example/tsr']],
  ])('TSA_URLS=%j → %j', (value, expected) => {
    expect(loadEnv({ TSA_URLS: value }).TSA_URLS).toEqual(expected);
  });

  test('a value that is not a URL stops start-up with a message naming the setting', () => {
    expect(() => loadEnv({ TSA_URLS: 'timestamp.digicert.com' })).toThrow(/TSA_URLS/);
  });
});
