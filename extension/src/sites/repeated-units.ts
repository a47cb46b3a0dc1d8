import { answers, avatarOwners, holdsMoreReplies, holdsReplies, readsAsReply, type Said } from './reply-signs.ts';
import { coreOf, leaves, timeOf } from './shapes.ts';
import { blocked, isHeadRow, rowsOf, textBlockOf } from './structure.ts';

// The structural walk (issue 12): repeated sibling blocks under a root, each with a time of its own and words, are
// units, nested ones (a thread's replies) pointing at the unit around them. A comment with exactly one reply repeats
// nothing; that reply is told from a comment of its own by what platforms print around replies (reply-signs.ts),
// beside the comment's card or nested in its body. A release that wraps one of two siblings in a div of its own
// leaves them a group.

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

/** How far above a pair of blocks their comment's avatar column may sit (微博: the item, then its scroller slot). */
const AVATAR_LEVELS = 3;

/**
 * The comment around a card and its reply: their parent, or higher while all else there is wordless (an avatar
 * column, icons, wrappers), as where 微博 prints the avatar beside the comment's words and its reply.
 */
function commentAround(thread: Element): Element {
  let around = thread;
  for (let up = 0; up < AVATAR_LEVELS && around.parentElement; up++) {
    const inner = around;
    if (Array.from(inner.parentElement!.children).some((c) => c !== inner && (c.textContent ?? '').trim() !== '')) break;
    around = inner.parentElement!;
  }
  return around;
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
function boxOf(a: Member, b: Member, thread: Element, around: Element, units: Set<Element>, now: Date): Member | undefined {
  const when = (x: Member) => Date.parse(timeOf(x.time, now) ?? '');
  const boxes = (x: Member, y: Member) => !units.has(x.el) && !x.holds && x.lone.length === 0 && !(when(x) < when(y) - DAY)
    && (answers(x, y, thread, around) || holdsReplies(x.el, y, thread));
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
 * (reply-signs.ts) and not the other way round, their parent (with the avatar column beside them) is the comment
 * and the reply a unit inside it, as a thread of several replies is; a unit's own reply nested in it is found by
 * loneReplies.
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
        said.set(m, { el: m, words: block.textContent ?? '', name: rows.author?.textContent?.trim(), href: rows.author?.getAttribute('href') ?? undefined, time: rows.time.el, nested, lone, holds });
        if (isHeadRow(m, rows, nested)) heads.add(m);
        return true;
      });
      // A comment's head row beside the reply it holds (作者回复 with a name and time row of its own) is no pair of
      // units: where some members have words and some are only a head row, the head rows are the comment's own.
      const ok = heads.size < timed.length ? timed.filter((m) => !heads.has(m)) : timed;
      if (ok.length < 2) continue;
      const around = ok.length === 2 ? commentAround(parent) : parent;
      const box = ok.length === 2 ? boxOf(said.get(ok[0]!)!, said.get(ok[1]!)!, parent, around, units, now) : undefined;
      if (box) {
        units.add(around);
        units.add(replyIn(box.el, box.time));
        threads.set(around, box.el === ok[0] ? ok[1]! : ok[0]!);
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
 * row; a reply box may be printed above a footer row holding the comment's time), or else the one whose commenter
 * the unit's avatar shows, the first that reads as no reply (reply-signs.ts), or the first. A second time in the unit's own rows (编辑于 beside 发表于) has
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
    return { el: b, words: block.textContent ?? '', name: rows.author?.textContent?.trim(), href: rows.author?.getAttribute('href') ?? undefined, time: t, nested: skip };
  });
  const bare = worded.indexOf(undefined);
  const owners = bare >= 0 ? new Set<string>() : avatarOwners(unit, worded.map((w) => w!.el));
  const own = bare >= 0 ? bare : [
    worded.findIndex((w) => !!w?.href && owners.has(w.href)),
    worded.findIndex((w) => !!w && !readsAsReply(w, unit)),
  ].find((i) => i >= 0) ?? 0;
  return [...new Set(worded.flatMap((w, i) => (w && i !== own ? [w.el] : [])))];
}
