import { fold, isDropped, normalizeTerm, t2sTable } from './normalize-text.ts';

// A cheap "could any of these terms occur?" test for content scripts (issue 4): one pass over raw text chunks (text
// nodes, in order) normalised unit by unit exactly as `normalizeText(chunks.join('').replace(/\s+/g, ' '))` would
// be, looking only for each term's first two normalised units. No string is joined, no offset map and no automaton
// is built, so a page that names no brand costs one table lookup per character. It never misses a term the full
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
  const single = new Uint8Array(65536);
  const first = new Uint8Array(65536);
  const pairs = new Set<number>();
  let any = false;
  for (const term of terms) {
    const norm = normalizeTerm(term);
    if (norm.length === 0) continue;
    any = true;
    if (norm.length === 1) single[norm.charCodeAt(0)] = 1;
    else {
      first[norm.charCodeAt(0)] = 1;
      pairs.add(norm.charCodeAt(0) * 65536 + norm.charCodeAt(1));
    }
  }

  function mayContain(chunks: Iterable<string>): boolean {
    if (!any) return false;
    const table = t2sTable();
    let prev = -1;
    let space = false;
    // One normalised unit: a hit when it is a one-unit term or ends a term's first pair.
    const hit = (u: number): boolean => {
      const p = prev;
      prev = u;
      return single[u] === 1 || (p >= 0 && first[p] === 1 && pairs.has(p * 65536 + u));
    };
    for (const text of chunks) {
      for (let i = 0, n = text.length; i < n; ) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) {
          if (!space && hit(32)) return true;
          space = true;
          i++;
          continue;
        }
        space = false;
        if (c < 0x80) {
          if (hit(c >= 65 && c <= 90 ? c + 32 : c)) return true;
          i++;
          continue;
        }
        if (c >= 0x4e00 && c <= 0x9fff) {
          if (hit(table[c] || c)) return true;
          i++;
          continue;
        }
        const cp = text.codePointAt(i)!;
        if (!isDropped(cp)) {
          const f = fold(cp);
          for (let k = 0; k < f.length; k++) {
            const u = f.charCodeAt(k);
            if (hit(table[u] || u)) return true;
          }
        }
        i += cp > 0xffff ? 2 : 1;
      }
    }
    return false;
  }

  return { mayContain };
}
