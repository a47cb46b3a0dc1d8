import { absoluteUrl, authorFrom, compact, countNear, readCount } from './parts.ts';
import type { Counts } from '@vigil/shared/engine/types';
import { removalStatus } from './page-state.ts';
import { weiboRemoval } from './weibo-removal.ts';
import { note, noteHeuristic, pick, pickAll } from './selectors.ts';
import { labelledCounts } from './shapes.ts';
import { repeatedUnits } from './repeated-units.ts';
import { countsOf, rowsOf, textBlockOf, type Rows } from './structure.ts';
import { extractText } from './text-map.ts';
import type { LoginWall, SiteAdapter, Unit, UnitKind } from './types.ts';
import { POST_PATH } from './weibo-comment-search.ts';
import { commentUnits, POST_ID } from './weibo-comments.ts';
import { keyOf, postRef, timeOf } from './weibo-refs.ts';
import { searchUnits } from './weibo-search.ts';
import * as sel from './weibo-selectors.ts';
import { weiboHot } from './weibo-hot.ts';

// weibo.com (issue 4): feed, profile and detail pages of the Vue app. Feed cards live in a recycle scroller whose
// item nodes are reused for other posts, so a unit's key comes from the post id in its time link, never the node.

const ORDER = ['reposts', 'comments', 'likes'] as const;

/**
 * The first two links in `el` to a post that show a time (the card's own time link, a repost's), or none when there
 * are fewer. Most cards hold one post link, their own time: counting the hrefs with a post path settles them without
 * resolving a URL or reading a time (issue 15: every card without a repost box goes through this search).
 */
function twoPostLinks(el: Element, now: Date): Element[] {
  const paths = Array.from(el.querySelectorAll('a[href]'), (a) => ({ a, href: a.getAttribute('href')! })).filter((l) => POST_PATH.test(l.href));
  if (paths.length < 2) return [];
  const out: Element[] = [];
  for (const { a, href } of paths) {
    if (!POST_ID.test(absoluteUrl(href, a.ownerDocument) ?? '') || !timeOf(a, now)) continue;
    if (out.push(a) === 2) break;
  }
  return out;
}

/**
 * The original's whole box (head with author and time, then its text). Found only by its text (the hashed box class
 * renamed), it is the text's highest ancestor that holds none of the card's own header, text or footer. Found by
 * nothing (a release), it is the block around a second link to another post (issue 12).
 */
function retweetBox(card: Element, found: Element | undefined, now: Date): { box?: Element; heuristic?: boolean } {
  if (found && !found.matches('.wbpro-feed-reText')) return { box: found };
  if (found) {
    let box = found;
    const own = 'header, footer, .wbpro-feed-ogText, .wbpro-feed-content';
    while (box.parentElement && box.parentElement !== card && !box.parentElement.querySelector(own)) box = box.parentElement;
    return { box };
  }
  const [first, second] = twoPostLinks(card, now);
  if (!first || !second || postRef(first).id === postRef(second).id) return {};
  // The smallest block around a link that holds a text too: a release may put the card's own text and the original
  // side by side in one content box, which holds no other post link but is no part of the original.
  const holdsText = (el: Element) => textBlockOf(el, rowsOf(el, now)) !== undefined;
  const boxOf = (link: Element, other: Element) => {
    let box: Element = link;
    while (box.parentElement && box.parentElement !== card && !box.parentElement.contains(other) && (box === link || !holdsText(box))) box = box.parentElement;
    return box;
  };
  // The card's own time sits in its header row, which holds no text block; the original's box holds its text.
  const boxes = [boxOf(first, second), boxOf(second, first)].filter((b) => textBlockOf(b, rowsOf(b, now)) !== undefined);
  const box = boxes.length === 1 ? boxes[0] : boxOf(second, first);
  return box && box !== second && box !== first ? { box, heuristic: true } : {};
}

