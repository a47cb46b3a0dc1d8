import { commentWords, nameText } from './badges.ts';
import { textHash } from './hash.ts';
import { absoluteUrl, compact } from './parts.ts';
import { emptySearches } from './search-memory.ts';
import { isProfileLink } from './shapes.ts';
import { HEURISTIC, repeatedUnits, rowsOf, textBlockOf, type FoundUnit } from './structure.ts';
import type { Unit } from './types.ts';

// Comments no selector names (issue 14: a release renamed the comment-item generation of 小红书 or 快手, or dropped
// every hook of 知乎's comment modal), found by structure inside the post's own container (or the modal) only:
// threads repeat, each with a commenter link, a time ("11-21 广东") and words; a thread's replies repeat inside it,
// and a lone reply is a modified copy of its comment (or of its thread, where threads nest), beside it in the
// thread or nested in its body. The post's own text, its bar and cards of other posts (no time of their own) hold
// no repeated timed blocks. A container searched in vain (comments not loaded yet, or none) is not walked again
// until it changes outside the post's own parts (search-memory.ts, shared with Weibo).

export interface Where {
  platform: 'xiaohongshu' | 'kuaishou' | 'zhihu';
  /** The user id in a profile link's href. */
  userId: RegExp;
  /** The comment id an item carries where it is no `comment-{id}` element id (知乎 data-id). */
  idOf?: (el: Element) => string | undefined;
  /** What keys start with, where the platform keys its selector-found comments otherwise than `{platform}:c`. */
  keyPrefix?: string;
}

/** A comment's one count with no icon or label to name it (快手 326, 小红书 309) is its likes. */
const ORDER = ['likes'] as const;

/**
 * A thread of one comment and one reply has two timed blocks side by side, the comment's card and its replies box,
 * which pass for two comments. The box holds a copy of the card's template with a modifier class added (as in
 * comment-item comment-item-sub): that copy is a reply of the card.
 */
/** The element inside the wrappers a layout put around a block (a wrapper holds one element and no text). */
function core(el: Element): Element {
  let c = el;
  while (c.children.length === 1 && !Array.from(c.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim())) c = c.children[0]!;
  return c;
}

function repliesBoxes(found: FoundUnit[]): FoundUnit[] {
  const units = new Set(found.map((f) => f.el));
  const boxOf = (f: FoundUnit): FoundUnit | undefined => {
    // Beside the card, after it or (a release reordering the thread) before it; either may sit in a wrapper.
    for (const card of Array.from(f.el.parentElement?.children ?? [])) {
      const own = card !== f.el && units.has(card) ? Array.from(core(card).classList) : [];
      if (own.length === 0) continue;
      const copy = Array.from(f.el.getElementsByClassName(own[0]!)).find((d) => !units.has(d)
        && d.classList.length > own.length && own.every((c) => d.classList.contains(c)));
      if (copy) return { el: copy, parent: card };
    }
    // Threads that nest (知乎): the box holds a copy of the thread around it and the card, classes and all.
    const thread = f.el.parentElement;
    const cls = thread?.getAttribute('class');
    const card = Array.from(thread?.children ?? []).find((c) => c !== f.el && units.has(c));
    if (!thread || !cls || !card) return undefined;
    const copy = Array.from(f.el.getElementsByClassName(thread.classList[0]!))
      .find((d) => d.tagName === thread.tagName && d.getAttribute('class') === cls && !units.has(d));
    return copy ? { el: copy, parent: card } : undefined;
  };
  // A box holds one reply: no unit of its own is found inside it (a thread with its replies is no box).
  const holders = new Set(found.map((f) => f.parent));
  return found.map((f) => (f.parent || holders.has(f.el) ? f : boxOf(f) ?? f));
}

/**
 * A thread of one comment and one reply is a card and a box side by side (repliesBoxes), which the list's walk took
 * for a group of its own: the list around it then repeats nothing, and a plain comment beside that thread joined no
 * group. The thread's siblings of its kind (tag, role), outside the post's parts, holding no unit found, with a
 * commenter, a time and words of their own, are comments too.
 */
function besideLoneThreads(found: FoundUnit[], now: Date, own: (el: Element) => boolean): FoundUnit[] {
  const units = found.map((f) => f.el);
  const extra: Element[] = [];
  for (const f of found) {
    // A box's reply: its card (the parent) sits beside the box, not around the reply.
    const thread = f.parent && !f.parent.contains(f.el) ? f.parent.parentElement : null;
    if (!thread?.parentElement) continue;
    for (const s of Array.from(thread.parentElement.children)) {
      if (s === thread || s.tagName !== thread.tagName || s.getAttribute('role') !== thread.getAttribute('role') || own(s) || extra.includes(s)) continue;
      if (units.some((u) => s.contains(u) || u.contains(s))) continue;
      const rows = rowsOf(s, now, own, ORDER);
      if (rows.author && rows.time && textBlockOf(s, rows, own)) extra.push(s);
    }
  }
  if (extra.length === 0) return found;
  return [...found, ...extra.map((el) => ({ el }))].sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1));
}

