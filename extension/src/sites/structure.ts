import type { Counts } from '@vigil/shared/engine/types';
import { isRegion } from './regions.ts';
import {
  CHROME_TEXT, coreOf, countField, countHint, countOf, isProfileLink, labelledCount, leaves, plainName, precedes, timeOf, type CountField,
} from './shapes.ts';
import { BADGE_TEXT } from './badges.ts';
import { isExpandControl } from './text-map.ts';
import { isHiddenInline } from './visibility.ts';

// The structural fallback every adapter uses when all selectors of a field miss (issue 12): repeated sibling blocks
// are units (repeated-units.ts); a unit's text is its longest text block that is not the author, time or stats row;
// times, counts and profile links are found by shape (shapes.ts). A comment's head row (name and time, no words) is
// never a unit's text of its own. Fields found this way report `matched: 'heuristic'`.

export const HEURISTIC = 'heuristic';

const blockTags = new Set([
  'DIV', 'P', 'LI', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'FIGCAPTION', 'DT', 'DD', 'TD', 'MAIN', 'ASIDE',
]);
const never = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'TEXTAREA', 'INPUT', 'SELECT', 'svg', 'SVG']);

export interface Rows {
  time?: { el: Element; iso: string; href?: string };
  /** Every time in the unit, in page order: the first is its own, others a nested reply's or an edit's. */
  times: Element[];
  author?: Element;
  /** The commenter's name: the profile link, or where there is none a name printed as plain text (shapes.ts). */
  name?: Element;
  counts: Partial<Record<CountField, { n: number; el: Element }>>;
  /** Elements of the author/time/stats rows: never part of a unit's text. */
  chrome: Set<Element>;
}

/** Never part of a unit: scripts, controls, what is hidden inline, and what the caller skips. */
export const blocked = (el: Element, skip?: (el: Element) => boolean) => never.has(el.tagName) || isHiddenInline(el) || !!skip?.(el);

/** The author, time and stats of a unit, by shape. `order` names unlabelled counts by position (per platform). */
export function rowsOf(unit: Element, now: Date, skip?: (el: Element) => boolean, order: readonly CountField[] = []): Rows {
  const skipNode = (el: Element) => (el.tagName !== 'BUTTON' && blocked(el, skip)) || !!skip?.(el);
  const chrome = new Set<Element>();
  const times = leaves(unit, (el) => timeOf(el, now) !== undefined, skipNode);
  const rows: Rows = { counts: {}, chrome, times };
  const t = times[0];
  if (t) {
    const a = t.closest('a') ?? t.querySelector('a');
    rows.time = { el: t, iso: timeOf(t, now) as string, href: a?.getAttribute('href') ?? undefined };
    times.forEach((x) => chrome.add(x));
  }
  const author = leaves(unit, (el) => isProfileLink(el, now), skipNode)[0];
  rows.author = author;
  if (author) chrome.add(author);
  const name = (rows.name = author ?? (t ? plainName(unit, t, now, skipNode) : undefined));
  // A comment that is only a number or a zero label (666, 赞) sits where words go, with no icon, label or hook
  // marking it a count: there it is the comment, not its likes.
  const words = (el: Element) => !!name && !!t && wordsPlace(el, name, t, unit) && countHint(el, unit, [name, t]) === undefined;
  const isCount = (el: Element) => (countOf(el) !== undefined && !words(el)) || labelledCount(el.textContent ?? '') !== undefined;
  const nums = leaves(unit, (el) => !times.includes(el) && isCount(el), skipNode);
  // Labelled counts first; unlabelled ones then take, in order, the fields no label took: a toolbar printing
  // 1.2万 · 评论 · 10万+ has its likes third, though only two of its counts are unlabelled.
  const unlabelled: Element[] = [];
  for (const el of nums) {
    chrome.add(el);
    const inline = labelledCount(el.textContent ?? '');
    if (inline) {
      if (rows.counts[inline.field] === undefined) rows.counts[inline.field] = { n: inline.n, el };
      continue;
    }
    const field = countField(el, unit, nums);
    if (field === undefined) unlabelled.push(el);
    else if (field && rows.counts[field] === undefined) rows.counts[field] = { n: countOf(el) as number, el };
  }
  const free = order.filter((f) => rows.counts[f] === undefined);
  unlabelled.forEach((el, i) => {
    const field = free[i];
    if (field) rows.counts[field] = { n: countOf(el) as number, el };
  });
  for (const el of Array.from(unit.querySelectorAll('*'))) {
    // A place (北京, [上海], 河北石家庄) beside the name or the time is where the comment came from, never its words.
    const text = (el.textContent ?? '').trim();
    if (CHROME_TEXT.test(text) || isRegion(text) || isExpandControl(el)) chrome.add(el);
  }
  return rows;
}

/**
 * Where a comment's words go: after the commenter's name and before the time; after the name on its own line when
 * the time is printed above it (微博's name:words under the info row); between the time's row and the name when a
 * release reversed the comment's blocks (time · likes row, words, name row); or, when the name and the time share a
 * head row, all of the block right under that row (or right above it, a release having moved the row down). What
 * follows the time in its own row (名字 · 11-21 20:30 · 12) ends that row: a like count, never words.
 */
