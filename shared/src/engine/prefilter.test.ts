import { describe, expect, test } from 'vitest';
import { demoPack } from './demo-pack.ts';
import { normalizeTerm, normalizeText, t2sSources } from './normalize-text.ts';
import { buildPrefilter } from './prefilter.ts';
import { compilePack } from './rules.ts';

const names = demoPack.brands.flatMap((b) => [b.name, ...b.aliases, ...b.people]);
const pre = buildPrefilter(names);
const compiled = compilePack(demoPack);

/** What the content script's full check finds: an alias or person anywhere in the joined, space-collapsed text. */
function fullCheck(chunks: string[]): boolean {
  let hit = false;
  compiled.matcher.scan(normalizeText(chunks.join('').replace(/\s+/g, ' ')).text, (id) => {
    const kind = compiled.patterns[id]!.kind;
    if (kind === 'alias' || kind === 'person') hit = true;
  });
  return hit;
}

describe('mention prefilter', () => {
  test('a page naming no brand is answered without the automaton', () => {
    expect(pre.mayContain(['周末带孩子去博物馆，看到了很多青铜器。', '今天天气不错'])).toBe(false);
  });

  test('traditional, full-width and split-across-nodes spellings still pass', () => {
    expect(pre.mayContain(['喝了靑禾'.replace('靑', '青')])).toBe(true);
    expect(pre.mayContain(['ＱＩＮＧＨＥ 的奶'])).toBe(true);
    expect(pre.mayContain(['我买了青', '禾牛奶'])).toBe(true);
    expect(pre.mayContain(['周明', '遠說'])).toBe(true);
    expect(pre.mayContain(['qinghe\n\t  dairy'])).toBe(true);
  });

  test('never says no where the full check finds a name (random texts over the terms’ characters)', () => {
    const alphabet = [...new Set([...names.join(''), ' ', '\n', '，', '遠', '禾', 'Ｑ', '\u200b', '青'])];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 3000; k++) {
      const chunks = Array.from({ length: 1 + rnd(3) }, () => Array.from({ length: rnd(6) }, () => alphabet[rnd(alphabet.length)]).join(''));
      if (fullCheck(chunks)) expect(pre.mayContain(chunks), JSON.stringify(chunks)).toBe(true);
    }
  });

  test('answers exactly as the first-pair test over the normalised text, every traditional form of a term included (issue 15)', () => {
    // The flags mark each term unit's traditional sources instead of mapping the page's text through the table.
    const terms = names.map(normalizeTerm).filter((t) => t.length > 0);
    const singles = new Set(terms.filter((t) => t.length === 1));
    const firstPairs = new Set(terms.filter((t) => t.length > 1).map((t) => t.slice(0, 2)));
    const reference = (chunks: string[]) => {
      const text = normalizeText(chunks.join('').replace(/\s+/g, ' ')).text;
      for (let i = 0; i < text.length; i++) if (singles.has(text[i]!) || firstPairs.has(text.slice(i, i + 2))) return true;
      return false;
    };
    const traditional = [...new Set([...names.join('')].flatMap((c) => t2sSources(c.charCodeAt(0)).map((u) => String.fromCharCode(u))))];
    expect(traditional.length).toBeGreaterThan(names.join('').length / 4);
    const alphabet = [...new Set([...names.join(''), ...traditional, ' ', '\u3000', '\n', '，', 'Ｑ', 'Ｈ', '\u200b', '\ufe0f', '丰', 'x'])];
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let hits = 0;
    for (let k = 0; k < 4000; k++) {
      const chunks = Array.from({ length: 1 + rnd(3) }, () => Array.from({ length: rnd(5) }, () => alphabet[rnd(alphabet.length)]).join(''));
      const expected = reference(chunks);
      if (expected) hits++;
      expect(pre.mayContain(chunks), JSON.stringify(chunks)).toBe(expected);
    }
    expect(hits).toBeGreaterThan(30);
  });
});
