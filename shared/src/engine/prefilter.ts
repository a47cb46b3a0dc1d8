import { fold, isDropped, normalizeTerm, t2sSources } from './normalize-text.ts';

// A cheap "could any of these terms occur?" test for content scripts (issue 4): it answers as a pass over raw text
// chunks (text nodes, in order) normalised unit by unit exactly as `normalizeText(chunks.join('').replace(/\s+/g, ' '))`
// would be, looking only for each term's first two normalised units. No offset map and no automaton is built. The
// flags mark every traditional form of a term's unit as well (t2sSources): the traditional → simplified table itself
// is never built for a page that names no brand (issue 15). It never misses a term the full match would find (every
// occurrence starts with its first pair); a pair alone may pass where no term occurs.
//
// Issue 15: the pass, written in script, ran once per page before the JIT had compiled it — 2 ms of a 50-post page
// with no mention, half the content script's time there. Where every unit of the terms' first pairs is ASCII or a
// CJK ideograph (any real pack), the same question is put to the browser's regular expression engine instead: one
// pattern of the pairs, each unit spelled as every raw character that folds to it, with dropped characters allowed
// between. The few characters whose fold (NFKC) could yield such a unit and that the pattern does not spell (①, 𝐪,
// ㊀, 豈, …) are found by a second pattern, and only the text around each is read by the pass in script.

/** The characters outside ASCII, CJK ideographs, full-width ASCII and white space whose NFKC + lower case fold holds
 * an ASCII unit or a CJK ideograph (prefilter.test checks every code point). Astral planes are listed whole, emoji and
 * the CJK extensions apart, so a character a newer Unicode adds there is read by the pass, not missed. */
export const EXOTIC =
  '\\u00a8-\\u00aa\\u00af-\\u00b4\\u00b8-\\u00be\\u0130-\\u0133\\u013f-\\u0140\\u0149\\u017f\\u01c4-\\u01cc\\u01f1-\\u01f3\\u02b0-\\u02b3' +
  '\\u02b7-\\u02b8\\u02d8-\\u02dd\\u02e1-\\u02e3\\u037a\\u037e\\u0384-\\u0385\\u1d2c-\\u1d43\\u1d47-\\u1d49\\u1d4d-\\u1d52\\u1d56-\\u1d5b\\u1d62-\\u1d65' +
  '\\u1d9c\\u1da0\\u1dbb\\u1e9a\\u1fbd-\\u1fc1\\u1fcd-\\u1fcf\\u1fdd-\\u1fdf\\u1fed-\\u1fef\\u1ffd-\\u1ffe\\u2017\\u203c-\\u203e\\u2047-\\u2049' +
  '\\u2070-\\u209c\\u20a8\\u2100-\\u2124\\u2128-\\u2134\\u2139-\\u213b\\u2145-\\u2149\\u2150-\\u217f\\u2189\\u2460-\\u24ea\\u2a74-\\u2a76' +
  '\\u2c7c-\\u2c7d\\u2e9f\\u2ef3\\u2f00-\\u2fd5\\u3038-\\u303a\\u309b-\\u309c\\u3192-\\u319f\\u3200-\\u3247\\u3250-\\u325f\\u3280-\\u32cf\\u32ff' +
  '\\u3358-\\u33ff\\ua7f1-\\ua7f4\\uf900-\\ufa26\\ufa2a-\\uface\\ufad8-\\ufad9\\ufb00-\\ufb06\\ufb29\\ufc5e-\\ufc63\\ufdfa-\\ufdfb\\ufe10-\\ufe19' +
  '\\ufe30-\\ufe38\\ufe47-\\ufe6b\\ufe70-\\ufe7e\\uffe3' +
  '\\u{10000}-\\u{1f2ff}\\u{1fb00}-\\u{1ffff}\\u{2f800}-\\u{2fa1f}\\u{e0000}-\\u{10ffff}';
/** The dots (․ ‥ …): folded to ASCII full stops, so read by the pass only where a term's first pair has one. */
export const DOTS = '\\u2024-\\u2026';
/** isDropped's characters (prefilter.test compares the two): skipped between two units; U+FEFF is white space to
 * the pass, so not here. */
export const DROPPED = '(?:[\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u00ad\\u180e\\u034f\\ufe00-\\ufe0f]|\\udb40[\\udd00-\\uddef])*';

export interface Prefilter {
  /** False when no term can occur in the concatenation of `chunks`; true when one may. */
  mayContain(chunks: Iterable<string>): boolean;
}

