import type { Counts } from '@vigil/shared/engine/types';
import { isRegion } from './regions.ts';
import { answers, holdsMoreReplies, holdsReplies, readsAsReply, type Said } from './reply-signs.ts';
import {
  CHROME_TEXT, coreOf, countField, countHint, countOf, isProfileLink, labelledCount, leaves, precedes, timeOf, type CountField,
} from './shapes.ts';
import { isExpandControl } from './text-map.ts';
import { isHiddenInline } from './visibility.ts';

// The structural fallback every adapter uses when all selectors of a field miss (issue 12): repeated sibling blocks
// are units; a unit's text is its longest text block that is not the author, time or stats row; times, counts and
// profile links are found by shape (shapes.ts). A comment's head row (name and time, no words) is never a unit of
// its own, even beside a reply that has one too. A comment's one reply repeats nothing: it is told from a comment
// by what platforms print around replies (reply-signs.ts). Fields found this way report `matched: 'heuristic'`.

export const HEURISTIC = 'heuristic';

const blockTags = new Set([
  'DIV', 'P', 'LI', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'FIGCAPTION', 'DD', 'TD', 'MAIN', 'ASIDE',
]);
const never = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'TEXTAREA', 'INPUT', 'SELECT', 'svg', 'SVG']);

export interface Rows {
  time?: { el: Element; iso: string; href?: string };
  /** Every time in the unit, in page order: the first is its own, others a nested reply's or an edit's. */
  times: Element[];
  author?: Element;
  counts: Partial<Record<CountField, { n: number; el: Element }>>;
  /** Elements of the author/time/stats rows: never part of a unit's text. */
  chrome: Set<Element>;
}

const blocked = (el: Element, skip?: (el: Element) => boolean) => never.has(el.tagName) || isHiddenInline(el) || !!skip?.(el);

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
  // A comment that is only a number or a zero label (666, 赞) sits where words go, with no icon, label or hook
  // marking it a count: there it is the comment, not its likes.
  const words = (el: Element) => !!author && !!t && wordsPlace(el, author, t, unit) && countHint(el, unit, [author, t]) === undefined;
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
    if (CHROME_TEXT.test((el.textContent ?? '').trim()) || isExpandControl(el)) chrome.add(el);
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
 * The unit's text block: its longest own-text block outside the author, time and stats rows. A block of one
 * character is the text only where the words go (赞, ？).
 */