/**
 * A comment's one reply nested in its body repeats nothing, and copies no template exactly: it is the comment's
 * item under another modifier (comment-item comment-sub-item inside comment-item comment-list-item). Inside a
 * comment no reply was found in, a block of the comment core's tag and first class with a time of its own is its
 * reply; the comment's words are then its own, not the reply's.
 */
function nestedLoneReplies(found: FoundUnit[], now: Date, own: (el: Element) => boolean): FoundUnit[] {
  const extra: FoundUnit[] = [];
  for (const f of found) {
    if (f.parent || found.some((o) => o.parent === f.el)) continue;
    const c = core(f.el);
    const base = c.classList[0];
    if (!base) continue;
    for (const d of Array.from(c.getElementsByClassName(base))) {
      if (d.tagName !== c.tagName || own(d) || found.some((o) => o.el === d) || extra.some((e) => e.el.contains(d))) continue;
      if (rowsOf(d, now, own, ORDER).time) extra.push({ el: d, parent: f.el });
    }
  }
  if (extra.length === 0) return found;
  return [...found, ...extra].sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** Containers searched in vain (search-memory.ts, as Weibo's post cards): not walked again until they change. */
const nothing = emptySearches();

/**
 * The comments under the post, found by structure; `own` marks the post's own parts, never searched. A container
 * that held none is walked again only after a change outside those parts (comments loading, a reply appended).
 */
export function commentsByStructure(where: Where, container: Element, postKey: string | undefined, own: (el: Element) => boolean, now: Date): Unit[] {
  if (nothing.known(container, container)) return [];
  const out = walkFor(where, container, postKey, own, now);
  if (out.length === 0) {
    nothing.remember(container, container, container, (t) => {
      for (let e = t.nodeType === 1 ? (t as Element) : t.parentElement; e && e !== container; e = e.parentElement) if (own(e)) return true;
      return false;
    });
  }
  return out;
}

function walkFor(where: Where, container: Element, postKey: string | undefined, own: (el: Element) => boolean, now: Date): Unit[] {
  const found = nestedLoneReplies(besideLoneThreads(repliesBoxes(repeatedUnits(container, now, own)), now, own), now, own);
  const units = new Set(found.map((f) => f.el));
  const keyOf = new Map<Element, string>();
  const out: Unit[] = [];
  for (const { el, parent } of found) {
    const nested = (x: Element) => x !== el && units.has(x);
    // An @name in a reply's words links to a profile too; printed before the name row, it would pass for the author.
    const mention = (x: Element) => nested(x) || (x.tagName === 'A' && /^\s*@/.test(x.textContent ?? ''));
    const rows = rowsOf(el, now, mention, ORDER);
    // A reply's name row may name whom it answers (名字 › 对方): that name is no part of its words.
    const who = rows.author;
    const target = (x: Element) => mention(x) || (!!who && x !== who && x.parentElement === who.parentElement && isProfileLink(x, now));
    const block = rows.author && rows.time ? textBlockOf(el, rows, target) : undefined;
    if (!block || !rows.author || !rows.time) continue;
    const ex = commentWords([block], { skip: nested });
    if (!ex.text) continue;
    const name = nameText(rows.author).trim();
    const href = rows.author.getAttribute('href');
    const uid = rows.author.getAttribute('data-user-id') ?? where.userId.exec(href ?? '')?.[1];
    const id = where.idOf?.(el) ?? (el.id.startsWith('comment-') ? el.id.slice(8) : el.querySelector('[id^="comment-"]')?.id.slice(8));
    const parentKey = parent ? keyOf.get(parent) : postKey;
    const key = `${where.keyPrefix ?? `${where.platform}:c`}:${id ?? textHash(`${parentKey ?? ''}\n${name}\n${ex.text}`)}`;
    keyOf.set(el, key);
    const likes = rows.counts.likes?.n;
    out.push(compact({
      key, platform: where.platform, kind: parent ? 'reply' : 'comment', text: ex.text, truncated: ex.truncated,
      author: compact({ name, id: uid ?? undefined, url: absoluteUrl(href, el.ownerDocument) }),
      publishedAt: rows.time.iso, counts: likes !== undefined ? { likes } : undefined, parentKey,
      element: el, map: ex.map,
      debug: { matched: { unit: HEURISTIC, text: HEURISTIC, author: HEURISTIC, time: HEURISTIC, ...(likes !== undefined ? { likes: HEURISTIC } : {}) } },
    } satisfies Unit));
  }
  return out;
}
