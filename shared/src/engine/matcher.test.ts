import { describe, expect, test } from 'vitest';
import { buildMatcher } from './matcher.ts';

describe('buildMatcher', () => {
  test('finds every pattern, overlapping and nested, in one pass', () => {
    const m = buildMatcher(['青禾', '青禾乳业', '乳业', '禾乳', 'he', 'she', 'hers']);
    const hits = m.find('青禾乳业 ushers').map((h) => `${h.pattern}@${h.start}-${h.end}`);
    expect(hits.sort()).toEqual(['0@0-2', '1@0-4', '2@2-4', '3@1-3', '4@7-9', '5@6-9', '6@7-11'].sort());
  });

  test('identical patterns both report', () => {
    const m = buildMatcher(['过敏', '过敏']);
    expect(m.find('宝宝过敏了').map((h) => h.pattern).sort()).toEqual([0, 1]);
  });

  test('handles surrogate pairs as plain units', () => {
    const m = buildMatcher(['😀青禾']);
    expect(m.find('a😀青禾')).toEqual([{ pattern: 0, start: 1, end: 5 }]);
  });

  test('a random cross-check against indexOf', () => {
    const alphabet = 'abc青禾苗';
    const rand = (n: number) => Array.from({ length: n }, (_, i) => alphabet[(i * 7 + n * 13) % alphabet.length]).join('');
    const patterns = Array.from({ length: 40 }, (_, i) => rand(1 + (i % 5)).slice(i % 3));
    const text = Array.from({ length: 500 }, (_, i) => alphabet[(i * i + 3 * i) % alphabet.length]).join('');
    const expected: string[] = [];
    patterns.forEach((p, id) => {
      if (!p) return;
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) expected.push(`${id}@${i}`);
    });
    const got = buildMatcher(patterns).find(text).map((h) => `${h.pattern}@${h.start}`);
    expect(got.sort()).toEqual(expected.sort());
  });
});
