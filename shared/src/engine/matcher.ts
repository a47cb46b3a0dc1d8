// One-pass multi-pattern matcher (issue 3): Aho–Corasick over UTF-16 units of normalised text. Every alias,
// exclude, person and risk term of a pack goes into one automaton, so a page is scanned once whatever the pack size.
// The root's transitions are a dense 64 K table (most positions of a page restart at the root); deeper transitions
// live in one Map keyed by state·65536 + unit.

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
  const root = new Int32Array(65536).fill(-1);
  const edges = new Map<number, number>();
  const depth: number[] = [0];
  const fail: number[] = [0];
  // Patterns ending exactly at a state, as a linked list through `nextOut`; `dict` jumps to the nearest proper
  // suffix state that has output.
  const outHead: number[] = [-1];
  const nextOut: number[] = new Array(patterns.length).fill(-1);
  const lens: number[] = patterns.map((p) => p.length);
  const children: number[][] = [[]];

  const child = (s: number, u: number) => (s === 0 ? root[u]! : (edges.get(s * 65536 + u) ?? -1));
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      let t = child(s, u);
      if (t < 0) {
        t = depth.length;
        depth.push(depth[s]! + 1);
        fail.push(0);
        outHead.push(-1);
        children.push([]);
        if (s === 0) root[u] = t;
        else edges.set(s * 65536 + u, t);
        children[s]!.push(u);
      }
      s = t;
    }
    nextOut[id] = outHead[s]!;
    outHead[s] = id;
  });

  const dict = new Int32Array(depth.length).fill(-1);
  const failArr = new Int32Array(depth.length);
  const queue: number[] = [];
  for (const u of children[0]!) {
    const t = root[u]!;
    failArr[t] = 0;
    queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const u of children[s]!) {
      const t = edges.get(s * 65536 + u)!;
      let f = failArr[s]!;
      while (f !== 0 && child(f, u) < 0) f = failArr[f]!;
      const g = child(f, u);
      failArr[t] = g >= 0 && g !== t ? g : 0;
      const ft = failArr[t]!;
      dict[t] = outHead[ft]! >= 0 ? ft : dict[ft]!;
      queue.push(t);
    }
  }
  const out = Int32Array.from(outHead);
  const next = Int32Array.from(nextOut);

  function scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const u = text.charCodeAt(i);
      for (;;) {
        const t = s === 0 ? root[u]! : (edges.get(s * 65536 + u) ?? -1);
        if (t >= 0) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = failArr[s]!;
      }
      if (s === 0) continue;
      for (let o = out[s]! >= 0 ? s : dict[s]!; o >= 0; o = dict[o]!) {
        for (let id = out[o]!; id >= 0; id = next[id]!) onHit(id, i + 1 - lens[id]!, i + 1);
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