function cardUnits(card: Element, now: Date): Unit[] {
  const matched: Record<string, string> = {};
  const rb = retweetBox(card, note(matched, 'retweet', pick(card, sel.retweetBox))?.el, now);
  const box = rb.box;
  if (rb.heuristic) matched.retweet = 'heuristic';
  const outsideRetweet = (el: Element) => !box || (!box.contains(el) && el !== box);
  const units: Unit[] = [];
  let rowsMemo: Rows | undefined;
  const rows = () => (rowsMemo ??= rowsOf(card, now, (el) => !outsideRetweet(el), ORDER));

  let original: Unit | undefined;
  if (box) original = originalUnit(box, now);
  if (original?.text) units.push(original);

  const textEl = note(matched, 'text', pick(card, sel.text, (el) => outsideRetweet(el) && !el.matches('.wbpro-feed-reText') && hasText(el)))?.el
    ?? noteHeuristic(matched, 'text', textBlockOf(card, rows(), (el) => !outsideRetweet(el)));
  const ex = textEl ? extractText([textEl], { exclude: '.wbpro-feed-reText', skip: (el) => !outsideRetweet(el) }) : { text: '', map: { runs: [] }, truncated: false };
  const authorLink = note(matched, 'author', pick(card, sel.authorLink, outsideRetweet))?.el ?? noteHeuristic(matched, 'author', rows().author);
  const timeLink = note(matched, 'time', pick(card, sel.timeLink, outsideRetweet))?.el ?? noteHeuristic(matched, 'time', rows().time?.el);
  const ref = postRef(timeLink?.closest('a') ?? timeLink);
  const author = authorLink ? authorFrom(authorLink) : undefined;
  if (author && !author.id && ref.uid) author.id = ref.uid;
  const footer = Array.from(card.querySelectorAll('footer')).find(outsideRetweet);
  const counts: Counts = {};
  if (footer) {
    counts.reposts = countNear(footer, sel.repostIcon, footer, matched, 'reposts');
    counts.comments = countNear(footer, sel.commentIcon, footer, matched, 'comments');
    counts.likes = readCount(matched, 'likes', note(matched, 'likes', pick(footer, sel.likeCount))?.el.textContent);
  }
  // Counts moved out of the footer or into labelled buttons (a release): found by shape and label.
  for (const f of ORDER) {
    const h = counts[f] === undefined ? rows().counts[f] : undefined;
    if (h) counts[f] = noteHeuristic(matched, f, readCount(matched, f, h.el.textContent) ?? h.n);
  }
  const promoted = note(matched, 'promoted', pick(card, sel.promotedTag, outsideRetweet)) !== null;
  const kind: UnitKind = box ? 'repost' : 'post';
  units.unshift(compact({
    key: keyOf(ref.id, author?.name, ex.text), platform: 'weibo', kind, text: ex.text, truncated: ex.truncated,
    author, permalink: ref.url, publishedAt: timeOf(timeLink, now), counts: nonEmpty(compact(counts)),
    promoted: promoted || undefined, parentKey: original?.key, element: card, map: ex.map, debug: { matched },
  } satisfies Unit));
  return units;
}

/** The reposted original inside a card, with the counts printed under it (转发 5321 · 评论 2019 · 赞 1.1万). */
function originalUnit(box: Element, now: Date): Unit | undefined {
  const om: Record<string, string> = {};
  const rows = rowsOf(box, now, undefined, ORDER);
  const re = note(om, 'text', pick(box, sel.reText))?.el ?? (box.matches('.wbpro-feed-reText') ? box : undefined)
    ?? noteHeuristic(om, 'text', textBlockOf(box, rows));
  if (!re) return undefined;
  if (!om.text) om.text = sel.reText[0]!.css;
  const ex = extractText([re]);
  const authorLink = note(om, 'author', pick(box, sel.retweetAuthor))?.el ?? noteHeuristic(om, 'author', rows.author);
  const timeLink = note(om, 'time', pick(box, sel.timeLink))?.el ?? noteHeuristic(om, 'time', rows.time?.el);
  const ref = postRef(timeLink);
  const author = authorLink ? authorFrom(authorLink) : undefined;
  // A deleted or hidden original leaves only the platform's notice (抱歉，此微博已被作者删除): no author, no time.
  if (!author && !timeLink) return undefined;
  const bar = note(om, 'counts', pick(box, sel.retweetCounts))?.el;
  let counts: Counts | undefined = bar ? labelledCounts(bar.textContent ?? '') : undefined;
  if (!counts || Object.keys(counts).length === 0) counts = noteHeuristic(om, 'counts', countsOf(rows));
  return compact({
    key: keyOf(ref.id, author?.name, ex.text), platform: 'weibo', kind: 'post', text: ex.text,
    truncated: ex.truncated, author, permalink: ref.url, publishedAt: timeOf(timeLink, now), counts: nonEmpty(counts),
    element: box, map: ex.map, debug: { matched: om },
  } satisfies Unit);
}

