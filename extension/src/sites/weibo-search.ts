import type { Counts } from '@vigil/shared/engine/types';
import { authorFrom, compact, readCount } from './parts.ts';
import { note, pick, pickAll, type FallbackList } from './selectors.ts';
import { extractText, mapToShown, type Extracted } from './text-map.ts';
import type { Unit, UnitAuthor } from './types.ts';
import { isHiddenInline } from './visibility.ts';
import { POST_PATH } from './weibo-comment-search.ts';
import { keyOf, mblogidOf, postRef, timeOf } from './weibo-refs.ts';
import * as sel from './weibo-selectors.ts';

// s.weibo.com search results (weibo?q=, realtime?q=, &xsort=hot, &page=N): the staff's daily search for the brand.
// The classic server-rendered page, one div.card-wrap[action-type=feed_list_item][mid] per post; user, topic and
// 推荐 cards, the pager and 相关搜索 have no such hook and are no units. A keyword hit is wrapped in
// <em class="s-color-red">, so a name may be split across nodes; the logical text joins them.

/** The uid in a profile link as search cards write it: //weibo.com/{uid}?refer_flag=…, or /u/{uid}. */
const UID = /weibo\.com\/(?:u\/)?(\d+)/;

/** Fields of the count cells, by their action hook (the card's toolbar) or their label (the original's row). */
const FIELDS: Record<string, keyof Counts> = {
  feed_list_forward: 'reposts', feed_list_comment: 'comments', feed_list_like: 'likes', 转发: 'reposts', 评论: 'comments', 赞: 'likes',
};

function authorOf(link: Element | undefined): UnitAuthor | undefined {
  const author = link ? authorFrom(link, UID) : undefined;
  // The profile's own address, without the search's refer_flag.
  if (author?.id) author.url = `https://weibo.com/u/${author.id}`;
  return author;
}

/**
 * The whole text: a long post's hidden full copy when the page sent one (mapped to the cut copy while that is the
 * one on screen), else the text shown, truncated when it ends with 展开.
 */
function textOf(scope: Element, keep: (el: Element) => boolean, list: FallbackList, matched: Record<string, string>): Extracted | undefined {
  const shownEl = note(matched, 'text', pick(scope, list, keep))?.el;
  const fullEl = note(matched, 'fullText', pick(scope, sel.searchFullText, keep))?.el;
  const shown = shownEl ? extractText([shownEl], { exclude: sel.searchFold }) : undefined;
  if (!fullEl) return shown && { ...shown, truncated: !!shownEl?.querySelector('[action-type="fl_unfold"]') };
  const whole = extractText([fullEl], { exclude: sel.searchFold });
  return shown && shownEl && isHiddenInline(fullEl) && !isHiddenInline(shownEl) ? mapToShown(whole, shown) : whole;
}

function countsOf(cells: readonly Element[], matched: Record<string, string>, label: string): Counts | undefined {
  // Fields in the toolbar's order, whatever order a release lays the cells out in (records compare as written).
  const counts: Counts = { reposts: undefined, comments: undefined, likes: undefined };
  for (const cell of cells) {
    const text = cell.textContent ?? '';
    const hook = (cell.matches('[action-type]') ? cell : cell.querySelector('[action-type]'))?.getAttribute('action-type') ?? '';
    const field = FIELDS[hook] ?? FIELDS[/^\s*(转发|评论|赞)/.exec(text)?.[1] ?? ''];
    if (!field || counts[field] !== undefined) continue;
    const n = readCount(matched, field, text);
    if (n === undefined) continue;
    counts[field] = n;
    matched[field] = label;
  }
  compact(counts);
  return Object.keys(counts).length > 0 ? counts : undefined;
}

interface Post {
  text?: Extracted;
  author?: UnitAuthor;
  time?: Element;
  counts?: Counts;
  matched: Record<string, string>;
}

