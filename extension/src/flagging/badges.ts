import { levelLabel, type Level } from '@vigil/shared/engine/types';
import { onMarksVisibility } from './marks-visibility.ts';

// The per-unit badge (issue 4): level, brand and why, clickable to focus the unit in the side panel.
//
// Why a closed shadow root on the unit's own element: any node we insert into the page (even a custom element
// appended to <html>) is a childList mutation the page's MutationObserver sees and a snapshot keeps. Attaching a
// shadow root is not a mutation record, and nodes inside a shadow tree are outside the observed light-DOM subtree;
// being closed, `el.shadowRoot` stays null for the page and DOM serialisers skip it. The shadow tree holds a
// <slot> (display: contents, so the element's children render exactly as before) and the badge, absolutely
// positioned at its static position so it takes no space in the layout. Because it lives in the unit's element,
// it moves with it (transforms of virtual lists included) with no position tracking. Elements that cannot host
// a shadow root (wrong tag, or one of the page's own) get no badge; their highlights and side-panel row remain.
//
// The host is the unit's first small box (issue 15): attaching a shadow root lays out everything under its host
// again, so a badge on the whole post re-lays all of its text (25 badges on the bench feed: 7.3 ms of layout hosted
// on the posts, 4.6 ms on their headers, same run). `badgeHost` walks the first-child chain from the unit down to
// the first element that holds little text (the header with name and time on most cards): same corner, less layout.

export interface BadgeInfo {
  key: string;
  level: Level;
  brand: string;
  reasons: readonly string[];
}

export interface Badges {
  set(el: Element, info: BadgeInfo): void;
  clear(el: Element): void;
}

const colours: Record<Level, string> = { none: '#1c7ed6', mild: '#f59f00', moderate: '#f76707', severe: '#e03131' };

const css = `
  .b { position: absolute; z-index: 2147483000; margin: -6px 0 0 -6px; display: inline-flex; gap: 4px; align-items: center;
       font: 600 11px/16px system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #fff; border-radius: 8px;
       padding: 0 6px; border: 0; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); white-space: nowrap; }
  .b[hidden] { display: none; }
`;

/** Tags that may carry a shadow root (DOM standard, attachShadow); custom elements are left to their page. */
const hostTags = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);
/** Text a host may hold and still be "small": a name, a time, a title line. */
const smallText = 80;

/** The element under `unit` to carry its badge: the first in its first-child chain that may host one and holds little text. */
export function badgeHost(unit: Element): Element {
  for (let el: Element | null = unit, depth = 0; el && depth < 6; el = el.firstElementChild, depth++) {
    if (!hostTags.has(el.tagName) || el.shadowRoot) continue;
    if (holdsLittleText(el)) return el;
  }
  return unit;
}

/** Whether `el` holds at most {@link smallText} characters, read until it is known (not the whole post's text). */
function holdsLittleText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((n += (t as Text).data.length) > smallText) return false;
  return true;
}

export function createBadges(doc: Document, onOpen: (key: string) => void, signal: AbortSignal): Badges {
  const hosts = new WeakMap<Element, { button: HTMLButtonElement; host: Element } | null>();
  const win = doc.defaultView;
  // Built with the first badge: a page that mentions no brand never parses it.
  let sheet: CSSStyleSheet | null = null;
  const sheetFor = (): CSSStyleSheet | null => {
    if (!sheet && win) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
    }
    return sheet;
  };
  const keys = new WeakMap<HTMLButtonElement, string>();
  const all = new Set<HTMLButtonElement>();

  function badgeFor(el: Element): HTMLButtonElement | null {
    const known = hosts.get(el);
    // A page that re-rendered the small host (a new header in the same card) left the badge behind: attach anew.
    if (known === null || (known && el.contains(known.host))) return known?.button ?? null;
    if (known) all.delete(known.button);
    let entry: { button: HTMLButtonElement; host: Element } | null = null;
    try {
      const host = badgeHost(el);
      const root = host.attachShadow({ mode: 'closed' });
      const shared = sheetFor();
      if (shared) root.adoptedStyleSheets = [shared];
      const button = doc.createElement('button');
      button.className = 'b';
      button.type = 'button';
      button.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        const key = keys.get(button);
        if (key) onOpen(key);
      }, { signal });
      root.append(button, doc.createElement('slot'));
      entry = { button, host };
    } catch {
      entry = null;
    }
    hosts.set(el, entry);
    if (entry) all.add(entry.button);
    return entry?.button ?? null;
  }

  // Shadow roots cannot be detached: when flagging stops, its badges are hidden.
  signal.addEventListener('abort', () => all.forEach((b) => (b.hidden = true)), { once: true });
  // Evidence screenshots show the page without our badges (issue 6).
  signal.addEventListener('abort', onMarksVisibility((visible) => all.forEach((b) => (b.style.visibility = visible ? '' : 'hidden'))), { once: true });

  // Attaching a shadow root costs a style recalculation of its host: badges are drawn when the main thread is idle,
  // after the highlights, so a scan (and a scroll batch) stays short.
  const queue = new Map<Element, BadgeInfo | null>();
  let scheduled = false;
  const idle = (cb: () => void) =>
    typeof win?.requestIdleCallback === 'function' ? win.requestIdleCallback(cb, { timeout: 500 }) : setTimeout(cb, 50);
  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    for (const [el, info] of queue) (info ? draw(el, info) : hide(el));
    queue.clear();
  };
  const enqueue = (el: Element, info: BadgeInfo | null) => {
    queue.set(el, info);
    if (!scheduled) {
      scheduled = true;
      idle(flush);
    }
  };
  function hide(el: Element) {
    const b = hosts.get(el)?.button;
    if (b) b.hidden = true;
  }
  function draw(el: Element, info: BadgeInfo) {
    const b = badgeFor(el);
    if (!b) return;
    keys.set(b, info.key);
    b.hidden = false;
    b.style.background = colours[info.level];
    b.textContent = `${levelLabel[info.level].zh === '—' ? '提及' : levelLabel[info.level].zh} · ${info.brand}`;
    b.title = info.reasons.join('\n') || info.brand;
    b.dataset.level = info.level;
  }

  // A unit more than a screen away from the viewport gets its badge when it comes within one (issue 15): a scroll
  // batch of posts below the fold attaches no shadow roots until they are about to show. A badge already drawn is
  // updated at once. Without IntersectionObserver every badge is drawn.
  const waiting = new Map<Element, BadgeInfo>();
  const near = typeof win?.IntersectionObserver === 'function'
    ? new win.IntersectionObserver((entries) => {
        for (const e of entries) {
          const info = waiting.get(e.target);
          if (!e.isIntersecting || !info) continue;
          waiting.delete(e.target);
          near?.unobserve(e.target);
          enqueue(e.target, info);
        }
      }, { rootMargin: '100% 0px' })
    : null;
  signal.addEventListener('abort', () => near?.disconnect(), { once: true });

  return {
    set(el, info) {
      if (!near || hosts.has(el)) return enqueue(el, info);
      if (!waiting.has(el)) near.observe(el);
      waiting.set(el, info);
    },
    clear(el) {
      if (waiting.delete(el)) near?.unobserve(el);
      if (hosts.get(el) || queue.has(el)) enqueue(el, null);
    },
  };
}
