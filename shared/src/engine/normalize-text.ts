import { t2sKeys, t2sValues } from './t2s-table.ts';

// Normalisation before matching and sentiment (issue 3): NFKC (full-width ＱＩＮＧＨＥ → qinghe), Latin case folding,
// zero-width and variation selectors dropped, traditional → simplified one character for one. Every normalised
// UTF-16 unit remembers the span of the original text it came from, so hits map back to exact input offsets.

export interface Normalized {
  text: string;
  /** Original start offset (UTF-16) of the character that produced each normalised unit. */
  starts: Uint32Array;
  /** Original end offset (exclusive) of that character. */
  ends: Uint32Array;
}

let t2s: Uint16Array | null = null;
/** Traditional → simplified over the BMP (0 where a unit stays as it is); built on first use. */
export function t2sTable(): Uint16Array {
  if (t2s) return t2s;
  // Dense over the BMP: a lookup per CJK character must cost an array read, not a hash.
  t2s = new Uint16Array(65536);
  // Keys and values are two strings of equal length, one UTF-16 unit per character (issue 15: decoding base-36
  // deltas here cost every content script about a millisecond on its first page).
  for (let k = 0, n = t2sKeys.length; k < n; k++) t2s[t2sKeys.charCodeAt(k)] = t2sValues.charCodeAt(k);
  return t2s;
}

/**
 * The simplified form of one UTF-16 unit (itself when it has none). Before the table is built this searches the two
 * strings instead of building it: rule terms and the prefilter need a few dozen units, and a page that names no
 * brand then never pays for the table (issue 15).
 */
export function t2sUnit(u: number): number {
  if (t2s) return t2s[u] || u;
  const k = t2sKeys.indexOf(String.fromCharCode(u));
  return k < 0 ? u : t2sValues.charCodeAt(k);
}

/** Every UTF-16 unit whose simplified form is `u` (`u` itself included when it has no other): the table read backwards. */
export function t2sSources(u: number): number[] {
  const out = t2sKeys.indexOf(String.fromCharCode(u)) < 0 ? [u] : [];
  const ch = String.fromCharCode(u);
  for (let k = t2sValues.indexOf(ch); k >= 0; k = t2sValues.indexOf(ch, k + 1)) out.push(t2sKeys.charCodeAt(k));
  return out;
}

export function isDropped(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    cp === 0xfeff || cp === 0x00ad || cp === 0x180e || cp === 0x034f ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) // variation selectors supplement
  );
}

// NFKC + lower case of one character; cached, because pages repeat the same few hundred non-ASCII, non-CJK symbols.
const foldCache = new Map<number, string>();
export function fold(cp: number): string {
  let s = foldCache.get(cp);
  if (s === undefined) {
    s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    if (foldCache.size < 20_000) foldCache.set(cp, s);
  }
  return s;
}

export function normalizeText(input: string): Normalized {
  const table = t2sTable();
  const n = input.length;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let len = 0;
  const push = (unit: number, s: number, e: number) => {
    if (len === cap) {
      cap *= 2;
      const o = new Uint16Array(cap); o.set(out); out = o;
      const a = new Uint32Array(cap); a.set(starts); starts = a;
      const b = new Uint32Array(cap); b.set(ends); ends = b;
    }
    out[len] = unit;
    starts[len] = s;
    ends[len++] = e;
  };
  for (let i = 0; i < n; ) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      // ASCII: only letters change.
      push(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
      i++;
      continue;
    }
    if (c >= 0x4e00 && c <= 0x9fff) {
      // CJK unified ideographs are NFKC-stable; only the traditional → simplified step applies.
      push(table[c] || c, i, i + 1);
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (!isDropped(cp)) {
      const f = fold(cp);
      for (let k = 0; k < f.length; k++) {
        const u = f.charCodeAt(k);
        push(table[u] || u, i, i + w);
      }
    }
    i += w;
  }
  let text = '';
  for (let k = 0; k < len; k += 8192) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  return { text, starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** Normalised text only (no offset map, no typed arrays), for rule terms and training data: same rules as above. */
export function normalizeTerm(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; ) {
    const c = term.charCodeAt(i);
    if (c < 0x80) {
      out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
      i++;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      out += String.fromCharCode(t2sUnit(c));
      i++;
    } else {
      const cp = term.codePointAt(i)!;
      if (!isDropped(cp)) {
        const f = fold(cp);
        for (let k = 0; k < f.length; k++) out += String.fromCharCode(t2sUnit(f.charCodeAt(k)));
      }
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return out;
}
