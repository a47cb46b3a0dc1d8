import type { Level } from '@vigil/shared/engine/types';
import { registerHighlight } from './marks-visibility.ts';
import { createRangeShelf } from './near-ranges.ts';

// Mention highlights (issue 4) with the CSS Custom Highlight API: ranges over the page's own text nodes, painted
// by the browser; the page's DOM is not touched, so neither its MutationObservers nor a later snapshot see them.
// One Highlight per level. Their names are random per page load so the page cannot tell whose they are, and the
// styles go into a constructed stylesheet on document.adoptedStyleSheets, which is not a DOM mutation either.
// Adopting a stylesheet restyles every element of the document ("style rule change" on each): 9 ms of a first scan
// on a 50-post feed, more than the script itself (issue 15). So the platform scripts adopt it at document_start,
// before the page has elements (prepareHighlights), and the painter uses that sheet. Its rules are set on the root
// element and reach the painted text by highlight inheritance: a ::highlight rule for every element made each later
// restyle of the page 2.5 times as costly (6.6 against 2.6 ms for a 50-post feed), one on the root 1.3 times (3.4).

const levels: Level[] = ['none', 'mild', 'moderate', 'severe'];
const paint: Record<Level, string> = {
  none: 'background-color: rgba(34, 139, 230, .18); text-decoration: underline 2px rgba(34, 139, 230, .7);',
  mild: 'background-color: rgba(250, 176, 5, .28); text-decoration: underline 2px #f59f00;',
  moderate: 'background-color: rgba(247, 103, 7, .28); text-decoration: underline 2px #f76707;',
  severe: 'background-color: rgba(224, 49, 49, .3); text-decoration: underline 2px #e03131; color: inherit;',
};

function randomIdent(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `h${Array.from(bytes, (b) => b.toString(36)).join('')}`;
}

type HighlightWindow = Window & typeof globalThis;

/** The document's window when it can paint custom highlights. */
function highlightWindow(doc: Document): HighlightWindow | null {
  const win = doc.defaultView as HighlightWindow | null;
  return win && typeof win.Highlight === 'function' && win.CSS?.highlights ? win : null;
}

/** The sheet for `scope`: ':root' in the document; every element ('') in a shadow tree, which the root's do not reach. */
function sheetOf(win: HighlightWindow, prefix: string, scope: string): CSSStyleSheet {
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(
    [...levels.map((l, i) => `${scope}::highlight(${prefix}${i}) { ${paint[l]} }`), `${scope}::highlight(${prefix}f) { background-color: rgba(255, 212, 59, 0.6); }`].join('\n'),
  );
  return sheet;
}

/** The sheet adopted before the page had elements, for the painter of the same document. */
let prepared: { doc: Document; prefix: string; sheet: CSSStyleSheet } | null = null;

/**
 * Adopts the highlight styles while the document is still empty (a document_start script), so the first paint of a
 * mention does not restyle the whole page. Taken back when `signal` aborts. A page that never names a brand keeps
 * five ::highlight rules that match nothing.
 */
export function prepareHighlights(doc: Document, signal: AbortSignal): void {
  const win = highlightWindow(doc);
  if (prepared?.doc === doc || signal.aborted || !win) return;
  const prefix = randomIdent();
  const sheet = sheetOf(win, prefix, ':root');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const own = (prepared = { doc, prefix, sheet });
  signal.addEventListener('abort', () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    if (prepared === own) prepared = null;
  }, { once: true });
}

export interface Painter {
  /** Replaces what is painted for one unit element. */
  set(el: Element, level: Level, ranges: readonly Range[]): void;
  clear(el: Element): void;
  /** Forgets units whose element left the document. */
  prune(): void;
  /** Whether `root` is or contains a painted unit element. */
  paintedWithin(root: ParentNode): boolean;
  /** Ranges currently painted per level (tests and benchmarks). */
  count(): Record<Level, number>;
  /** Marks the whole unit for `ms` (side panel 在页面中显示, issue 13): a highlight too, never a DOM change. */
  flash(el: Element, ms?: number): void;
}

