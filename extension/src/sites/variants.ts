import { shadowRootsUnder } from './shadow.ts';

// Test helper (issue 12): layout variants of a saved fixture, made the way a site release changes its markup —
// build-hashed classes renamed, wrapper elements inserted, siblings reordered, text moved into a sibling block,
// `article` swapped for `div[role=article]` — inside open shadow roots too (B站's comment components), where web
// components count as blocks. Test hooks (data-e2e, node-type), ids, design-system classes (woo-*, m-*,
// comment-*), hrefs and titles stay: releases keep those, and the adapters lean on them first.

export const variantNames = ['rehash', 'rename', 'wrap', 'reorder', 'move-text', 'role-article', 'release'] as const;
export type VariantName = (typeof variantNames)[number];

/** Seeded PRNG (mulberry32): the same variant every run, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HASHED = [
  /^(_[A-Za-z]+_)([0-9a-z]{5})(_\d+)$/, // _wbtext_1psp9_14 (CSS modules, new Weibo)
  /^([A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9]+__?)([A-Za-z0-9_-]{5})()$/, // detail_wbtext_4CRf9, index_title__B8mhI
  /^()((?=[A-Za-z0-9_]*[A-Z])(?=[A-Za-z0-9_]*[a-z])[A-Za-z0-9_]{8})()$/, // gO6NlRMO (Douyin atomic hashes)
];

function token(next: () => number, n: number): string {
  const abc = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let s = '';
  for (let i = 0; i < n; i++) s += abc[Math.floor(next() * abc.length)];
  return s;
}

/**
 * The document and every open shadow root in it (B站's comment components, issue 14): a release changes the
 * markup inside web components as much as outside.
 */
const trees = (doc: Document): ParentNode[] => [doc, ...shadowRootsUnder(doc.documentElement)];

function renameClasses(doc: Document, next: () => number, keepPrefix: boolean): void {
  const names = new Map<string, string>();
  for (const el of trees(doc).flatMap((t) => Array.from(t.querySelectorAll('[class]')))) {
    const out = Array.from(el.classList).map((c) => {
      const re = HASHED.find((r) => r.test(c));
      if (!re) return c;
      if (!names.has(c)) {
        const m = re.exec(c) as RegExpExecArray;
        names.set(c, keepPrefix ? `${m[1]}${token(next, (m[2] as string).length)}${m[3]}` : `${token(next, 1).toLowerCase()}${token(next, 6)}`);
      }
      return names.get(c) as string;
    });
    el.setAttribute('class', out.join(' '));
  }
}

const blockish = new Set(['DIV', 'ARTICLE', 'SECTION', 'HEADER', 'FOOTER', 'UL', 'LI', 'MAIN', 'ASIDE']);
/** A web component (bili-comment-thread-renderer) lays out as a block of its own. */
const isBlock = (el: Element) => blockish.has(el.tagName) || el.localName.includes('-');
const inline = (n: Node) => (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') || (n.nodeType === 1 && !isBlock(n as Element));
const bodyElements = (doc: Document, blocks: (el: Element) => boolean) => [doc.body, ...shadowRootsUnder(doc.body)]
  .flatMap((t) => Array.from(t.querySelectorAll('*')))
  .filter((el) => blocks(el) && !el.closest('script, style, template'));

function wrap(doc: Document, next: () => number): void {
  for (const el of bodyElements(doc, isBlock)) {
    if (next() < 0.3) {
      const w = doc.createElement('div');
      w.className = token(next, 7);
      el.replaceWith(w);
      w.append(el);
    }
  }
}

/** An article's paragraphs each in a block of its own (百家号's div › p): a release never reverses prose. */
const isProse = (el: ParentNode) => Array.from(el.children).filter((c) => c.tagName === 'DIV' && c.children.length === 1 && c.children[0]!.tagName === 'P').length >= 2;

/**
 * Reverses the children of every element (and shadow root) whose children are all blocks (header/text/footer,
 * list items, a thread's comment and its replies).
 */
function reorder(doc: Document): void {
  for (const el of [...bodyElements(doc, isBlock), ...shadowRootsUnder(doc.body)]) {
    const kids = Array.from(el.childNodes);
    if (el.children.length < 2 || kids.some(inline) || isProse(el)) continue;
    for (const c of Array.from(el.children).reverse()) el.append(c);
  }
}

/**
 * Moves each text block (a div holding the text directly) out of its wrapper to become the wrapper's next sibling,
 * unless the wrapper is the unit itself (`units`): the text then sits beside the author row, not inside it.
 */
function moveText(doc: Document, units: string): void {
  for (const el of bodyElements(doc, (e) => e.tagName === 'DIV')) {
    const own = Array.from(el.childNodes).filter(inline).map((n) => n.textContent ?? '').join('').trim();
    const parent = el.parentElement;
    if (own.length < 6 || !parent || parent === doc.body || (units && parent.matches(units))) continue;
    if (Array.from(parent.children).some((c) => c !== el && Array.from(c.childNodes).some(inline))) continue;
    parent.after(el);
  }
}

function roleArticle(doc: Document): void {
  for (const a of trees(doc).flatMap((t) => Array.from(t.querySelectorAll('article')))) {
    const div = doc.createElement('div');
    for (const attr of Array.from(a.attributes)) div.setAttribute(attr.name, attr.value);
    div.setAttribute('role', 'article');
    div.append(...Array.from(a.childNodes));
    a.replaceWith(div);
  }
}

/** Applies one variant to `doc` in place. `units` is the adapter's unit-container CSS (text never leaves a unit). */
export function applyVariant(doc: Document, name: VariantName, units: string, seed = 12): void {
  const next = rng(seed);
  // Text moves first, while the unit selectors still know the units.
  if (name === 'move-text' || name === 'release') moveText(doc, units);
  if (name === 'rehash') renameClasses(doc, next, true);
  if (name === 'rename' || name === 'release') renameClasses(doc, next, false);
  if (name === 'role-article' || name === 'release') roleArticle(doc);
  if (name === 'reorder' || name === 'release') reorder(doc);
  if (name === 'wrap' || name === 'release') wrap(doc, next);
}
