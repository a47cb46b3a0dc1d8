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

export function createBadges(doc: Document, onOpen: (key: string) => void, signal: AbortSignal): Badges {
  const hosts = new WeakMap<Element, HTMLButtonElement | null>();
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
    if (hosts.has(el)) return hosts.get(el) ?? null;
    let button: HTMLButtonElement | null = null;
    try {
      const root = el.attachShadow({ mode: 'closed' });
      const shared = sheetFor();
      if (shared) root.adoptedStyleSheets = [shared];
      button = doc.createElement('button');
      button.className = 'b';
      button.type = 'button';
      button.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        const key = keys.get(button!);
        if (key) onOpen(key);
      }, { signal });
      root.append(button, doc.createElement('slot'));
    } catch {
      button = null;
    }
    hosts.set(el, button);
    if (button) all.add(button);
    return button;
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
    const b = hosts.get(el);
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

  return {
    set: (el, info) => enqueue(el, info),
    clear(el) {
      if (hosts.get(el) || queue.has(el)) enqueue(el, null);
    },
  };
}