function wordsPlace(el: Element, author: Element, time: Element, unit: Element): boolean {
  if (precedes(author, el) && (precedes(el, time) || (precedes(time, author) && !!author.parentElement?.contains(el)))) return true;
  const timeRow = time.parentElement;
  if (precedes(time, el) && precedes(el, author) && timeRow && timeRow !== unit && !timeRow.contains(el)) return true;
  let head = author.parentElement;
  while (head && head !== unit && !head.contains(time)) head = head.parentElement;
  if (!head || head === unit) return false;
  // The row's siblings are those of the wrappers a layout put around it.
  while (head.parentElement && head.parentElement !== unit && head.parentElement.children.length === 1) head = head.parentElement;
  const words = (el.textContent ?? '').trim();
  return [head.nextElementSibling, head.previousElementSibling].some((b) => !!b?.contains(el) && (b.textContent ?? '').trim() === words);
}

export function countsOf(rows: Rows): Counts | undefined {
  const out: Counts = {};
  for (const [k, v] of Object.entries(rows.counts)) out[k as CountField] = v.n;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Own text per nearest block ancestor, emoji alt included, chrome and skipped subtrees left out: its length, and
 * the text itself while it is one character (a comment of one character, or a separator). */
function blockScores(unit: Element, chrome: Set<Element>, skip?: (el: Element) => boolean): Map<Element, { n: number; one?: string }> {
  const scores = new Map<Element, { n: number; one?: string }>();
  const add = (b: Element, text: string) => {
    if (!text) return;
    const s = scores.get(b) ?? { n: 0 };
    s.n += text.length;
    s.one = s.n === 1 ? text : undefined;
    scores.set(b, s);
  };
  const walk = (node: Element, block: Element) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) add(block, (c.nodeValue ?? '').replace(/\s+/g, ''));
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (blocked(el, skip) || chrome.has(el)) continue;
      if (el.tagName === 'IMG') add(block, (el.getAttribute('alt') ?? '').trim());
      else walk(el, blockTags.has(el.tagName) || el.getAttribute('role') === 'article' ? el : block);
    }
  };
  walk(unit, unit);
  return scores;
}

/** Characters that part a row's cells (名字 · 3天前, 广东 | 回复): never a text of one character. */
const SEPARATOR = /^[·•:：|｜/\\,，、\-—_~]$/;

/**
 * Words that are a badge word whole (沙发, 置顶) are chrome to rowsOf; in a block at the words' place, outside the
 * name's and the time's rows, they are the comment where it has no other words.
 */
function badgeWords(unit: Element, { name, time, chrome }: Rows): Element | undefined {
  if (!name || !time) return undefined;
  const outside = (row: Element | null | undefined, el: Element) => !row || row === unit || !row.contains(el);
  return [...chrome].find((el) => BADGE_TEXT.test((el.textContent ?? '').trim()) && outside(name.parentElement, el)
    && outside(time.el.parentElement, el) && wordsPlace(el, name, time.el, unit));
}

/**
 * The unit's text block: its longest own-text block outside the author, time and stats rows. A block of one
 * character is the text only where the words go (赞, ？).
 */
export function textBlockOf(unit: Element, rows: Rows, skip?: (el: Element) => boolean): Element | undefined {
  let best: Element | undefined;
  let bestScore = 1;
  let one: Element | undefined;
  let head: Element | undefined;
  const { author, time, name } = rows;
  for (const [el, { n, one: char }] of blockScores(unit, rows.chrome, skip)) {
    // A head row of a plain-text name and the time is the words only where there are no others: a name longer
    // than the words under it (钱塘江边的老陈 over 支持) is still no comment. Nor is a row of that name alone.
    if (n > 1 && !author && time && el !== unit && el.contains(time.el) && isHeadRow(el, rows, (e) => !!skip?.(e))) { head = el; continue; }
    if (!author && name && time && el !== unit && el.contains(name) && !el.contains(time.el)) { head ??= el; continue; }
    if (n > bestScore) { best = el; bestScore = n; }
    if (!one && char && !SEPARATOR.test(char) && name && time && wordsPlace(el, name, time.el, unit)) one = el;
  }
  best ??= one ?? badgeWords(unit, rows) ?? head;
  // An article's paragraphs are one text.
  if (best?.tagName === 'P' && best.parentElement && best.parentElement.querySelectorAll(':scope > p').length > 1) {
    return best.parentElement;
  }
  return best;
}

/**
 * Whether a block is only a comment's head row: its name and time (with likes, place or label) as cells of one row,
 * no words of its own. The name is plain text, one cell before the time (a profile link is chrome already); a
 * second cell (name：words, time) or an emoji makes it a comment printed on one line.
 */
export function isHeadRow(block: Element, rows: Rows, skip: (el: Element) => boolean): boolean {
  if (rows.author || !rows.time) return false;
  // The time is a cell of the row itself (inside any wrappers around it): a reply box whose time sits in a row of
  // its own (作者回复 · 18:05 under its words) is no head row.
  const row = coreOf(block);
  let cell = rows.time.el;
  while (cell.parentElement && cell.parentElement !== row && cell.parentElement.children.length === 1) cell = cell.parentElement;
  if (cell.parentElement !== row) return false;
  const cells = new Set<Element>();
  const visit = (el: Element) => {
    for (let c = el.firstChild; c && cells.size < 2; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const text = (c.nodeValue ?? '').trim();
        if (text && !SEPARATOR.test(text) && !isRegion(text)) cells.add(el);
      }
      if (c.nodeType !== 1) continue;
      const k = c as Element;
      if (blocked(k, skip) || rows.chrome.has(k) || isRegion((k.textContent ?? '').trim())) continue;
      if (k.tagName === 'IMG' && (k.getAttribute('alt') ?? '').trim()) cells.add(k);
      else visit(k);
    }
  };
  visit(block);
  const [name] = [...cells];
  return cells.size === 1 && !!name && (name.textContent ?? '').trim().length <= 30 && precedes(name, rows.time.el);
}
