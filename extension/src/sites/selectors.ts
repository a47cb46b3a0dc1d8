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
  for (const f of list) {
    if (!f.text && !keep) {
      // The common case: the first match is the answer; querySelector stops there instead of listing them all.
      const el = root.querySelector(f.css);
      if (el) return { el, matched: `${f.css} — ${f.why}` };
      continue;
    }
    for (const el of Array.from(root.querySelectorAll(f.css))) {
      if (accepts(el, f) && (!keep || keep(el))) return { el, matched: `${f.css} — ${f.why}` };
    }
  }
  return null;
}

/** Every element matching the first fallback that matches anything under `root` (one generation per page). */
export function pickAll(
  root: ParentNode,
  list: FallbackList,
  keep?: (el: Element) => boolean,
): { els: Element[]; matched: string } | null {
  for (const f of list) {
    const els = within(root, f.css).filter((el) => accepts(el, f) && (!keep || keep(el)));
    if (els.length > 0) return { els, matched: `${f.css} — ${f.why}` };
  }
  return null;
}

/** Records a pick in the unit's debug map and returns its element. */
export function note<T extends Picked | null>(matched: Record<string, string>, field: string, p: T): T {
  if (p) matched[field] = p.matched;
  return p;
}
