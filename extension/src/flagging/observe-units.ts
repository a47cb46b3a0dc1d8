import { shadowRootsUnder } from '../sites/shadow.ts';
import type { SiteAdapter } from '../sites/types.ts';

// Incremental scanning (issue 4): observe the feed container, batch mutation records per animation frame, and hand
// back only the elements that need a rescan: the outermost known unit around a change (a recycled node patched
// with another post's text and attributes), or newly added subtrees (infinite scroll).

const UNIT_MARK = new WeakSet<Element>();

/** Records that an element is a unit's element, so changes inside it map back to it. */
export function markUnit(el: Element): void {
  UNIT_MARK.add(el);
}

function outermostUnit(node: Node | null, stop: Node): Element | null {
  let found: Element | null = null;
  for (let n: Node | null = node; n && n !== stop; n = n.parentNode) {
    if (n.nodeType === 1 && UNIT_MARK.has(n as Element)) found = n as Element;
  }
  return found;
}

/** The outermost unit container (card, comment item) around `node`, by the adapter's selector. */
function outermostContainer(node: Node, containers: string, stop: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let found: Element | null = null;
  while (el && el !== stop) {
    const c: Element | null = el.closest(containers);
    if (!c || !stop.contains(c) || c === stop) break;
    found = c;
    el = c.parentElement;
  }
  return found;
}

export function dirtyRoots(records: readonly MutationRecord[], stop: Node, containers = ''): Element[] {
  const dirty = new Set<Element>();
  for (const r of records) {
    // A recycled node may never have been scanned (it showed no brand before): its container still maps it back.
    const unit = outermostUnit(r.target, stop) ?? (containers ? outermostContainer(r.target, containers, stop) : null);
    if (unit) { dirty.add(unit); continue; }
    for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) dirty.add(n as Element);
    // A hidden item becoming visible (style/hidden changes) or a text change outside any known unit.
    if (r.type !== 'childList') {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (el && el !== stop) dirty.add(el);
    }
  }
  // Keep only the outermost of nested dirty roots; drop ones no longer in the document. Each root's ancestors are
  // looked up in the set (a scroll batch of 20 cards was 400 contains() calls and 20 copies of the set, issue 15).
  const nested = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (dirty.has(p)) return true;
    return false;
  };
  return [...dirty].filter((el) => el.isConnected && !nested(el));
}

export function observeUnits(doc: Document, site: SiteAdapter, signal: AbortSignal, rescan: (roots: Element[]) => void): void {
  const root = site.feedRoot(doc) ?? doc.body;
  const pending: MutationRecord[] = [];
  let frame = 0;
  let task: ReturnType<typeof setTimeout> | undefined;
  let flush = () => {
    const roots = dirtyRoots(pending.splice(0), root, site.unitContainers);
    if (roots.length > 0) rescan(roots);
  };
  // The changes of a frame are scanned together, in a task of their own right after the frame that shows them: the
  // scan used to run inside the frame (a requestAnimationFrame callback) and made the page's own rendering of a
  // scroll batch that much longer (issue 15). A hidden tab renders no frames and scans when it is shown again.
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    if (frame || task !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      task = setTimeout(() => {
        task = undefined;
        flush();
      }, 0);
    });
  });
  const options = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['href', 'title', 'hidden', 'style'] };
  observer.observe(root, options);
  // A page-level observer does not see inside shadow roots (B站 comments, issue 14): each open shadow root is
  // observed too, and roots that appear later are picked up after every batch of changes.
  const watched = new WeakSet<ShadowRoot>();
  const watchShadows = () => {
    for (const r of shadowRootsUnder(root)) if (!watched.has(r)) { watched.add(r); observer.observe(r, options); }
  };
  if (site.shadow) watchShadows();
  const flushAll = flush;
  flush = () => {
    if (site.shadow) watchShadows();
    flushAll();
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(task);
  }, { once: true });
}
