import { commentWords, nameText } from './badges.ts';
import { textHash } from './hash.ts';
import { absoluteUrl, compact } from './parts.ts';
import { emptySearches } from './search-memory.ts';
import { isProfileLink } from './shapes.ts';
import { repeatedUnits } from './repeated-units.ts';
import { HEURISTIC, rowsOf, textBlockOf } from './structure.ts';
import type { Unit } from './types.ts';

// Comments no selector names (issue 14: a release renamed the comment-item generation of 小红书 or 快手, or dropped
// every hook of 知乎's comment modal), found by structure inside the post's own container (or the modal) only:
// threads repeat, each with a commenter link, a time ("11-21 广东") and words; a thread's replies repeat inside it,
// and a lone reply, beside its comment in the thread or nested in its body, is told by the walk (repeated-units.ts,
// reply-signs.ts). The post's own text, its bar and cards of other posts (no time of their own) hold
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
  const found = repeatedUnits(container, now, own);
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
