import { parseCount } from './counts.ts';
import { textHash } from './hash.ts';
import { absoluteUrl, authorFrom, compact, countNear, readCount } from './parts.ts';
import { note, pick, pickAll } from './selectors.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { LoginWall, SiteAdapter, Unit, UnitKind } from './types.ts';
import * as sel from './weibo-selectors.ts';

// weibo.com (issue 4): feed, profile and detail pages of the Vue app. Feed cards live in a recycle scroller whose
// item nodes are reused for other posts, so a unit's key comes from the post id in its time link, never the node.

const POST_ID = /weibo\.com\/(\d+)\/([A-Za-z0-9]{6,})/;

function postRef(link: Element | undefined): { uid?: string; id?: string; url?: string } {
  const url = absoluteUrl(link?.getAttribute('href'), link?.ownerDocument ?? null);
  const m = url ? POST_ID.exec(url) : null;
  return { uid: m?.[1], id: m?.[2], url };
}

function timeOf(link: Element | undefined, now: Date): string | undefined {
  if (!link) return undefined;
  return parseTime(link.getAttribute('title'), now) ?? parseTime(link.textContent, now);
}

function keyOf(id: string | undefined, author: string | undefined, text: string): string {
  return id ? `weibo:${id}` : `weibo:h:${textHash(`${author ?? ''}\n${text}`)}`;
}

function cardUnits(card: Element, now: Date): Unit[] {
  const matched: Record<string, string> = {};
  const box = note(matched, 'retweet', pick(card, sel.retweetBox))?.el;
  const outsideRetweet = (el: Element) => !box || (!box.contains(el) && el !== box);
  const units: Unit[] = [];

  let original: Unit | undefined;
  const re = box ? pick(box.matches('.wbpro-feed-reText') ? box.parentElement ?? box : box, sel.reText) : null;
  if (box && re) {
    const om: Record<string, string> = { text: re.matched };
    const ex = extractText([re.el]);
    const authorLink = note(om, 'author', pick(box, sel.retweetAuthor))?.el;
    const timeLink = note(om, 'time', pick(box, sel.timeLink))?.el;
    const ref = postRef(timeLink);
    const author = authorLink ? authorFrom(authorLink) : undefined;
    original = compact({
      key: keyOf(ref.id, author?.name, ex.text), platform: 'weibo', kind: 'post', text: ex.text,
      truncated: ex.truncated, author, permalink: ref.url, publishedAt: timeOf(timeLink, now),
      element: box, map: ex.map, debug: { matched: om },
    } satisfies Unit);
    if (original.text) units.push(original);
  }

  const textEl = note(matched, 'text', pick(card, sel.text, (el) => outsideRetweet(el) && !el.matches('.wbpro-feed-reText')));
  const ex = textEl ? extractText([textEl.el], { exclude: '.wbpro-feed-reText' }) : { text: '', map: { runs: [] }, truncated: false };
  const authorLink = note(matched, 'author', pick(card, sel.authorLink, outsideRetweet))?.el;
  const timeLink = note(matched, 'time', pick(card, sel.timeLink, outsideRetweet))?.el;
  const ref = postRef(timeLink);
  const author = authorLink ? authorFrom(authorLink) : undefined;
  if (author && !author.id && ref.uid) author.id = ref.uid;
  const footer = Array.from(card.querySelectorAll('footer')).find(outsideRetweet);
  const counts = footer
    ? compact({
        reposts: countNear(footer, sel.repostIcon, footer, matched, 'reposts'),
        comments: countNear(footer, sel.commentIcon, footer, matched, 'comments'),
        likes: readCount(matched, 'likes', note(matched, 'likes', pick(footer, sel.likeCount))?.el.textContent),
      })
    : undefined;
  const promoted = note(matched, 'promoted', pick(card, sel.promotedTag, outsideRetweet)) !== null;
  const kind: UnitKind = original ? 'repost' : 'post';
  units.unshift(compact({
    key: keyOf(ref.id, author?.name, ex.text), platform: 'weibo', kind, text: ex.text, truncated: ex.truncated,
    author, permalink: ref.url, publishedAt: timeOf(timeLink, now), counts, promoted: promoted || undefined,
    parentKey: original?.key, element: card, map: ex.map, debug: { matched },
  } satisfies Unit));
  return units;
}

