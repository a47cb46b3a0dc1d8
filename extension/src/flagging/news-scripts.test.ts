import { afterEach, describe, expect, test, vi } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { enableNewsHosts, syncNewsScripts } from './news-scripts.ts';
import type { PackInfo } from './types.ts';

// Registering the news script after a grant (issue 12), over a stand-in for chrome.permissions, chrome.scripting and
// chrome.tabs that refuses a duplicate script id as Chrome does.

const info: PackInfo = { version: 'demo-1', pack: demoPack, source: 'demo' };

function fakeChrome(granted: string[]) {
  const registered = new Map<string, string[]>();
  const injected: number[] = [];
  const tick = () => new Promise((r) => setTimeout(r, 0));
  vi.stubGlobal('chrome', {
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.some((g) => o.endsWith(`${g}/*`))) },
    scripting: {
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
        await tick();
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s.matches);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        await tick();
        for (const id of ids) if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      },
      executeScript: async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId),
    },
    tabs: { query: async () => [{ id: 3, url: 'https://finance.sina.com.cn/a.shtml' }, { id: 4, url: 'https://news.163.com/b.html' }] },
  });
  return { registered, injected };
}

afterEach(() => vi.unstubAllGlobals());

describe('news script registration', () => {
  test('only granted hosts and their subdomains are scripted', async () => {
    const { registered } = fakeChrome(['sina.com.cn']);
    expect(await syncNewsScripts(info)).toEqual(['sina.com.cn']);
    expect(registered.get('flag-news')).toEqual(['*://sina.com.cn/*', '*://*.sina.com.cn/*']);
  });

  test('the permission event and news:enable at once: one registration, no duplicate-id failure, open tabs flagged', async () => {
    const { registered, injected } = fakeChrome(['sina.com.cn', '163.com']);
    const [a, b] = await Promise.all([enableNewsHosts(info), enableNewsHosts(info)]);
    expect(a.granted).toEqual(['sina.com.cn', '163.com']);
    expect(b.flagged).toBe(2);
    expect([...registered.keys()]).toEqual(['flag-news']);
    expect(injected.sort()).toEqual([3, 3, 4, 4]); // the second injection only rescans (once-per-page.ts)
  });

  test('nothing granted: no script, no tab touched', async () => {
    const { registered, injected } = fakeChrome([]);
    expect(await enableNewsHosts(info)).toEqual({ granted: [], flagged: 0 });
    expect(registered.size).toBe(0);
    expect(injected).toEqual([]);
  });
});
