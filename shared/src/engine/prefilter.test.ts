import { describe, expect, test } from 'vitest';
import { demoPack } from './demo-pack.ts';
import { fold, isDropped, normalizeTerm, normalizeText, t2sSources } from './normalize-text.ts';
import { buildPrefilter, DOTS, DROPPED, EXOTIC } from './prefilter.ts';
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

  /** The first-pair test over the normalised text of `chunks`, for the terms `of`: what the prefilter must answer. */
  const referenceFor = (of: readonly string[]) => {
    const terms = of.map(normalizeTerm).filter((t) => t.length > 0);
    const singles = new Set(terms.filter((t) => t.length === 1));
    const firstPairs = new Set(terms.filter((t) => t.length > 1).map((t) => t.slice(0, 2)));
    return (chunks: string[]) => {
      const text = normalizeText(chunks.join('').replace(/\s+/g, ' ')).text;
      for (let i = 0; i < text.length; i++) if (singles.has(text[i]!) || firstPairs.has(text.slice(i, i + 2))) return true;
      return false;
    };
  };

  test('the characters the pattern reads by fold are every character whose fold gives ASCII or an ideograph (issue 15)', () => {
    const others = new RegExp(`[${EXOTIC}${DOTS}]`, 'u');
    const missed: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xff01 && cp <= 0xff5e)) continue;
      const ch = String.fromCodePoint(cp);
      if (/\s/.test(ch)) continue;
      const f = fold(cp);
      let plain = false;
      for (let k = 0; k < f.length; k++) {
        const u = f.charCodeAt(k);
        if (u < 0x80 || (u >= 0x4e00 && u <= 0x9fff)) plain = true;
      }
      if (plain && !others.test(ch)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    // …and not the punctuation every Chinese page is full of.
    for (const ch of '，。、！？：；（）“”‘’《》【】「」—·～') expect(others.test(ch), ch).toBe(false);
  });

  test('the pattern skips between two units exactly the characters normalisation drops, U+FEFF (white space) aside', () => {
    const skipped = new RegExp(`^${DROPPED}$`);
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (skipped.test(String.fromCodePoint(cp)) !== (isDropped(cp) && cp !== 0xfeff)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  test('answers as the first-pair test over text with look-alike, styled, compatibility and combining characters (issue 15)', () => {
    const firstUnits = new Set(names.flatMap((n) => [...normalizeTerm(n).slice(0, 2)]));
    // Every character outside ASCII and the ideographs that folds to a unit of a name's first pair: ⓠ, 𝐐, Ｈ, ⽲ (the
    // Kangxi radical 禾); the dots too, which count only where a term has one.
    const lookAlikes: string[] = [];
    for (let cp = 0xa0; cp <= 0x1ffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x4e00 && cp <= 0x9fff)) continue;
      if ([...fold(cp)].some((c) => firstUnits.has(c))) lookAlikes.push(String.fromCodePoint(cp));
    }
    expect(lookAlikes).toEqual(expect.arrayContaining(['ⓠ', 'Ｈ', '𝐐', '⽲']));
    const cases: [string, readonly string[]][] = [
      ['the demo pack', names],
      ['terms with dots, digits and spaces', ['Q.H', '3.15', 'a b乳业', '禾']],
      ['terms in another script (the pass alone)', ['éclair', 'かわ', '青禾']],
    ];
    for (const [what, terms] of cases) {
      const prefilter = buildPrefilter(terms);
      const reference = referenceFor(terms);
      const own = [...new Set(terms.join(''))];
      const alphabet = [...new Set([...own, ...lookAlikes, '…', '‥', '.', '¨', 'ª', '①', '㈱', 'e\u0301', 'é', '\u200b', '\u00ad', '\ufeff',
        '\u{e0101}', '😀', '𠀀', ' ', '\u3000', '\n', '，', '丰', 'x', '가'])];
      let seed = 23;
      // The high bits: the low bits of this generator repeat with a short period.
      const rnd = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
      let hits = 0;
      for (let k = 0; k < 6000; k++) {
        // Most characters drawn from the terms' own, so pairs occur; the rest from everything that may stand between.
        const draw = () => (rnd(2) === 0 ? own[rnd(own.length)]! : alphabet[rnd(alphabet.length)]!);
        const chunks = Array.from({ length: 1 + rnd(3) }, () => Array.from({ length: rnd(6) }, draw).join(''));
        const expected = reference(chunks);
        if (expected) hits++;
        expect(prefilter.mayContain(chunks), `${what}: ${JSON.stringify(chunks)}`).toBe(expected);
      }
      expect(hits, what).toBeGreaterThan(100);
    }
  });

  test('a styled or spaced-out spelling on a long page is still found', () => {
    const page = '周末带孩子去博物馆，看到了很多青铜器……讲解员讲得很好。'.repeat(300);
    expect(pre.mayContain([page])).toBe(false);
    expect(pre.mayContain([page, '买了青⽲的奶', page])).toBe(true);
    expect(pre.mayContain([page, 'ⓠⓗ乳业', page])).toBe(true);
    expect(pre.mayContain([page, '青\u200b\u200d禾', page])).toBe(true);
    expect(pre.mayContain([page, '青 禾', page])).toBe(false);
  });
});