function commentUnit(con: Element, kind: 'comment' | 'reply', parentKey: string | undefined, postId: string, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const textBox = Array.from(con.children).find((c) => c.classList.contains('text'));
  if (!textBox) return null;
  const authorLink = textBox.querySelector(':scope > a[href*="/u/"], :scope > a[usercard]');
  const spans = Array.from(textBox.children).filter((c) => c.tagName === 'SPAN');
  const ex = extractText(spans.length > 0 ? spans : [textBox]);
  matched.text = spans.length > 0 ? '.text > span — comment body after the name' : '.text — whole comment line';
  const info = Array.from(con.children).find((c) => c.classList.contains('info'));
  const when = info?.querySelector(':scope > div:first-child');
  const likes = info ? note(matched, 'likes', pick(info, sel.likeCount))?.el.textContent : undefined;
  const author = authorLink ? authorFrom(authorLink) : undefined;
  if (!ex.text) return null;
  return compact({
    key: `weibo:c:${postId}:${textHash(`${author?.name ?? ''}\n${ex.text}`)}`,
    platform: 'weibo', kind, text: ex.text, truncated: ex.truncated, author,
    publishedAt: parseTime(when?.textContent, now), counts: likes != null ? compact({ likes: parseCount(likes) }) : undefined,
    parentKey, element: con.parentElement ?? con, map: ex.map, debug: { matched },
  } satisfies Unit);
}

function findUnits(root: ParentNode, now: Date): Unit[] {
  const units: Unit[] = [];
  const cards = pickAll(root, sel.card);
  for (const c of cards?.els ?? []) units.push(...cardUnits(c, now));
  const comments = pickAll(root, sel.comment);
  if (!comments) return units;
  // Comments belong to the detail page's post, whose card may lie outside an incrementally scanned root.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const pageCard = units[0]?.element ?? pick(doc, sel.card)?.el;
  const pagePost = units[0]?.key ?? (pageCard ? cardUnits(pageCard, now)[0]?.key : undefined);
  for (const con of comments.els) {
    const postId = pagePost?.replace(/^weibo:(h:)?/, '') ?? '';
    const c = commentUnit(con, 'comment', pagePost, postId, now);
    if (!c) continue;
    c.debug.matched.unit = comments.matched;
    units.push(c);
    for (const r of pickAll(con, sel.reply)?.els ?? []) {
      const ru = commentUnit(r, 'reply', c.key, postId, now);
      if (ru) units.push(ru);
    }
  }
  return units;
}

function detectLoginWall(doc: Document): LoginWall | null {
  return pick(doc, sel.loginWall)
    ? { platform: 'weibo', message: '微博要求登录才能继续浏览，请自行在页面中登录（不会替你登录）/ Weibo asks you to log in; please log in yourself.' }
    : null;
}

export const weibo: SiteAdapter = {
  id: 'weibo',
  platform: 'weibo',
  hosts: ['weibo.com', 'www.weibo.com'],
  matches: ['*://weibo.com/*', '*://www.weibo.com/*'],
  testUrls: [
    'http://weibo.com/',
    'http://weibo.com/u/2803301701/',
    'http://weibo.com/5678901234/QbX7nA2Ke/',
    'http://weibo.com/u/7001002003/',
  ],
  findUnits,
  unitContainers: [...sel.card, ...sel.comment].map((f) => f.css).join(', '),
  // A card holds its post and repost; a comment finds its post from the page (findUnits above).
  containersStandAlone: true,
  detectLoginWall,
  feedRoot: (doc) => pick(doc, sel.feedRoot)?.el ?? doc.body,
};
