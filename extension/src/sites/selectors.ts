// Selectors are data (STYLE habit 3): per field an ordered list of fallbacks, most stable first, each with the reason
// it exists. `pick` reports which one matched so an adapter test (and the debug view) can show it.

export interface Fallback {
  css: string;
  /** One line: where this selector applies (platform hook, design system, hashed generation, structure). */
  why: string;
  /** Optional text condition for selectors that are too broad on their own. */
  text?: RegExp;
}

export type FallbackList = readonly Fallback[];

export interface Picked<E extends Element = Element> {
  el: E;
  matched: string;
}

/** How a field was found (adapter health, issue 12): the list's first selector, a later one, or the structure. */
export type Tier = 'primary' | 'fallback' | 'heuristic';

/** Labels per fallback and position, made once: every card's every field names the selector that found it. */
const labels = new WeakMap<Fallback, string[]>();
function label(f: Fallback, i: number): string {
  let byPosition = labels.get(f);
  if (!byPosition) labels.set(f, (byPosition = []));
  return (byPosition[i] ??= i === 0 ? `${f.css} — ${f.why}` : `${f.css} — ${f.why} (fallback ${i})`);
}

export function tierOf(matched: string): Tier {
  if (matched === 'heuristic') return 'heuristic';
  return / \(fallback \d+\)$/.test(matched) ? 'fallback' : 'primary';
}

function accepts(el: Element, f: Fallback): boolean {
  return !f.text || f.text.test(el.textContent ?? '');
}

/** Elements under `root` matching `css`, `root` itself included (incremental scans hand in a single card). */
export function within(root: ParentNode, css: string): Element[] {
  const found = Array.from(root.querySelectorAll(css));
  if ((root as Element).nodeType === 1 && (root as Element).matches(css)) found.unshift(root as Element);
  return found;
}

/** First element matching the first fallback that matches anything under `root`. */
export function pick(root: ParentNode, list: FallbackList, keep?: (el: Element) => boolean): Picked | null {
  for (let i = 0; i < list.length; i++) {
    const f = list[i]!;
    // The first match is most often the answer: querySelector stops there instead of listing them all.
    const first = root.querySelector(f.css);
    if (!first) continue;
    if (accepts(first, f) && (!keep || keep(first))) return { el: first, matched: label(f, i) };
    const el = Array.from(root.querySelectorAll(f.css)).find((e) => e !== first && accepts(e, f) && (!keep || keep(e)));
    if (el) return { el, matched: label(f, i) };
  }
  return null;
}

/** Every element matching the first fallback that matches anything under `root` (one generation per page). */
export function pickAll(
  root: ParentNode,
  list: FallbackList,
  keep?: (el: Element) => boolean,
): { els: Element[]; matched: string } | null {
  for (const [i, f] of list.entries()) {
    const els = within(root, f.css).filter((el) => accepts(el, f) && (!keep || keep(el)));
    if (els.length > 0) return { els, matched: label(f, i) };
  }
  return null;
}

/** Records a pick in the unit's debug map and returns its element. */
export function note<T extends Picked | null>(matched: Record<string, string>, field: string, p: T): T {
  if (p) matched[field] = p.matched;
  return p;
}

/** Records a field the structural fallback found (issue 12) and returns the value; nothing when it found none. */
export function noteHeuristic<T>(matched: Record<string, string>, field: string, value: T | null | undefined): T | undefined {
  if (value === undefined || value === null) return undefined;
  matched[field] = 'heuristic';
  return value;
}
