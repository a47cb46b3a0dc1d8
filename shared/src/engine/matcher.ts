// One-pass multi-pattern matcher (issue 3): Aho–Corasick over UTF-16 units of normalised text. Every alias,
// exclude, person and risk term of a pack goes into one automaton, so a page is scanned once whatever the pack size.
// The root's transitions are a dense 64 K table (most positions of a page restart at the root); deeper transitions
// live in one open-addressing hash table over typed arrays (no per-node objects: the sentiment model's 160 k
// n-grams build in a fraction of the time a Map needs).

export interface Hit {
  /** Index of the pattern as passed to `buildMatcher`. */
  pattern: number;
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
}

export interface Matcher {
  /** Calls `onHit` for every occurrence, in order of end offset. */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void;
  find(text: string): Hit[];
  readonly patternCount: number;
}

export function buildMatcher(patterns: readonly string[]): Matcher {
  let total = 1;
  for (const p of patterns) total += p.length;
  const root = new Int32Array(65536).fill(-1);
  // Trie nodes: first child / next sibling lists for the breadth-first pass, the unit leading to each node.
  const firstChild = new Int32Array(total).fill(-1);
  const nextSibling = new Int32Array(total).fill(-1);
  const unitOf = new Uint16Array(total);
  const outHead = new Int32Array(total).fill(-1);
  const next = new Int32Array(patterns.length).fill(-1);
  const lens = new Int32Array(patterns.length);
  let cap = 16;
  while (cap < total * 2) cap <<= 1;
  const mask = cap - 1;
  // Slot i holds (state, unit, target) at 3i..3i+2: one probe touches one cache line, not three arrays.
  const table = new Int32Array(cap * 3).fill(-1);
  const slot = (s: number, u: number) => (Math.imul(s, 0x9e3779b1) ^ Math.imul(u, 0x85ebca6b)) & mask;
  const get = (s: number, u: number): number => {
    if (s === 0) return root[u]!;
    for (let i = slot(s, u); ; i = (i + 1) & mask) {
      const k = table[3 * i]!;
      if (k === -1) return -1;
      if (k === s && table[3 * i + 1] === u) return table[3 * i + 2]!;
    }
  };
  let nodes = 1;
  patterns.forEach((p, id) => {
    lens[id] = p.length;
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      let t = get(s, u);
      if (t < 0) {
        t = nodes++;
        unitOf[t] = u;
        nextSibling[t] = firstChild[s]!;
        firstChild[s] = t;
        if (s === 0) root[u] = t;
        else {
          let j = slot(s, u);
          while (table[3 * j] !== -1) j = (j + 1) & mask;
          table[3 * j] = s;
          table[3 * j + 1] = u;
          table[3 * j + 2] = t;
        }
      }
      s = t;
    }
    next[id] = outHead[s]!;
    outHead[s] = id;
  });

  const fail = new Int32Array(nodes);
  // Nearest proper suffix state that ends a pattern, so reporting skips states without output.
  const dict = new Int32Array(nodes).fill(-1);
  const queue = new Int32Array(nodes);
  let tail = 0;
  for (let t = firstChild[0]!; t >= 0; t = nextSibling[t]!) queue[tail++] = t;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
      const u = unitOf[t]!;
      let f = fail[s]!;
      let g = get(f, u);
      while (g < 0 && f !== 0) {
        f = fail[f]!;
        g = get(f, u);
      }
      const ft = g >= 0 && g !== t ? g : 0;
      fail[t] = ft;
      dict[t] = outHead[ft]! >= 0 ? ft : dict[ft]!;
      queue[tail++] = t;
    }
  }

  function scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const u = text.charCodeAt(i);
      for (;;) {
        const t = get(s, u);
        if (t >= 0) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = fail[s]!;
      }
      if (s === 0) continue;
      for (let o = outHead[s]! >= 0 ? s : dict[s]!; o >= 0; o = dict[o]!) {
        for (let id = outHead[o]!; id >= 0; id = next[id]!) onHit(id, i + 1 - lens[id]!, i + 1);
      }
    }
  }

  return {
    scan,
    find(text) {
      const hits: Hit[] = [];
      scan(text, (pattern, start, end) => hits.push({ pattern, start, end }));
      return hits;
    },
    patternCount: patterns.length,
  };
}
