// Painted ranges kept to the ones near the viewport once many are painted (issue 15). Blink's cost of custom
// highlights grows with every range registered: on a feed scrolled to 450 painted ranges each frame spent 8–15 ms in
// pre-paint and 20–33 ms in paint (1 and 1–2 ms without the extension), three frames a scroll batch, and the batch's
// longest task passed 50 ms. Past `limit` ranges, a unit far from the viewport (more than two screens away) gives its
// ranges back until it comes near again; the painter still counts it as painted.

/** Ranges kept in the highlights before units far from the viewport give theirs back. */
export const RANGE_LIMIT = 100;

interface Entry {
  highlight: Highlight;
  ranges: readonly Range[];
  shown: boolean;
  /** As the intersection observer last reported it; unknown until its first report. */
  near?: boolean;
}

export interface RangeShelf {
  /** Shows `ranges` of `el` in `highlight` (replacing what `el` showed before). */
  put(el: Element, highlight: Highlight, ranges: readonly Range[]): void;
  remove(el: Element): void;
}

export function createRangeShelf(win: (Window & typeof globalThis) | null, signal: AbortSignal, limit = RANGE_LIMIT): RangeShelf {
  const entries = new Map<Element, Entry>();
  let count = 0;
  const show = (e: Entry) => {
    if (e.shown) return;
    for (const r of e.ranges) e.highlight.add(r);
    e.shown = true;
    count += e.ranges.length;
  };
  const hide = (e: Entry) => {
    if (!e.shown) return;
    for (const r of e.ranges) e.highlight.delete(r);
    e.shown = false;
    count -= e.ranges.length;
  };
  // Which units are near is asked only once the limit is passed: a page with a few mentions never pays the
  // observer's work each frame. Past it, each report puts near units back and takes far ones out.
  let observer: IntersectionObserver | null = null;
  const watch = () => {
    if (observer || count <= limit || typeof win?.IntersectionObserver !== 'function' || signal.aborted) return;
    observer = new win.IntersectionObserver((reports) => {
      for (const r of reports) {
        const e = entries.get(r.target);
        if (e) e.near = r.isIntersecting;
      }
      const over = count > limit;
      for (const e of entries.values()) {
        if (e.near) show(e);
        else if (e.near === false && over) hide(e);
      }
    }, { rootMargin: '200% 0px' });
    for (const el of entries.keys()) observer.observe(el);
    signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
  };

  function remove(el: Element) {
    const e = entries.get(el);
    if (!e) return;
    hide(e);
    entries.delete(el);
    observer?.unobserve(el);
  }

  return {
    put(el, highlight, ranges) {
      remove(el);
      const e: Entry = { highlight, ranges, shown: false };
      entries.set(el, e);
      show(e);
      observer?.observe(el);
      watch();
    },
    remove,
  };
}