/** `\s` of JavaScript regular expressions: a run of these counts as one space, as in `replace(/\s+/g, ' ')`. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function buildPrefilter(terms: readonly string[]): Prefilter {
  // One byte of flags per UTF-16 unit (one allocation: each large buffer adds to the isolate's GC pressure).
  const SINGLE = 1;
  const FIRST = 2;
  const SECOND = 4;
  const flags = new Uint8Array(65536);
  const pairs = new Set<number>();
  let any = false;
  const sources = new Map<number, number[]>();
  const forms = (u: number) => {
    let f = sources.get(u);
    if (!f) sources.set(u, (f = t2sSources(u)));
    return f;
  };
  /** The terms' first units as normalised, for the pattern: single-unit terms, and each first unit's seconds. */
  const singles: number[] = [];
  const seconds = new Map<number, Set<number>>();
  for (const term of terms) {
    const norm = normalizeTerm(term);
    if (norm.length === 0) continue;
    any = true;
    if (norm.length === 1) {
      singles.push(norm.charCodeAt(0));
      for (const a of forms(norm.charCodeAt(0))) flags[a]! |= SINGLE;
    } else {
      const first = norm.charCodeAt(0);
      seconds.set(first, (seconds.get(first) ?? new Set<number>()).add(norm.charCodeAt(1)));
      for (const a of forms(first)) {
        flags[a]! |= FIRST;
        for (const b of forms(norm.charCodeAt(1))) pairs.add(a * 65536 + b);
      }
      for (const b of forms(norm.charCodeAt(1))) flags[b]! |= SECOND;
    }
  }

  /** Every raw character the pass folds to unit `u`, as the body of a character class. */
  const spell = (u: number): string => {
    if (u === 32) return '\\s';
    const raw = new Set(forms(u));
    if (u >= 97 && u <= 122) raw.add(u - 32);
    for (const c of [...raw]) if (c > 0x20 && c < 0x7f) raw.add(c + 0xfee0);
    return [...raw].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  };
  const plainUnit = (u: number) => (u >= 0x20 && u < 0x7f) || (u >= 0x4e00 && u <= 0x9fff);
  const units = [...singles, ...seconds.keys(), ...[...seconds.values()].flatMap((b) => [...b])];
  // A pack whose first pairs hold another script (é, か) or two spaces in a row keeps the pass alone.
  const fast = any && units.every(plainUnit) && !singles.includes(32) && !seconds.get(32)?.has(32)
    ? {
        pairs: new RegExp([
          ...singles.map((u) => `[${spell(u)}]`),
          ...[...seconds].map(([a, bs]) => `[${spell(a)}]${DROPPED}[${[...bs].map(spell).join('')}]`),
        ].join('|')),
        others: new RegExp(`[${EXOTIC}${units.includes(46) ? DOTS : ''}]`, 'gu'),
      }
    : null;

  // The pass runs once per page in a fresh content script, mostly before the JIT has compiled it: the common
  // cases (CJK, then ASCII) come first and the per-unit test is written out inline, not called.
  function pass(chunks: Iterable<string>): boolean {
    // `prev` and `u` are units before the traditional → simplified step: the flags and pairs hold every form.
    let prev = 0;
    let space = false;
    for (const text of chunks) {
      for (let i = 0, n = text.length; i < n; ) {
        const c = text.charCodeAt(i);
        let u: number;
        if (c >= 0x4e00 && c <= 0x9fff) {
          // CJK unified ideographs: NFKC-stable; their traditional forms are in the flags.
          u = c;
          i++;
        } else if (c < 0x80) {
          i++;
          if (c === 32 || (c >= 9 && c <= 13)) {
            if (space) continue;
            space = true;
            u = 32;
          } else u = c >= 65 && c <= 90 ? c + 32 : c;
        } else if (isSpace(c)) {
          i++;
          if (space) continue;
          space = true;
          u = 32;
        } else {
          const cp = text.codePointAt(i)!;
          i += cp > 0xffff ? 2 : 1;
          space = false;
          if (isDropped(cp)) continue;
          const f = fold(cp);
          for (let k = 0; k < f.length; k++) {
            const v = f.charCodeAt(k);
            const fv = flags[v]!;
            if (fv !== 0 && ((fv & SINGLE) !== 0 || ((fv & SECOND) !== 0 && (flags[prev]! & FIRST) !== 0 && pairs.has(prev * 65536 + v)))) return true;
            prev = v;
          }
          continue;
        }
        if (u !== 32) space = false;
        const fu = flags[u]!;
        if (fu !== 0 && ((fu & SINGLE) !== 0 || ((fu & SECOND) !== 0 && (flags[prev]! & FIRST) !== 0 && pairs.has(prev * 65536 + u)))) return true;
        prev = u;
      }
    }
    return false;
  }

  function mayContain(chunks: Iterable<string>): boolean {
    if (!any) return false;
    if (!fast) return pass(chunks);
    const text = (Array.isArray(chunks) ? chunks : [...chunks]).join('');
    if (fast.pairs.test(text)) return true;
    // Each character the pattern does not spell, read by the pass with the unit before it and the unit after it.
    const { others } = fast;
    others.lastIndex = 0;
    for (let m = others.exec(text); m; m = others.exec(text)) {
      if (pass([text.slice(unitBefore(text, m.index), unitAfter(text, m.index + m[0].length))])) return true;
    }
    return false;
  }

  return { mayContain };
}

const codePointBefore = (text: string, i: number) => {
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i > 1 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
};

/** Where the last character before `i` that is not dropped starts (`i` when there is none). */
function unitBefore(text: string, i: number): number {
  for (let j = i; j > 0; ) {
    const k = codePointBefore(text, j);
    if (!isDropped(text.codePointAt(k)!)) return k;
    j = k;
  }
  return i;
}

/** Where the first character from `i` that is not dropped ends (`i` when there is none). */
function unitAfter(text: string, i: number): number {
  for (let j = i; j < text.length; ) {
    const cp = text.codePointAt(j)!;
    j += cp > 0xffff ? 2 : 1;
    if (!isDropped(cp)) return j;
  }
  return i;
}
