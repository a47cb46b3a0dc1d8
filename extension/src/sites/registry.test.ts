// @vitest-environment happy-dom
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { fixtureNow, fixturesDir, loadFixture } from './fixture-doc.ts';
import { fixturePathFor, siteFor, sites } from './index.ts';

// The meta-test (STYLE habit 2): every registered adapter names test URLs, each has a saved fixture page, and its
// selectors find units there; every fixture page belongs to some adapter.

function allFixtures(dir = fixturesDir, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFixtures(full, `${prefix}${name}/`) : name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}

describe('site registry', () => {
  test('ids are unique and equal the adapter file names; the generic news adapter comes last', () => {
    const ids = sites.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(join(__dirname, `${id}.ts`))).toBe(true);
    expect(ids.at(-1)).toBe('news');
  });

  test.each(sites.map((s) => [s.id, s] as const))('%s has test URLs with fixtures its selectors understand', (_id, site) => {
    expect(site.testUrls.length).toBeGreaterThan(0);
    for (const url of site.testUrls) {
      expect(existsSync(fixturesDir + fixturePathFor(url)), `fixture for ${url}`).toBe(true);
      const doc = loadFixture(url);
      const units = site.findUnits(doc, fixtureNow);
      // A removal page (issue 14) has no units and says so through pageStatus; every other page has units.
      const status = site.pageStatus?.(doc).status ?? 'online';
      expect(units.length > 0, `units on ${url}, page ${status}`).toBe(status === 'online');
      for (const u of units) {
        expect(u.text.length).toBeGreaterThan(0);
        expect(u.key).toMatch(new RegExp(`^${u.platform}:`));
        expect(Object.keys(u.debug.matched)).toContain('text');
      }
      expect(siteFor(url, demoPack.newsHosts)).toBe(site);
    }
  });

  // Hot lists (issue 11 item 4): pages that show a 热搜 / 热榜 are named by the adapter's hotList and read there.
  test.each(sites.filter((s) => s.hotList).map((s) => [s.id, s] as const))('%s names hot list pages its reader understands', (_id, site) => {
    const reader = site.hotList!;
    expect(reader.testUrls.length).toBeGreaterThan(0);
    for (const url of reader.testUrls) {
      expect(existsSync(fixturesDir + fixturePathFor(url)), `fixture for ${url}`).toBe(true);
      const entries = reader.read(loadFixture(url));
      expect(entries.length, `entries on ${url}`).toBeGreaterThan(0);
      for (const e of entries) expect(e.platform).toBe(site.platform);
      expect(siteFor(url, demoPack.newsHosts)).toBe(site);
    }
  });

  test('every fixture page is some adapter’s test URL', () => {
    const named = new Set(sites.flatMap((s) => [...s.testUrls, ...(s.hotList?.testUrls ?? [])].map(fixturePathFor)));
    // harness.html pages belong to the e2e harness's own self-test (tests/support), not to an adapter.
    expect(allFixtures().filter((f) => !named.has(f) && !/(^|\/)harness\.html$/.test(f))).toEqual([]);
  });

  // The e2e fixture server decodes a request's path and drops its query: /search/青禾乳业?type=general is a file of
  // that name, never its percent-encoded form.
  test.each([
    ['http://www.douyin.com/search/青禾乳业?type=general', 'www.douyin.com/search/青禾乳业.html'],
    ['http://www.douyin.com/search/%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A', 'www.douyin.com/search/青禾乳业.html'],
    ['http://www.douyin.com/video/7431234567890123456/', 'www.douyin.com/video/7431234567890123456/index.html'],
    ['http://www.douyin.com/hot', 'www.douyin.com/hot.html'],
    ['http://news.sina.com.cn/c/2026-03-05/doc-x.shtml', 'news.sina.com.cn/c/2026-03-05/doc-x.shtml'],
  ])('%s is saved as %s', (url, file) => {
    expect(fixturePathFor(url)).toBe(file);
  });

  test('platform adapters win over news; other hosts only on demand', () => {
    expect(siteFor('https://weibo.com/u/1', [])?.id).toBe('weibo');
    expect(siteFor('https://m.weibo.cn/status/1', [])?.id).toBe('weibo-mobile');
    expect(siteFor('https://www.douyin.com/video/1', ['www.douyin.com'])?.id).toBe('douyin');
    expect(siteFor('https://mp.weixin.qq.com/s/abc', ['qq.com'])?.id).toBe('weixin');
    expect(siteFor('https://zhuanlan.zhihu.com/p/1', [])?.id).toBe('zhihu');
    expect(siteFor('https://news.sina.com.cn/c/x.shtml', demoPack.newsHosts)?.id).toBe('news');
    expect(siteFor('https://example.org/post', demoPack.newsHosts)).toBeUndefined();
    expect(siteFor('https://example.org/post', demoPack.newsHosts, true)?.id).toBe('news');
  });
});
