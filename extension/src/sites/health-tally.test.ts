// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { initAdapterHealth, readPageHealth } from '../flagging/adapter-health.ts';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { tallyUnits } from './health-tally.ts';
import { sites } from './index.ts';
import type { Unit } from './types.ts';
import { applyVariant } from './variants.ts';
import { weibo } from './weibo.ts';

// Adapter health of a page (issue 12 item 4): per field, selector / structural fallback / missing — counts only.

describe('page health', () => {
  test.each(sites.map((s) => [s.id, s] as const))('%s: every unit of the first fixture is counted, and nothing of their text leaves', (_id, site) => {
    const doc = loadFixture(site.testUrls[0]!);
    const units = site.findUnits(doc, fixtureNow);
    const page = tallyUnits(site, units);
    expect(page).toMatchObject({ site: site.id, platform: site.platform, units: units.length });
    const text = page.fields.text!;
    expect(text.primary + text.fallback + text.missing).toBe(units.length);
    const shown = JSON.stringify(page);
    for (const u of units) {
      expect(shown).not.toContain(u.text.slice(0, 8));
      if (u.permalink) expect(shown).not.toContain(u.permalink);
      if (u.author?.name && u.author.name.length > 2) expect(shown).not.toContain(u.author.name);
    }
  });

  test('a Weibo release that renames the post-text class moves the text from the selectors to the fallback', () => {
    const saved = readPageHealth({ site: weibo, doc: loadFixture('http://weibo.com/'), now: () => fixtureNow })!;
    expect(saved.fields.text).toEqual({ primary: 11, fallback: 0, missing: 0 });
    expect(saved.fields.unit?.primary).toBeGreaterThan(0);
    const doc = loadFixture('http://weibo.com/');
    applyVariant(doc, 'release', weibo.unitContainers);
    const release = readPageHealth({ site: weibo, doc, now: () => fixtureNow })!;
    expect(release.units).toBe(11);
    expect(release.fields.text).toEqual({ primary: 1, fallback: 10, missing: 0 });
    // The time links kept their selector through the release.
    expect(release.fields.time).toEqual({ primary: 11, fallback: 0, missing: 0 });
  });

  test('a core field neither noted nor present is missing; optional fields and page-state notes are not fields', () => {
    const unit = (matched: Record<string, string>, over: Partial<Unit> = {}) =>
      ({ key: 'k', platform: 'news', kind: 'article', text: '正文', truncated: false, element: null as never, map: { runs: [] }, debug: { matched }, ...over }) as Unit;
    const page = tallyUnits({ id: 'news', platform: 'news' }, [
      unit({ text: 'article p', publishedAt: 'JSON-LD', state: '__INITIAL_STATE__', 'shown:likes': '1.2万' }),
      unit({ text: 'heuristic' }, { author: { name: '记者' }, publishedAt: '2026-11-22T01:00:00Z' }),
    ]);
    expect(page.fields).toEqual({
      text: { primary: 1, fallback: 1, missing: 0 },
      time: { primary: 1, fallback: 0, missing: 0 },
      author: { primary: 0, fallback: 0, missing: 1 },
    });
  });

  test('a login wall that hides the feed is no page of it; a login dialog over a readable page is', () => {
    const walled = { ...weibo, detectLoginWall: () => ({ platform: 'weibo' as const, message: '请登录' }) };
    const doc = loadFixture('http://weibo.com/');
    expect(readPageHealth({ site: walled, doc, now: () => fixtureNow })?.units).toBe(11);
    for (const el of Array.from(doc.querySelectorAll('article'))) el.remove();
    expect(readPageHealth({ site: walled, doc, now: () => fixtureNow })).toBeNull();
    const removed = loadFixture('http://weibo.com/5678901234/QbGone0001/');
    expect(weibo.pageStatus?.(removed).status).toBe('deleted');
    expect(readPageHealth({ site: weibo, doc: removed, now: () => fixtureNow })).toBeNull();
  });

  test('the page is read once when idle, and again after a single-page navigation; nothing after the script stops', async () => {
    vi.useFakeTimers();
    try {
      const doc = loadFixture('http://weibo.com/');
      const reports: number[] = [];
      const stop = new AbortController();
      initAdapterHealth({ signal: stop.signal, site: weibo, doc, now: () => fixtureNow, delayMs: 100, report: async (p) => reports.push(p.units) });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(reports).toEqual([11]);
      doc.defaultView!.history.pushState(null, '', '/5678901234/QbX7nA2Ke');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(reports).toEqual([11, 11]);
      stop.abort();
      doc.defaultView!.history.pushState(null, '', '/u/2803301701');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(reports).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
