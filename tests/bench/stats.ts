import { availableParallelism, loadavg } from 'node:os';

// How every bench figure is printed (issue 15): the spread over N runs (min / median / p90), next to its budget,
// and as a ratio against a baseline measured in the same run, so a figure from a busy machine can be told from a
// regression. The machine's load average is printed at the start and the end of every module.

export interface Spread {
  min: number;
  median: number;
  p90: number;
  n: number;
}

export function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { min: s[0] ?? NaN, median: s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2, p90: at(0.9), n: s.length };
}

export const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

export function loadLine(when: 'start' | 'end'): void {
  console.log(`  load average at ${when}: ${load()} (1, 5, 15 min; ${availableParallelism()} cores)`);
}

export interface Budget {
  /** `<` for costs, `≥` for speed-ups and accuracies. */
  op: '<' | '≤' | '≥';
  value: number;
}

export interface Baseline {
  name: string;
  xs: readonly number[];
  /** The baseline's unit when it differs from the figure's. */
  unit?: string;
}

const inMs: Record<string, number> = { 'µs': 1e-3, ms: 1, s: 1e3 };
const fmt = (x: number, d: number) => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** One figure: `what  median (min … p90, n)  budget  ok|OVER  ratio to baseline`. */
export function figure(what: string, xs: readonly number[], unit: string, o: { budget?: Budget; baseline?: Baseline; digits?: number; note?: string } = {}): Spread {
  const d = o.digits ?? 2;
  const s = spread(xs);
  let line = `  ${what.padEnd(64)} ${fmt(s.median, d).padStart(8)} ${unit}  (min ${fmt(s.min, d)} / p90 ${fmt(s.p90, d)}, n=${s.n})`;
  if (o.budget) {
    const { op, value } = o.budget;
    const ok = op === '<' ? s.median < value : op === '≤' ? s.median <= value : s.median >= value;
    line += `  budget ${op} ${value} ${unit} ${ok ? 'ok' : 'OVER'}`;
  }
  if (o.baseline) {
    const b = spread(o.baseline.xs);
    const bu = o.baseline.unit ?? unit;
    // Times in different units are compared in the same unit: "×0.004" means 0.4 % of one reference run.
    const ratio = (s.median * (inMs[unit] ?? 1)) / (b.median * (inMs[bu] ?? 1));
    line += `  | ${o.baseline.name} ${fmt(b.median, d)} ${bu}: ×${ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}`;
  }
  if (o.note) line += `  ${o.note}`;
  console.log(line);
  return s;
}

/**
 * A fixed CPU workload (a few ms on this machine when idle): the baseline for figures that have no natural one. Written
 * self-contained so a page can run the same source (`referenceSource`) and give the renderer's own baseline.
 */
export function referenceWork(): number {
  const t0 = performance.now();
  let h = 0x811c9dc5;
  const a: number[] = [];
  for (let i = 0; i < 5000; i++) {
    h = Math.imul(h ^ i, 0x01000193) >>> 0;
    a.push(h % 100000);
  }
  a.sort((x, y) => x - y);
  const s = a.join(',');
  let c = 0;
  for (let i = 0; i < s.length; i++) c = (c + s.charCodeAt(i)) | 0;
  if (c === 42) console.log('');
  return performance.now() - t0;
}
export const referenceSource = `(${referenceWork.toString()})()`;

/** The reference workload `n` times (after one warm-up), in ms. */
export function reference(n = 7): number[] {
  referenceWork();
  return Array.from({ length: n }, () => referenceWork());
}