export function createPainter(doc: Document, signal: AbortSignal): Painter {
  const win = highlightWindow(doc);
  const early = prepared?.doc === doc ? prepared : null;
  const prefix = early?.prefix ?? randomIdent();
  const highlights = new Map<Level, Highlight>();
  // Registered on the first paint: without a sheet adopted early, adopting one restyles the whole document, which a
  // page that mentions no brand should never pay for.
  let ready = false;
  let sheet: CSSStyleSheet | null = null;
  let shadowSheet: CSSStyleSheet | null = null;
  // ::highlight rules of the document do not reach into shadow trees (B站 comments, issue 14): each shadow root
  // that holds a painted range adopts a sheet of the same names for every element (shadowSheet), which is no DOM
  // mutation either.
  const adopted = new WeakSet<ShadowRoot>();
  function adoptIn(ranges: readonly Range[]) {
    for (const r of ranges) {
      const root = r.startContainer.getRootNode();
      if (!win || !sheet || !(root instanceof win.ShadowRoot) || adopted.has(root)) continue;
      adopted.add(root);
      shadowSheet ??= sheetOf(win, prefix, '');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
    }
  }
  function register() {
    ready = true;
    if (!win || signal.aborted) return;
    sheet = early?.sheet ?? sheetOf(win, prefix, ':root');
    // A page that assigned its own adoptedStyleSheets since document_start dropped the early sheet: adopted again.
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    const own = sheet;
    levels.forEach((l, i) => {
      const h = new win.Highlight();
      h.priority = i;
      highlights.set(l, h);
      registerHighlight(`${prefix}${i}`, h, win.CSS.highlights);
    });
    signal.addEventListener('abort', () => {
      levels.forEach((_l, i) => win.CSS.highlights.delete(`${prefix}${i}`));
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
    }, { once: true });
  }
  const painted = new Map<Element, { level: Level; ranges: readonly Range[] }>();
  const shelf = createRangeShelf(win, signal);

  function clear(el: Element) {
    if (!painted.delete(el)) return;
    shelf.remove(el);
  }

  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  function flash(el: Element, ms = 2500) {
    if (!ready) register();
    if (!win) return;
    const range = doc.createRange();
    range.selectNodeContents(el);
    const h = new win.Highlight(range);
    h.priority = levels.length;
    const name = `${prefix}f`;
    registerHighlight(name, h, win.CSS.highlights);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => {
      if (win.CSS.highlights.get(name) === h) win.CSS.highlights.delete(name);
    }, ms);
  }

  return {
    flash,
    set(el, level, ranges) {
      clear(el);
      if (!ready && ranges.length > 0) register();
      adoptIn(ranges);
      const h = highlights.get(level);
      if (h) shelf.put(el, h, ranges);
      painted.set(el, { level, ranges });
    },
    clear,
    prune() {
      for (const el of painted.keys()) if (!el.isConnected) clear(el);
    },
    paintedWithin(root) {
      if (painted.size === 0) return false;
      if (painted.has(root as Element)) return true;
      // After a long scroll hundreds of units are painted, and a scroll batch asks this of each new card: a card's
      // few dozen elements are looked up instead of every painted unit being tested for containment (issue 15).
      if ((root as Node).nodeType === 1) {
        const inside = (root as Element).getElementsByTagName('*');
        if (inside.length < painted.size) {
          for (let i = 0; i < inside.length; i++) if (painted.has(inside[i]!)) return true;
          return false;
        }
      }
      for (const el of painted.keys()) if ((root as Node).contains(el)) return true;
      return false;
    },
    count() {
      const out = { none: 0, mild: 0, moderate: 0, severe: 0 } as Record<Level, number>;
      for (const { level, ranges } of painted.values()) out[level] += ranges.length;
      return out;
    },
  };
}
