import { describe, expect, test } from 'vitest';
import config from '../wxt.config.ts';

type Manifest = { permissions?: string[]; optional_permissions?: string[]; optional_host_permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  });

describe('declared permissions (issue 15)', () => {
  test.each(['chrome', 'firefox'] as const)('%s: no debugger permission, required or optional', (browser) => {
    const m = manifestFor(browser);
    expect(m.permissions ?? []).not.toContain('debugger');
    expect(m.optional_permissions ?? []).not.toContain('debugger');
  });

  test('chrome asks for <all_urls> only when a full-page capture needs captureVisibleTab', () => {
    expect(manifestFor('chrome').optional_host_permissions).toEqual(['<all_urls>']);
  });
});
