import { isHiddenInline } from './visibility.ts';

// Logical text of a unit and the way back from its offsets to the DOM (issue 4). The engine reports UTF-16 offsets
// into the logical text; highlighting needs DOM Ranges. The text is built from runs: stretches copied verbatim from
// one text node (or an emoji <img>'s alt), so an offset maps to (node, offset) by arithmetic. Whitespace collapsed
// away and line breaks between blocks are "virtual": they appear in the text but belong to no run.

export interface Run {
  node: Node;
  /** Logical offset where the run starts. */
  start: number;
  length: number;
  /** Offset in the text node where the run starts; unused for images. */
  nodeStart: number;
  img: boolean;
}

export interface TextMap {
  runs: Run[];
}

export interface ExtractOptions {
  /** Subtrees that are units of their own (nested replies, the reposted original) or page chrome. */
  exclude?: string;
  /** Elements left out by identity (the structural fallback's nested units and author/time/stats rows, issue 12). */
  skip?: (el: Element) => boolean;
  /** Text nodes left out by identity (a news body's loose 责任编辑 line after a <br>). */
  skipText?: (node: Text) => boolean;
}

export interface Extracted {
  text: string;
  map: TextMap;
  truncated: boolean;
}

const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'TEXTAREA', 'INPUT']);
const blockTags = new Set([
  'DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER',
  'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'PRE',
]);
/** Controls that reveal the rest of a truncated text; their own words are not part of the post. */
const expandWords = /^(?:\.\.\.|…)?\s*(展开|全文|展开全文|查看全文|展开阅读全文)\s*[>›]?$/;
const gaps = /[ \t\n\r\f]+/g;

/** The control an expanded long post ends with (微博 收起): the whole text is shown, its word is no part of it. */
const collapseWords = /^(收起|收起全文)\s*[<‹^]?$/;
/** A link to a comment's picture (微博 查看图片, 查看动图): its words name the link, the commenter wrote none of them. */
const pictureWords = /^(?:查看图片|查看动图|评论配图)$/;
const EXPAND_CLASS = '.expand, [class*="expand"], [class*="_expand_"]';

/**
 * What a control in a post's text is: `expand` (展开全文: the text shown is cut), `drop` (收起, 查看图片: words that
 * are no part of it), or null. Every element of every post passes here, so its text is read once, and only for a
 * link, a span or an element classed as an expander.
 */
function controlOf(el: Element): 'expand' | 'drop' | null {
  const inline = el.tagName === 'A' || el.tagName === 'SPAN';
  if (!inline && !el.matches(EXPAND_CLASS)) return null;
  const text = (el.textContent ?? '').trim();
  if (expandWords.test(text)) return 'expand';
  if (collapseWords.test(text) || (el.tagName === 'A' && pictureWords.test(text))) return 'drop';
  return null;
}

export const isExpandControl = (el: Element): boolean => controlOf(el) === 'expand';

/** Builds the logical text of `roots` (joined by line breaks) with its run map. */
export function extractText(roots: readonly Element[], opts: ExtractOptions = {}): Extracted {
  const runs: Run[] = [];
  let text = '';
  let truncated = false;
  let pendingSpace = false;
  let pendingBreak = false;

  const emitVirtual = () => {
    if (text === '') { pendingSpace = pendingBreak = false; return; }
    if (pendingBreak) text += '\n';
    else if (pendingSpace && !text.endsWith('\n')) text += ' ';
    pendingSpace = pendingBreak = false;
  };

  const visitText = (node: Text) => {
    const data = node.data;
    let runStart = -1;
    const close = (end: number) => {
      if (runStart < 0) return;
      runs.push({ node, start: text.length, length: end - runStart, nodeStart: runStart, img: false });
      text += data.slice(runStart, end);
      runStart = -1;
    };
    // Gap by gap, not character by character (issue 15: a test per character was most of a card's reading).
    let at = 0;
    gaps.lastIndex = 0;
    for (let m = gaps.exec(data); m; m = gaps.exec(data)) {
      if (m.index > at && runStart < 0) { emitVirtual(); runStart = at; }
      at = m.index + m[0].length;
      // A single inner space stays inside the run (so "青禾 牛奶" maps one to one); longer gaps become virtual.
      if (m[0] === ' ' && runStart >= 0 && at < data.length) continue;
      close(m.index);
      pendingSpace = true;
    }
    if (at < data.length && runStart < 0) { emitVirtual(); runStart = at; }
    close(data.length);
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      if (!opts.skipText?.(node as Text)) visitText(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isHiddenInline(el)) return;
    if (opts.exclude && el.matches(opts.exclude)) return;
    if (opts.skip?.(el)) return;
    const control = controlOf(el);
    if (control === 'expand') truncated = true;
    if (control) return;
    if (skipTags.has(el.tagName)) return;
    if (el.tagName === 'BR') { pendingBreak = true; return; }
    if (el.tagName === 'IMG') {
      const alt = el.getAttribute('alt')?.trim();
      if (alt) {
        emitVirtual();
        runs.push({ node: el, start: text.length, length: alt.length, nodeStart: 0, img: true });
        text += alt;
      }
      return;
    }
    const block = blockTags.has(el.tagName);
    if (block) pendingBreak = true;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) pendingBreak = true;
  };

  for (const root of roots) {
    pendingBreak = true;
    for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  }
  return { text, map: { runs }, truncated };
}

