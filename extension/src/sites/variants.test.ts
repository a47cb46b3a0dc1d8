// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { bilibili } from './bilibili.ts';
import { sites } from './index.ts';
import { shadowRootsUnder } from './shadow.ts';
import { bilibiliPages } from './social-layout-pages-bili.ts';
import type { Unit } from './types.ts';
import { applyVariant, variantNames } from './variants.ts';

// The layout-variant property (issue 12): whatever a site release does to the markup (variants.ts), an adapter
// finds the same units — same keys, text and kind — on every saved fixture page.

const shape = (units: Unit[]) => units.map((u) => `${u.key} ${u.kind} ${JSON.stringify(u.text)}`).sort();

const cases = sites.flatMap((site) => site.testUrls.flatMap((url) => variantNames.map((v) => [site.id, url, v, site] as const)));

describe('layout variants', () => {
  test.each(cases)('%s %s — %s: same units as the saved page', (_id, url, variant, site) => {
    const base = shape(site.findUnits(loadFixture(url), fixtureNow));
    const doc = loadFixture(url);
    applyVariant(doc, variant, site.unitContainers);
    expect(shape(site.findUnits(doc, fixtureNow))).toEqual(base);
  });

  // B站 comments live in nested shadow roots (issue 14): a variant that stopped at the page's own DOM left them as
  // written, and the adapter was only ever checked on them as saved.
  const inShadows = (doc: Document) => shadowRootsUnder(doc.body).map((r) => r.innerHTML).join('\n');
  const comments = (doc: Document) => bilibili.findUnits(doc, fixtureNow).filter((u) => u.kind === 'comment').map((u) => u.text);
  const biliPages = [
    ['B站 saved video page', () => loadFixture(bilibili.testUrls[0]!)],
    [bilibiliPages[0]!.name, () => pageAt(bilibiliPages[0]!.url, bilibiliPages[0]!.html)],
  ] as const;
  test.each(biliPages.flatMap(([name, page]) => (['wrap', 'reorder', 'release'] as const).map((v) => [name, v, page] as const)))('%s — %s reaches inside the shadow roots', (_, v, page) => {
    const doc = page();
    applyVariant(doc, v, bilibili.unitContainers);
    expect(inShadows(doc)).not.toBe(inShadows(page()));
    // A reordered feed shows its threads, web components, the other way round.
    if (v !== 'wrap') expect(comments(doc)).toEqual(comments(page()).reverse());
  });

  test('the variants do change the markup', () => {
    const url = 'http://weibo.com/';
    const before = loadFixture(url).body.innerHTML;
    for (const v of variantNames) {
      const doc = loadFixture(url);
      applyVariant(doc, v, sites[0]!.unitContainers);
      expect(doc.body.innerHTML, v).not.toBe(before);
    }
  });
});
