import { commentWords, nameText } from './badges.ts';
import { countShape } from './counts.ts';
import { textHash } from './hash.ts';
import { absoluteUrl, authorFrom, compact, readCount } from './parts.ts';
import { note, noteHeuristic, pick, within, type FallbackList } from './selectors.ts';
import { leaves, timeOf } from './shapes.ts';
import { blocked, rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { Unit, UnitAuthor } from './types.ts';
import { hasLayout, isVisible } from './visibility.ts';

// douyin.com search results (/search/{keyword}, /root/search/{keyword}) and a creator's profile (/user/{sec_uid})
// list videos as cards in ul[data-e2e="scroll-list"], on a profile inside [data-e2e="user-post-list"]. A card links
// to its video (/video/{aweme_id}, /note/{id}) or opens it in the page's modal (?modal_id={aweme_id}); user, live and
// 相关搜索 cards share the list and are no units. Classes are hashed per build, so a card's fields are read by their
// place: the caption beside the "@name · 3天前" row, the one count on the cover (likes). A profile's cards print no
// author: the profile's owner is theirs. Cover badges (置顶, 图文) and a cover's alt (the caption again) are no words.

/** Pages whose lists hold video cards (path only: the video page and the feed never pay for these selectors). */
export const LIST_PAGE = /^\/(?:root\/)?search\/|^\/user\//;
export const CARD = '[data-e2e="scroll-list"] li';

const LIST = '[data-e2e="scroll-list"]';
const ID = /\/(?:video|note)\/(\d+)|[?&]modal_id=(\d+)/;
const USER_ID = /\/user\/([^/?#]+)/;
/** The author cell: "@" alone before the name, or the name printed after it. */
const AT = /^@\S{0,30}$/;
const INLINE = /^(?:A|SPAN|EM|B|STRONG|I|FONT|SMALL|LABEL)$/;
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;

export const listSel = {
  list: [
    { css: LIST, why: 'data-e2e: the results or post list' },
    { css: '[data-e2e="user-post-list"]', why: 'data-e2e: a profile’s post list (its items still loading)' },
  ],
  video: [
    { css: 'a[href*="/video/"], a[href*="/note/"]', why: 'the card links to its video (/video/{aweme_id}, /note/{id})' },
    { css: 'a[href*="modal_id="]', why: 'the card opens its video in the page’s modal (?modal_id={aweme_id})' },
  ],
  live: [{ css: 'a[href*="live.douyin.com"], a[href*="/live/"]', why: 'a live room card (直播中): no video' }],
  title: [{ css: 'a[href*="/video/"] p, a[href*="/note/"] p', why: 'profile card: the title paragraph in the video link' }],
  author: [{ css: 'a[href*="/user/"]', why: 'structure: the card’s profile link (sec_uid in href)', text: /\S/ }],
  owner: [
    { css: '[data-e2e="user-info"] h1', why: 'data-e2e: the profile owner’s name, author of the post list' },
    { css: '[data-e2e="user-detail"] h1', why: 'data-e2e: the profile header’s name' },
  ],
} satisfies Record<string, FallbackList>;

/** Fields no selector can name, read by their place in the card (labels as the debug view shows them). */
const placed = {
  author: '@name — structure: the name after @ in the card’s author row',
  time: '@row · time — structure: the time after the author (· 3天前, · 11月20日, · 2025年03月01日)',
  text: '@row sibling — structure: the caption block beside the author row',
  likes: 'cover count — structure: the one count a card shows, on its cover (likes)',
};

interface AuthorRow {
  row: Element;
  name: Element;
  time?: Element;
}

/**
 * The card's "@name · time" row. A caption may @mention someone too: the row is the @ that opens its block, one
 * with a time where several do.
 */
function authorRow(card: Element, now: Date): AuthorRow | undefined {
  const rows: AuthorRow[] = [];
  for (const at of leaves(card, (el) => AT.test((el.textContent ?? '').trim()), (el) => blocked(el))) {
    const name = (at.textContent ?? '').trim() === '@' ? at.nextElementSibling : at;
    let row = at.parentElement;
    while (row && row !== card && INLINE.test(row.tagName)) row = row.parentElement;
    if (!name || !row || row === card || !opens(row, at)) continue;
    const time = leaves(row, (el) => !el.contains(name) && timeOf(el, now) !== undefined, (el) => blocked(el) || el === name)[0];
    rows.push({ row, name, time });
  }
  return rows.find((r) => r.time) ?? rows[0];
}

/** Whether nothing but spaces precedes `at` in its block. */
function opens(block: Element, at: Element): boolean {
  for (let n: Node = at; n !== block && n.parentNode; n = n.parentNode) {
    for (let p = n.previousSibling; p; p = p.previousSibling) if ((p.textContent ?? '').trim()) return false;
  }
  return true;
}

/** Words outside counts and durations (a cover prints only those, an alt-less image and its badges). */
function hasWords(el: Element): boolean {
  const chrome = (e: Element) => {
    const t = (e.textContent ?? '').trim();
    return countShape(t) !== undefined || DURATION.test(t);
  };
  return extractText([el], { skip: chrome }).text.trim() !== '';
}

/** The caption block beside the author row, above it or (a release reordering the card) below it. */
function besideRow(card: Element, row: Element, likes: Element | undefined): Element | undefined {
  for (let r = row; r !== card && r.parentElement; r = r.parentElement) {
    for (const s of [r.previousElementSibling, r.nextElementSibling]) {
      if (s && !blocked(s) && !(likes && s.contains(likes)) && hasWords(s)) return s;
    }
    // Only wrappers are climbed: the row's own block with nothing beside it holds no caption.
    if (r.parentElement.children.length > 1) return undefined;
  }
  return undefined;
}

/** The cover the likes are printed on: the block around them that holds the picture. */
function coverOf(card: Element, likes: Element | undefined): Element | undefined {
  for (let e = likes?.parentElement; e && e !== card; e = e.parentElement) if (e.querySelector('img, video')) return e;
  return undefined;
}

/** The profile's owner, author of every card in its post list: the header's name, the sec_uid of the page's URL. */
function ownerOf(doc: Document, matched: Record<string, string>): UnitAuthor | undefined {
  const h = pick(doc, listSel.owner);
  const name = h ? nameText(h.el).replace(/\s+/g, ' ').trim() : '';
  if (!h || !name) return undefined;
  matched.author = h.matched;
  const id = USER_ID.exec(doc.location?.pathname ?? '')?.[1];
  const url = id && id !== 'self' ? absoluteUrl(`/user/${id}`, doc) : undefined;
  return url ? { name, id, url } : { name };
}

function cardUnit(card: Element, owner: UnitAuthor | undefined, ownerMatched: string | undefined, now: Date): Unit | null {
  if (pick(card, listSel.live)) return null;
  const matched: Record<string, string> = {};
  const link = note(matched, 'id', pick(card, listSel.video))?.el;
  const m = ID.exec(link?.getAttribute('href') ?? '');
  const id = m?.[1] ?? m?.[2];
  const at = authorRow(card, now);
  // A card without a video link is a video only where it prints an author the way video cards do.
  if (!id && !at) return null;
  const skipRow = (el: Element) => blocked(el) || el === at?.row;
  const likesEl = leaves(card, (el) => countShape(el.textContent) !== undefined, skipRow)[0];
  let captionEl = at ? besideRow(card, at.row, likesEl) : undefined;
  if (captionEl) matched.text = placed.text;
  captionEl ??= note(matched, 'text', pick(card, listSel.title))?.el;
  // By shape, the longest words outside the author row and the cover (whose alt may repeat the caption).
  const cover = coverOf(card, likesEl);
  const chrome = (el: Element) => el === at?.row || el === cover;
  captionEl ??= noteHeuristic(matched, 'text', textBlockOf(card, rowsOf(card, now, chrome), chrome));
  if (!captionEl) return null;
  const ex = commentWords([captionEl]);
  if (!ex.text) return null;
  let author = owner;
  if (author && ownerMatched) matched.author = ownerMatched;
  else if (at) {
    const profile = at.name.closest('a[href*="/user/"]');
    author = profile && card.contains(profile) ? authorFrom(profile, USER_ID) : { name: nameText(at.name).trim().replace(/^@/, '') };
    matched.author = placed.author;
  } else {
    const profile = note(matched, 'author', pick(card, listSel.author))?.el;
    author = profile ? authorFrom(profile, USER_ID) : undefined;
  }
  const publishedAt = parseTime(at?.time?.textContent, now);
  if (publishedAt) matched.time = placed.time;
  const likes = likesEl ? readCount(matched, 'likes', likesEl.textContent) : undefined;
  if (likes !== undefined) matched.likes = placed.likes;
  return compact({
    key: id ? `douyin:${id}` : `douyin:h:${textHash(`${author?.name ?? ''}\n${ex.text}`)}`, platform: 'douyin',
    kind: 'post', text: ex.text, truncated: ex.truncated, author, permalink: id ? `https://www.douyin.com/video/${id}` : undefined,
    publishedAt, counts: likes !== undefined ? { likes } : undefined, element: card, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/**
 * The video cards under `root` (itself included) on a search or profile page, each visible card once (the page
 * server-renders 0×0 copies for crawlers), none keyed `shown` (the video the page's modal shows is the modal's unit).
 */
export function listUnits(root: ParentNode, now: Date, shown?: string): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const layout = hasLayout(doc);
  const ownerMatched: Record<string, string> = {};
  let owner: UnitAuthor | undefined | null = null;
  const units: Unit[] = [];
  const seen = new Set<string>(shown ? [shown] : []);
  for (const card of within(root, CARD)) {
    const list = card.closest(LIST);
    const outer = card.parentElement?.closest('li');
    // A module nesting a list of its own (相关搜索) is one card.
    if (!list || (outer && list.contains(outer)) || !isVisible(card, list, layout)) continue;
    const own = !!card.closest('[data-e2e="user-post-list"]');
    if (own && owner === null) owner = ownerOf(doc, ownerMatched);
    const u = cardUnit(card, own ? (owner ?? undefined) : undefined, own ? ownerMatched.author : undefined, now);
    if (!u || seen.has(u.key)) continue;
    seen.add(u.key);
    units.push(u);
  }
  return units;
}
