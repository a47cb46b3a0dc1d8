import { absoluteUrl } from './parts.ts';
import { emptySearches } from './search-memory.ts';
import { pick } from './selectors.ts';
import { leaves } from './shapes.ts';
import { repeatedUnits } from './repeated-units.ts';
import { rowsOf } from './structure.ts';
import * as sel from './weibo-selectors.ts';

// Comments no selector names (issue 4: a release renamed the list's classes), found by structure wherever they
// sit on the post's page: after the post card, before it, or in a column beside it. The post itself, the feed's
// other posts, the 热搜 sidebar and 推荐 cards are never taken for comments.

/** A link to a post (/uid/mid): a feed card's time links to its post, a comment's time links nowhere. */
export const POST_ID = /weibo\.com\/(\d+)\/([A-Za-z0-9]{6,})/;
/** A post link's path as written in an href, checked before the URL is resolved. */
export const POST_PATH = /\/\d+\/[A-Za-z0-9]{6,}/;

const cardCss = sel.card.map((f) => f.css).join(', ');
/** A tag that marks a block as the platform's, not a reader's (a 推荐 card in the comment column). */
const PROMO_TAG = /^(?:广告|荐读|推荐|热推|推广)$/;
/** Titles of the page's blocks of other posts and trends: what is under them is no comment. */
const OTHER_POSTS = /^(?:相关推荐|为你推荐|热门推荐|推荐微博|推荐|猜你喜欢|热门微博|大家都在看|微博热搜|热搜榜|大家都在搜|你可能感兴趣)/;

export interface Found {
  el: Element;
  parent?: Element;
}

/** Whether `a` and `b` overlap: one holds the other (a scan's root against a block of the page). */
const related = (a: Node, b: Node) => a.contains(b) || b.contains(a);

/** Whether `el` links to a post other than the page's own (`own`, its mblogid). */
function linksToPost(el: Element, own: string): boolean {
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (!POST_PATH.test(href)) continue;
    const id = POST_ID.exec(absoluteUrl(href, el.ownerDocument) ?? '')?.[2];
    if (id && id !== own) return true;
  }
  return false;
}

/**
 * Whether a block of `level` that holds `el` is titled 相关推荐 / 热门微博 / 微博热搜: a short child of it beside
 * `el`'s branch says so, above the cards or (a release reordering the block) under them.
 */
function underOtherPosts(el: Element, level: Element): boolean {
  for (let e = el; e !== level && e.parentElement; e = e.parentElement) {
    for (let t = e.parentElement.firstElementChild; t; t = t.nextElementSibling) {
      if (t === e || t.children.length > 3) continue;
      const title = (t.textContent ?? '').trim();
      if (title.length <= 12 && OTHER_POSTS.test(title)) return true;
    }
  }
  return false;
}

/** Whether a unit found by structure is a reader's comment (see the file's head for what is never one). */
function isComment(el: Element, units: Set<Element>, level: Element, own: string, now: Date): boolean {
  const rows = rowsOf(el, now, (x) => x !== el && units.has(x));
  if (!rows.author || !rows.time || POST_ID.test(absoluteUrl(rows.time.href, el.ownerDocument) ?? '')) return false;
  if (el.closest(cardCss) || pick(el, sel.card) || linksToPost(el, own)) return false;
  if (leaves(el, (x) => PROMO_TAG.test((x.textContent ?? '').trim()), (x) => x !== el && units.has(x)).length > 0) return false;
  return !underOtherPosts(el, level);
}

/** The comments among the repeated blocks of `level` (none inside `skip`ped or `prune`d ones), in page order. */
function commentsAt(level: Element, skip: (el: Element) => boolean, prune: (el: Element) => boolean, own: string, now: Date): Element[] {
  const units = new Set(repeatedUnits(level, now, skip, prune).map((f) => f.el));
  return [...units]
    .filter((el) => isComment(el, units, level, own, now))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/**
 * Post cards whose page held no comment when last searched (search-memory.ts): searched again only after the page
 * changed outside the card.
 */
const nothing = emptySearches();

/**
 * Comments by structure around the post's `card`, those overlapping the scanned `root`. Level by level up from the
 * card, the blocks beside the branch already searched are looked at, before it and after it; the nearest level
 * that holds any wins. The climb ends at the level that holds the whole root (nothing higher overlaps it); a root
 * inside the card holds no comment at all, nor does a page searched in vain and unchanged outside the card since.
 */
export function structuralComments(root: ParentNode, card: Element, own: string, now: Date): Found[] {
  const rootNode = root as Node;
  if (card.contains(rootNode) || nothing.known(card, rootNode)) return [];
  let searched: Element | undefined;
  for (let at = card; at.parentElement && at.tagName !== 'BODY'; at = at.parentElement) {
    const level = at.parentElement;
    if (!related(level, rootNode)) continue;
    // Where the root lies in one block beside the card's branch, only that block is walked; its siblings are still
    // weighed as members of a list the root's block belongs to.
    let branch: Element | undefined;
    for (let e: Node | null = rootNode; e && e !== level; e = e.parentNode) if (e.parentNode === level) branch = e as Element;
    const prune = (el: Element) => el === at || el.matches(cardCss) || (!!branch && el !== branch && el.parentElement === level);
    const comments = commentsAt(level, (el) => el === at, prune, own, now).filter((el) => related(el, rootNode));
    if (comments.length > 0) {
      const kept = new Set(comments);
      return comments.map((el) => {
        let p = el.parentElement;
        while (p && !kept.has(p)) p = p.parentElement;
        return p ? { el, parent: p } : { el };
      });
    }
    searched = level;
    if (level.contains(rootNode)) break;
  }
  // Only a root around the card had every block up to its level walked; a root beside it had one branch walked.
  if (searched && rootNode.contains(card)) nothing.remember(card, rootNode.contains(searched) ? rootNode : searched, searched, (t) => card.contains(t));
  return [];
}
