import { fold, isDropped, normalizeTerm, t2sSources } from './normalize-text.ts';

// A cheap "could any of these terms occur?" test for content scripts (issue 4): one pass over raw text chunks (text
// nodes, in order) normalised unit by unit exactly as `normalizeText(chunks.join('').replace(/\s+/g, ' '))` would
// be, looking only for each term's first two normalised units. No string is joined, no offset map and no automaton
// is built, so a page that names no brand costs one table lookup per character. The lookup is into the prefilter's
// own flags, which mark every traditional form of a term's unit as well (t2sSources): the traditional → simplified
// table itself is never built for a page that names no brand (issue 15). It never misses a term the full
// match would find (every occurrence starts with its first pair); a pair alone may pass where no term occurs.

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
  for (const term of terms) {
    const norm = normalizeTerm(term);
    if (norm.length === 0) continue;
    any = true;
    if (norm.length === 1) for (const a of forms(norm.charCodeAt(0))) flags[a]! |= SINGLE;
    else {
      for (const a of forms(norm.charCodeAt(0))) {
        flags[a]! |= FIRST;
        for (const b of forms(norm.charCodeAt(1))) pairs.add(a * 65536 + b);
      }
      for (const b of forms(norm.charCodeAt(1))) flags[b]! |= SECOND;
    }
  }

  // The loop runs once per page in a fresh content script, mostly before the JIT has compiled it: the common
  // cases (CJK, then ASCII) come first and the per-unit test is written out inline, not called.
  function mayContain(chunks: Iterable<string>): boolean {
    if (!any) return false;
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

  return { mayContain };
}
