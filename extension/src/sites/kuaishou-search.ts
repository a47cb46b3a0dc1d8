import { authorFrom, compact, readCount } from './parts.ts';
import { note, pick, pickAll, type FallbackList } from './selectors.ts';
import { extractText } from './text-map.ts';
import type { Unit } from './types.ts';

// 快手 search results (/search/video?searchKey=…): each video card is a post keyed by its photoId, the key its
// video page gives it. The results come over /rest/v/search/feed, so the page's __APOLLO_STATE__ holds none of them
// (its hot words only): cards are read from the DOM. Author and likes are both printed as .info-text; the card
// shows no time. The 相关用户 card, live cards and the 相关搜索 list are no video cards.

export const SEARCH_PATH = /^\/search\//;

const sel = {
  card: [{ css: '.video-card', why: 'video card of the search results (.video-card-main inside)' }],
  link: [{ css: 'a[href*="/short-video/"]', why: 'link to the video page, the photoId in its path' }],
  caption: [
    { css: '.video-info-title', why: 'caption under the cover' },
    { css: '.video-info h3, .video-card-main h3', why: 'caption heading, where a release renamed its class' },
  ],
  author: [
    { css: 'a[href*="/profile/"] .author-name', why: 'author name in the profile link' },
    { css: 'a[href*="/profile/"]', why: 'profile link (name as .info-text inside)' },
  ],
  likes: [
    { css: '.info-like .info-text, .like-count', why: 'like count beside the heart' },
    { css: '.info-text', why: 'the .info-text outside the profile link', text: /^\s*[\d.]+\s*(?:万|w|W)?\+?\s*$/ },
  ],
} satisfies Record<string, FallbackList>;

/** The element a search page's changes are read by: one per result card. */
export const searchCardCss = sel.card.map((f) => f.css).join(', ');

const PHOTO = /\/short-video\/([A-Za-z0-9_-]+)/;

function cardUnit(card: Element): Unit | null {
  const matched: Record<string, string> = {};
  const id = PHOTO.exec(note(matched, 'permalink', pick(card, sel.link))?.el.getAttribute('href') ?? '')?.[1];
  const caption = note(matched, 'text', pick(card, sel.caption))?.el;
  if (!id || !caption) return null;
  const ex = extractText([caption]);
  if (!ex.text) return null;
  const link = note(matched, 'author', pick(card, sel.author))?.el.closest('a[href*="/profile/"]');
  const likes = readCount(matched, 'likes', note(matched, 'likes', pick(card, sel.likes, (el) => !el.closest('a[href*="/profile/"]')))?.el.textContent);
  return compact({
    key: `kuaishou:${id}`, platform: 'kuaishou', kind: 'post', text: ex.text, truncated: ex.truncated,
    author: link ? authorFrom(link) : undefined,
    permalink: `https://www.kuaishou.com/short-video/${id}`,
    counts: likes !== undefined ? { likes } : undefined, element: card, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/** The result cards' units under `root` (a card itself, or a batch the page added). */
export function searchUnits(root: ParentNode): Unit[] {
  const cards = pickAll(root, sel.card);
  const out: Unit[] = [];
  for (const card of cards?.els ?? []) {
    const u = cardUnit(card);
    if (!u || out.some((o) => o.key === u.key)) continue;
    u.debug.matched.unit = cards!.matched;
    out.push(u);
  }
  return out;
}