export function textBlockOf(unit: Element, rows: Rows, skip?: (el: Element) => boolean): Element | undefined {
  let best: Element | undefined;
  let bestScore = 1;
  let one: Element | undefined;
  let head: Element | undefined;
  const { author, time } = rows;
  for (const [el, { n, one: char }] of blockScores(unit, rows.chrome, skip)) {
    // A head row of a plain-text name and the time is the words only where there are no others: a name longer
    // than the words under it (钱塘江边的老陈 over 支持) is still no comment.
    if (n > 1 && !author && time && el !== unit && el.contains(time.el) && isHeadRow(el, rows, (e) => !!skip?.(e))) { head = el; continue; }
    if (n > bestScore) { best = el; bestScore = n; }
    if (!one && char && !SEPARATOR.test(char) && author && time && wordsPlace(el, author, time.el, unit)) one = el;
  }
  best ??= one ?? head;
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
function isHeadRow(block: Element, rows: Rows, skip: (el: Element) => boolean): boolean {
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

/**
 * A lone reply is no repeated block, but it is a copy of its comment's template: same tag and classes as the
 * member's core (the member itself, or the element inside the wrappers a layout put around it).
 */
function templateCopies(member: Element, skip?: (el: Element) => boolean): Element[] {
  const core = coreOf(member);
  const cls = core.getAttribute('class');
  if (!cls) return [];
  return Array.from(core.querySelectorAll(core.tagName)).filter((d) => d.getAttribute('class') === cls && !blocked(d, skip));
}

/** Tag + role + test hooks: what stays when a release renames every hashed class. */
const signature = (el: Element) => `${el.tagName}|${el.getAttribute('role') ?? ''}|${el.getAttribute('data-e2e') ?? ''}`;

/** A wrapper: one element and no text of its own. */
const isWrapper = (el: Element) => el.children.length === 1 && coreOf(el) !== el;
/** The kind of element a release wraps blocks in: a div with no role or test hook. */
const PLAIN = 'DIV||';

/**
 * The children of `parent` grouped by kind (signature), in page order, groups of two or more. A release may wrap one
 * of two sibling comments in a plain div of its own (around an li, a data-e2e item, a web component): such a wrapper
 * around an element of a kind among its siblings joins their group as that element.
 */
function kindsOf(parent: Element, skip?: (el: Element) => boolean): Element[][] {
  const kids = Array.from(parent.children).filter((c) => !blocked(c, skip));
  const at = new Map<Element, number>();
  const groups = new Map<string, Element[]>();
  kids.forEach((c, i) => {
    at.set(c, i);
    const g = groups.get(signature(c));
    if (g) g.push(c);
    else groups.set(signature(c), [c]);
  });
  for (const c of kids) {
    if (signature(c) !== PLAIN) continue;
    for (let d = isWrapper(c) ? c.firstElementChild : null; d; d = isWrapper(d) ? d.firstElementChild : null) {
      const kind = signature(d);
      if (kind === PLAIN) continue;
      const group = groups.get(kind);
      if (group && !blocked(d, skip)) {
        groups.set(PLAIN, groups.get(PLAIN)!.filter((m) => m !== c));
        at.set(d, at.get(c)!);
        group.push(d);
      }
      break;
    }
  }
  return [...groups.values()].filter((g) => g.length >= 2).map((g) => g.sort((a, b) => at.get(a)! - at.get(b)!));
}

export interface FoundUnit {
  el: Element;
  /** The nearest enclosing unit (a comment for its replies). */
  parent?: Element;
}

/** `root` and the elements under it in document order, none inside a pruned element (nor the pruned one). */
function walk(root: ParentNode, prune: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    if (prune(el)) return;
    out.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  if ((root as Element).nodeType === 1) visit(root as Element);
  else for (let c = (root as ParentNode).firstElementChild; c; c = c.nextElementSibling) visit(c);
  return out;
}

/**
 * The reply in a box beside its comment: the box, or where the box also holds 展开 N 条回复, the block around the
 * reply's time below it that leaves that link out.
 */
function replyIn(box: Element, time: Element): Element {
  if (!holdsMoreReplies(box)) return box;
  let r = time;
  for (let p = r.parentElement; p && p !== box && !holdsMoreReplies(p); p = p.parentElement) r = p;
  return r;
}

/** Whether a unit found already holds `el`, below `top` (or anywhere above it). */
function withinUnit(el: Element, top: Element | undefined, units: Set<Element>): boolean {
  for (let e = el.parentElement; e && e !== top; e = e.parentElement) if (units.has(e)) return true;
  return false;
}

/** A unit found already (a thread of one reply) that a member only wraps: the member is that unit. */
function ownUnit(m: Element, units: Set<Element>): Element {
  for (let e: Element | null = m; e; e = isWrapper(e) ? e.firstElementChild : null) if (units.has(e)) return e;
  return m;
}

/** A day's slack: a time printed as a date alone (11-21) reads as that day's midnight. */
const DAY = 86_400_000;

/** A group's member as the walk read it, with the lone replies inside it and whether it holds a unit found already. */
type Member = Said & { lone: Element[]; holds: boolean };

/**
 * Which of two timed siblings in `thread` is a box of replies to the other, where only one is (reply-signs.ts): the
 * comment's card and its replies box, or the comment and its one reply. A block holding a unit or a lone reply of
 * its own is a comment with words of its own, never a box; a reply is never older than its comment.
 */
function boxOf(a: Member, b: Member, thread: Element, units: Set<Element>, now: Date): Member | undefined {
  const when = (x: Member) => Date.parse(timeOf(x.time, now) ?? '');
  const boxes = (x: Member, y: Member) => !units.has(x.el) && !x.holds && x.lone.length === 0 && !(when(x) < when(y) - DAY)
    && (answers(x, y, thread) || holdsReplies(x.el, y, thread));
  const ab = boxes(a, b);
  return ab === boxes(b, a) ? undefined : ab ? a : b;
}

/**
 * Repeated sibling blocks under `root` that look like units: at least two siblings of one signature, each with a
 * time of its own (not one of a nested unit's) and some text. Returned in document order. No group is looked for
 * inside a `prune`d element, which is not walked at all; it may still be a member of its parent's group.
 *
 * A comment with exactly one reply repeats nothing: its card and its replies box are two timed siblings, and the
 * reply nested in its body leaves it two timed blocks. Where one of two such siblings replies to the other
 * (reply-signs.ts) and not the other way round, their parent is the comment and the reply a unit inside it, as a
 * thread of several replies is; a unit's own reply nested in it is found by loneReplies.
 */
export function repeatedUnits(root: ParentNode, now: Date, skip?: (el: Element) => boolean, prune?: (el: Element) => boolean): FoundUnit[] {
  const all = prune ? walk(root, prune) : Array.from(root.querySelectorAll('*'));
  if (!prune && (root as Element).nodeType === 1) all.unshift(root as Element);
  const units = new Set<Element>();
  const claimed = new Set<Element>();
  /** Threads of one comment and one reply, and the comment's card in each. */
  const threads = new Map<Element, Element>();
  for (const parent of all.reverse()) {
    if (parent.children.length < 2 || blocked(parent, skip)) continue;
    for (const members of kindsOf(parent, skip)) {
      const kind = members.map((m) => ownUnit(m, units));
      // A copy inside a unit found already (the reply of a thread that nests) is that unit's.
      const copies = new Map(kind.map((m) => [m, templateCopies(m, skip).filter((c) => !withinUnit(c, m, units))] as const));
      const heads = new Set<Element>();
      // Each member as read without the units and lone replies inside it (a comment's own words, not its reply's).
      const said = new Map<Element, Member>();
      const timed = kind.filter((m) => {
        let holds = false;
        const found = (el: Element) => (units.has(el) || copies.get(m)!.includes(el) ? (holds = true) : false);
        const inner = (el: Element) => found(el) || !!skip?.(el);
        const first = rowsOf(m, now, (el) => el !== m && inner(el));
        const lone = first.times.length > 1 ? loneReplies(m, now, inner, first.times) : [];
        const nested = (el: Element) => el !== m && (inner(el) || lone.includes(el));
        const rows = lone.length > 0 ? rowsOf(m, now, nested) : first;
        // Words are looked for outside the units inside, as before; the caller's skip bounds the rows only.
        const block = rows.time && !claimed.has(rows.time.el) ? textBlockOf(m, rows, (el) => el !== m && (found(el) || lone.includes(el))) : undefined;
        if (!rows.time || !block) return false;
        said.set(m, { el: m, words: block.textContent ?? '', name: rows.author?.textContent?.trim(), time: rows.time.el, nested, lone, holds });
        if (isHeadRow(m, rows, nested)) heads.add(m);
        return true;
      });
      // A comment's head row beside the reply it holds (作者回复 with a name and time row of its own) is no pair of
      // units: where some members have words and some are only a head row, the head rows are the comment's own.
      const ok = heads.size < timed.length ? timed.filter((m) => !heads.has(m)) : timed;
      if (ok.length < 2) continue;
      const box = ok.length === 2 ? boxOf(said.get(ok[0]!)!, said.get(ok[1]!)!, parent, units, now) : undefined;
      if (box) {
        units.add(parent);
        units.add(replyIn(box.el, box.time));
        threads.set(parent, box.el === ok[0] ? ok[1]! : ok[0]!);
        for (const m of ok) said.get(m)!.lone.forEach((r) => units.add(r));
        continue;
      }
      for (const m of ok) {
        units.add(m);
        copies.get(m)!.forEach((c) => units.add(c));
        said.get(m)!.lone.forEach((r) => units.add(r));
        for (const t of leaves(m, (el) => timeOf(el, now) !== undefined, () => false)) claimed.add(t);
      }
    }
  }
  // A thread found inside a comment is two of its replies, one answering the other (回复@对方:): the card is a reply.
  for (const [thread, card] of threads) {
    if (!withinUnit(thread, undefined, units)) continue;
    units.delete(thread);
    units.add(card);
  }
  const ordered = all.reverse().filter((el) => units.has(el));
  return ordered.map((el) => {
    let p = el.parentElement;
    while (p && !units.has(p)) p = p.parentElement;
    return p ? { el, parent: p } : { el };
  });
}

/**
 * Replies inside a unit that repeat nothing and copy none of its template (its one reply nested in its body, a
 * portal's 作者回复 under a comment): the block around each time of the unit's, as far up as it holds no other time,
 * where it has words beside the time. The unit's own time is the first whose block has none (its head or footer
 * row; a reply box may be printed above a footer row holding the comment's time), or else the first whose block
 * reads as no reply (reply-signs.ts), or the first. A second time in the unit's own rows (编辑于 beside 发表于) has
 * no block of its own. `found`: the unit's times where rowsOf read them already.
 */
function loneReplies(unit: Element, now: Date, skip?: (el: Element) => boolean, found?: Element[]): Element[] {
  const times = (found ?? leaves(unit, (el) => timeOf(el, now) !== undefined, (el) => blocked(el, skip))).filter((t) => !t.closest('button'));
  if (times.length < 2) return [];
  const worded = times.map((t): Said | undefined => {
    let b = t;
    const alone = (p: Element) => !times.some((o) => o !== t && p.contains(o));
    for (let p = b.parentElement; p && p !== unit && alone(p); p = p.parentElement) b = p;
    if (b === t) return undefined;
    const rows = rowsOf(b, now, skip);
    const block = textBlockOf(b, rows, skip);
    if (!block || isHeadRow(b, rows, (el) => !!skip?.(el))) return undefined;
    return { el: b, words: block.textContent ?? '', name: rows.author?.textContent?.trim(), time: t, nested: skip };
  });
  const bare = worded.indexOf(undefined);
  const own = bare >= 0 ? bare : Math.max(0, worded.findIndex((w) => !!w && !readsAsReply(w, unit)));
  return [...new Set(worded.flatMap((w, i) => (w && i !== own ? [w.el] : [])))];
}
