import { nameText } from './badges.ts';
import { compact, readCount } from './parts.ts';
import { note, pick, pickAll, type FallbackList } from './selectors.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { Unit } from './types.ts';

// B站 search results (search.bilibili.com/all and /video?keyword=…): each video card is a post keyed by its BV id,
// the key its video page gives it. The title is the card's heading, where the search prints the keyword in
// <em class="keyword"> (青禾 and 乳业 as two ems), so the words are read across nodes; its `title` attribute holds
// the plain title. The UP name and `· 11-20` / `· 3小时前` share the owner link; views and danmaku sit on the cover.
// User, 番剧/影视 and live cards are no video cards; an ad card is one, tagged 广告 and linked to cm.bilibili.com.

export const SEARCH_HOST = 'search.bilibili.com';

const sel = {
  card: [{ css: '.bili-video-card', why: 'video card of the 综合 and 视频 result lists' }],
  link: [{ css: 'a[href*="/video/BV"]', why: 'link to the video page, the BV id in its path' }],
  title: [
    { css: '.bili-video-card__info--tit', why: 'title heading (keyword in em.keyword, plain title in [title])' },
    { css: 'a[href*="/video/BV"] h3', why: 'heading inside the video link, where a release renamed the BEM classes' },
  ],
  author: [
    { css: '.bili-video-card__info--author', why: 'UP name in the owner link' },
    { css: 'a[href*="space.bilibili.com"] > span', why: 'first span of the owner link, classes renamed' },
  ],
  owner: [{ css: 'a[href*="space.bilibili.com"]', why: 'owner link to the UP’s space (uid in the path)' }],
  date: [
    { css: '.bili-video-card__info--date', why: 'publish date after the name: · 11-20, · 3小时前, · 2025-03-01' },
    { css: 'a[href*="space.bilibili.com"] > span', why: 'the span of the owner link that starts with ·', text: /^\s*·/ },
  ],
  views: [{ css: '.bili-video-card__stats--item', why: 'first figure on the cover: views (then danmaku)' }],
  ad: [
    { css: '.bili-video-card__info--ad', why: '广告 tag of a promoted card' },
    { css: 'a[href*="cm.bilibili.com"]', why: 'link through the ad server' },
  ],
} satisfies Record<string, FallbackList>;

/** The element a search page's changes are read by: one per result card. */
export const searchCardCss = sel.card.map((f) => f.css).join(', ');

const BV = /\/video\/(BV[0-9A-Za-z]{10})/;

function cardUnit(card: Element, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  if (pick(card, sel.ad)) return null;
  const bvid = BV.exec(note(matched, 'permalink', pick(card, sel.link))?.el.getAttribute('href') ?? '')?.[1];
  const title = note(matched, 'text', pick(card, sel.title))?.el;
  if (!bvid || !title) return null;
  const ex = extractText([title]);
  if (!ex.text) return null;
  const name = note(matched, 'author', pick(card, sel.author))?.el;
  const owner = name?.closest('a') ?? pick(card, sel.owner)?.el;
  const uid = /space\.bilibili\.com\/(\d+)/.exec(owner?.getAttribute('href') ?? '')?.[1];
  const author = name ? nameText(name).trim() : '';
  const views = readCount(matched, 'views', note(matched, 'views', pick(card, sel.views))?.el.textContent);
  return compact({
    key: `bilibili:${bvid}`, platform: 'bilibili', kind: 'post', text: ex.text, truncated: ex.truncated,
    author: author ? compact({ name: author, id: uid }) : undefined,
    permalink: `https://www.bilibili.com/video/${bvid}`,
    publishedAt: parseTime(note(matched, 'time', pick(card, sel.date))?.el.textContent, now),
    counts: views !== undefined ? { views } : undefined, element: card, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/** The result cards' units under `root` (a card itself, or a list the page added). */
export function searchUnits(root: ParentNode, now: Date): Unit[] {
  const cards = pickAll(root, sel.card);
  const out: Unit[] = [];
  for (const card of cards?.els ?? []) {
    const u = cardUnit(card, now);
    if (!u || out.some((o) => o.key === u.key)) continue;
    u.debug.matched.unit = cards!.matched;
    out.push(u);
  }
  return out;
}