/** `ex` without its first `n` characters (the colon a commenter's name left before the words), runs shifted. */
export function dropLead(ex: Extracted, n: number): Extracted {
  if (n <= 0) return ex;
  const runs: Run[] = [];
  for (const r of ex.map.runs) {
    const cut = Math.min(r.length, Math.max(0, n - r.start));
    if (cut === r.length || (r.img && cut > 0)) continue;
    runs.push({ ...r, start: Math.max(0, r.start - n), length: r.length - cut, nodeStart: r.nodeStart + cut });
  }
  return { ...ex, text: ex.text.slice(n), map: { runs } };
}

/** `ex` without its last `n` characters (an editor's note closing a news body's last line), runs cut to match. */
export function dropTail(ex: Extracted, n: number): Extracted {
  if (n <= 0) return ex;
  const end = Math.max(0, ex.text.length - n);
  const runs: Run[] = [];
  for (const r of ex.map.runs) {
    if (r.start >= end) break;
    const length = Math.min(r.length, end - r.start);
    if (r.img && length < r.length) break;
    runs.push(length === r.length ? r : { ...r, length });
  }
  return { ...ex, text: ex.text.slice(0, end), map: { runs } };
}

/**
 * `whole` (a long post's full text, hidden until 展开) with its map pointing into `shown` (the cut copy on screen)
 * as far as the two read alike from the start: a highlight lands where the reader sees it, and past the cut in the
 * whole text, which a rescan maps alone once 展开 has swapped the two.
 */
export function mapToShown(whole: Extracted, shown: Extracted): Extracted {
  const n = Math.min(whole.text.length, shown.text.length);
  let k = 0;
  while (k < n && whole.text.charCodeAt(k) === shown.text.charCodeAt(k)) k++;
  if (k === 0) return whole;
  const runs = dropTail(shown, shown.text.length - k).map.runs;
  for (const r of whole.map.runs) {
    const cut = k - r.start;
    if (cut <= 0) runs.push(r);
    else if (cut < r.length && !r.img) runs.push({ ...r, start: k, length: r.length - cut, nodeStart: r.nodeStart + cut });
  }
  return { ...whole, map: { runs } };
}

/** Index of the last run starting at or before `offset`. */
function runAt(runs: readonly Run[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as Run).start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** A DOM Range covering logical [start, end); null when the span lies entirely in virtual whitespace. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const { runs } = map;
  if (runs.length === 0 || end <= start) return null;
  let si = runAt(runs, start);
  let s = runs[si];
  if (!s || start >= s.start + s.length) { si += 1; s = runs[si]; }
  let ei = runAt(runs, end - 1);
  const e = runs[ei];
  if (!s || !e || ei < si) return null;
  const range = (s.node.ownerDocument as Document).createRange();
  if (s.img) range.setStartBefore(s.node);
  else range.setStart(s.node, s.nodeStart + Math.max(0, start - s.start));
  if (e.img) range.setEndAfter(e.node);
  else range.setEnd(e.node, e.nodeStart + Math.min(e.length, end - e.start));
  return range;
}