const hasText = (el: Element) => (el.textContent ?? '').trim() !== '' || el.querySelector('img[alt]') !== null;
const nonEmpty = <T extends object>(o: T | undefined) => (o && Object.keys(o).length > 0 ? o : undefined);

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  // s.weibo.com's search results are cards of their own (weibo-search.ts), looked for on that host only.
  const search = doc.location?.hostname === 's.weibo.com' ? searchUnits(root, now) : null;
  if (search) return search;
  const units: Unit[] = [];
  const cards = pickAll(root, sel.card);
  const cardEls = cards?.els ?? heuristicCards(root, now);
  for (const c of cardEls) {
    const found = cardUnits(c, now);
    // Adapter health (issue 12 item 4) counts how the cards were found, the selector as much as the fallback.
    for (const u of found) if (u.element === c) u.debug.matched.unit = cards ? cards.matched : 'heuristic';
    units.push(...found);
  }
  // Comments belong to the detail page's post, whose card may lie outside an incrementally scanned root.
  // Looked up only where comments are found or sought: most roots of a feed scroll hold neither.
  const page = () => {
    const card = units[0]?.element ?? pick(doc, sel.card)?.el ?? undefined;
    return { card, key: units[0]?.key ?? (card ? cardUnits(card, now)[0]?.key : undefined) };
  };
  units.push(...commentUnits(root, page, now));
  return units;
}

/** Cards when no card selector matches (issue 12): repeated blocks outside the comment list that link to a post. */
function heuristicCards(root: ParentNode, now: Date): Element[] {
  const inComments = (el: Element) => el.matches('.wbpro-list, [class*="wbpro-list"]');
  return repeatedUnits(root, now, inComments)
    .filter((u) => !u.parent && POST_ID.test(absoluteUrl(rowsOf(u.el, now).time?.href, u.el.ownerDocument) ?? ''))
    .map((u) => u.el);
}

function detectLoginWall(doc: Document): LoginWall | null {
  return pick(doc, sel.loginWall)
    ? { platform: 'weibo', message: '微博要求登录才能继续浏览，请自行在页面中登录（不会替你登录）/ Weibo asks you to log in; please log in yourself.' }
    : null;
}

export const weibo: SiteAdapter = {
  id: 'weibo',
  platform: 'weibo',
  // s.weibo.com: its 热搜榜 (top/summary, issue 11) and its search results (weibo?q=, realtime?q=).
  hosts: ['weibo.com', 'www.weibo.com', 's.weibo.com'],
  matches: ['*://weibo.com/*', '*://www.weibo.com/*', '*://s.weibo.com/*'],
  testUrls: [
    'http://weibo.com/',
    'http://weibo.com/u/2803301701/',
    'http://weibo.com/5678901234/QbX7nA2Ke/',
    'http://weibo.com/u/7001002003/',
    'http://weibo.com/u/7002003004/',
    'http://weibo.com/5678901234/QbGone0001/',
    'http://weibo.com/7230981123/QbWq8cM3d/', // the deleted post a case re-checks (issue 10)
    'http://s.weibo.com/weibo/', // the brand's search results (served for /weibo?q=青禾乳业)
  ],
  findUnits,
  unitContainers: [...sel.card, ...sel.comment, ...sel.searchCard].map((f) => f.css).join(', '),
  // A card holds its post and repost; a comment finds its post from the page (findUnits above). On a post's own page
  // the comments a release renamed are found by structure, outside every container: the page is read whole there.
  containersStandAlone: (doc) => !POST_PATH.test(doc.location?.pathname ?? ''),
  detectLoginWall,
  hotList: weiboHot,
  // Removal pages (issue 14): the post page shows a notice instead of the card.
  pageStatus: (doc) => (pick(doc, sel.card) || pick(doc, sel.searchCard)
    ? { status: 'online', message: '' }
    : removalStatus(doc, weiboRemoval)),
  feedRoot: (doc) => pick(doc, sel.feedRoot)?.el ?? doc.body,
};