function readPost(scope: Element, keep: (el: Element) => boolean, lists: readonly [FallbackList, FallbackList], matched: Record<string, string>, now: Date): Post {
  const text = textOf(scope, keep, lists[0], matched);
  const author = authorOf(note(matched, 'author', pick(scope, sel.searchAuthor, keep))?.el);
  const isTime = (el: Element) => keep(el) && POST_PATH.test(el.getAttribute('href') ?? '') && !!timeOf(el, now);
  const time = note(matched, 'time', pick(scope, sel.searchTime, isTime))?.el;
  const cells = pickAll(scope, lists[1], keep);
  const counts = cells ? countsOf(cells.els, matched, cells.matched) : undefined;
  return { text, author, time, counts, matched };
}

function unitOf(el: Element, post: Post, kind: Unit['kind'], now: Date, mid?: string | null): Unit | undefined {
  const { text, author, time, counts, matched } = post;
  if (!text?.text) return undefined;
  const ref = postRef(time);
  const uid = ref.uid ?? author?.id;
  const id = ref.id ?? mblogidOf(mid);
  if (author && !author.id && uid) author.id = uid;
  return compact({
    key: keyOf(id, author?.name, text.text), platform: 'weibo', kind, text: text.text, truncated: text.truncated, author,
    permalink: uid && id ? `https://weibo.com/${uid}/${id}` : undefined, publishedAt: timeOf(time, now), counts,
    element: el, map: text.map, debug: { matched },
  } satisfies Unit);
}

const FORWARD = '[node-type="feed_list_forwardContent"]';
const OWN = '[node-type="feed_list_content"], [node-type="feed_list_content_full"], .card-act';

/**
 * The original's box: the grey box holding its text or, where a release moved the original's parts out of it,
 * the largest block around the text hook that holds nothing of the card's own (its text, its toolbar).
 */
function retweetBox(card: Element, matched: Record<string, string>): Element | undefined {
  const hook = note(matched, 'retweet', pick(card, sel.searchRetweet, (el) => el.matches(FORWARD) || el.querySelector(FORWARD) !== null))?.el;
  if (!hook?.matches(FORWARD)) return hook;
  const holdsOwn = (el: Element) => Array.from(el.querySelectorAll(OWN)).some((x) => !hook.contains(x));
  let box = hook;
  while (box.parentElement && box.parentElement !== card && !holdsOwn(box.parentElement)) box = box.parentElement;
  return box;
}

/** A result card: its post (a repost pointing at the original) and the reposted original. */
function cardUnits(card: Element, matchedCard: string, now: Date): Unit[] {
  const matched: Record<string, string> = { unit: matchedCard };
  const box = retweetBox(card, matched);
  const outside = (el: Element) => !box?.contains(el);
  const own = readPost(card, outside, [sel.searchText, sel.searchActs], matched, now);
  const promoted = note(matched, 'promoted', pick(card, sel.searchPromoted, outside)) !== null;
  const theirs = box ? readPost(box, () => true, [sel.searchRetweetText, sel.searchRetweetActs], {}, now) : undefined;
  // A deleted original leaves only the platform's notice (抱歉，此微博已被作者删除): no author, no time, no unit.
  const original = box && theirs && (theirs.author || theirs.time) ? unitOf(box, theirs, 'post', now) : undefined;
  const unit = unitOf(card, own, box ? 'repost' : 'post', now, card.getAttribute('mid'));
  if (!unit) return original ? [original] : [];
  if (promoted) unit.promoted = true;
  if (original) unit.parentKey = original.key;
  return original ? [unit, original] : [unit];
}

/**
 * The units of the search cards in `root`, or null when the page has none (s.weibo.com's 热搜榜 and other pages
 * without result cards go on to the weibo.com reading).
 */
export function searchUnits(root: ParentNode, now: Date): Unit[] | null {
  const cards = pickAll(root, sel.searchCard);
  if (!cards) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    return pick(doc, sel.searchCard) ? [] : null;
  }
  return cards.els.flatMap((card) => cardUnits(card, cards.matched, now));
}
