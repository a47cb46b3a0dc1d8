// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { sites } from './index.ts';
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
