import { commentWords } from './badges.ts';
import { parseCount } from './counts.ts';
import { textHash } from './hash.ts';
import { authorFrom, compact, readCount } from './parts.ts';
import type { Counts } from '@vigil/shared/engine/types';
import { removalStatus } from './page-state.ts';
import { note, noteHeuristic, pick, pickAll, within, type FallbackList } from './selectors.ts';
import { rowsOf, textBlockOf, type Rows } from './structure.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { LoginWall, SiteAdapter, Unit } from './types.ts';
import { hasLayout, isVisible } from './visibility.ts';
import { douyinHot } from './douyin-hot.ts';
import { CARD, LIST_PAGE, listSel, listUnits } from './douyin-lists.ts';

// douyin.com (issue 4): video page with comments, and the feed; search results and profiles (douyin-lists.ts),
// whose videos open in a modal on the same page (?modal_id=) with the video page's hooks and comment list.
// `data-e2e` hooks are the most stable selectors.
// The comment list starts with hidden 0×0 duplicates rendered for SEO: only visible items count. A comment's
// subtree also holds its replies, which are units of their own and kept out of the parent's text. Badges (置顶,
// 作者赞过, 作者回复过, 作者) are never a comment's words nor part of its author's name, wherever they are printed.

const COMMENT = '[data-e2e="comment-item"]';
const COMMENT_LIST = '[data-e2e="comment-list"], [class*="comment-mainContent"]';
const USER_ID = /\/user\/([^/?#]+)/;

const sel = {
  detail: [
    { css: '[data-e2e="video-detail"]', why: 'data-e2e: video detail root (the video page, or the modal of a list)' },
    { css: '[data-e2e="modal-video-container"]', why: 'data-e2e: a modal that shows the feed player instead' },
  ],
  info: [{ css: '[data-e2e="detail-video-info"]', why: 'data-e2e: caption block with data-e2e-aweme-id' }],
  caption: [
    { css: '[data-e2e="detail-video-info"] h1', why: 'caption heading of the video page' },
    { css: '[data-e2e="video-desc"]', why: 'data-e2e: caption (feed and older detail)' },
  ],
  publishTime: [
    { css: '[data-e2e="detail-video-publish-time"]', why: 'data-e2e: 发布时间：…' },
    { css: '[class*="publish-time"], [class*="create-time"]', why: 'class fallback for the time' },
  ],
  author: [
    { css: '[data-e2e="user-info"] a[href*="/user/"]', why: 'data-e2e: author block link (sec_uid in href)', text: /\S/ },
    { css: '[data-e2e="feed-video-nickname"]', why: 'data-e2e: feed nickname' },
    { css: 'a[href*="/user/"]', why: 'structure: first named profile link', text: /\S/ },
  ],
  feedItem: [
    { css: '[data-e2e="feed-item"]', why: 'data-e2e: feed item' },
    { css: '[data-e2e="feed-active-video"]', why: 'data-e2e: the playing video (single-item feed)' },
  ],
  comment: [{ css: `[data-e2e="comment-list"] ${COMMENT}`, why: 'data-e2e: comment items in the list' }],
  commentText: [
    { css: '[class*="comment-mainContent"]', why: 'class hook kept across builds: comment body' },
    { css: '[class*="comment-item-info-wrap"] > div:nth-child(2)', why: 'structure: second line of the info block' },
  ],
  commentTime: [
    { css: '[class*="comment-item-stats-container"] [class*="time"]', why: 'time span in the stats row' },
    { css: '[class*="comment-item-stats-container"] span', why: 'first span of the stats row (3天前·广东)' },
  ],
  commentLikes: [
    { css: '[class*="comment-item-stats-container"] [class*="digg"] span', why: 'like count in the stats row' },
    { css: '[class*="comment-item-stats-container"] p span', why: 'structure: count paragraph in the stats row' },
  ],
  loginWall: [{ css: '[data-e2e="login-modal"]', why: 'data-e2e: login modal' }],
  feedRoot: [
    { css: '#douyin-right-container', why: 'content column: video page with its comment list, or the feed' },
    { css: '#root', why: 'app root' },
  ],
} satisfies Record<string, FallbackList>;

const countHooks = {
  likes: '[data-e2e="video-player-digg"]',
  comments: '[data-e2e="feed-comment-icon"]',
  collects: '[data-e2e="video-player-collect"]',
  shares: '[data-e2e="video-player-share"]',
} as const;

function countsIn(scope: Element, matched: Record<string, string>, now: Date): Counts {
  const out: Counts = {};
  let rows: Rows | undefined;
  for (const [field, css] of Object.entries(countHooks) as [keyof typeof countHooks, string][]) {
    const el = scope.querySelector(css);
    if (el) {
      out[field] = readCount(matched, field, el.textContent);
      matched[field] = `${css} — data-e2e count`;
    } else {
      rows ??= rowsOf(scope, now, (e) => e.matches(COMMENT_LIST), ['likes', 'comments', 'collects', 'shares']);
      const h = rows.counts[field];
      if (h) out[field] = noteHeuristic(matched, field, readCount(matched, field, h.el.textContent) ?? h.n);
    }
  }
  return compact(out);
}

function videoUnit(scope: Element, id: string | undefined, captionList: FallbackList, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const caption = note(matched, 'text', pick(scope, captionList));
  if (!caption) return null;
  const ex = extractText([caption.el]);
  const named = note(matched, 'author', pick(scope, sel.author))?.el;
  const link = named?.closest('a') ?? named;
  const author = link ? authorFrom(link, USER_ID) : undefined;
  const url = id ? `https://www.douyin.com/video/${id}` : undefined;
  return compact({
    key: id ? `douyin:${id}` : `douyin:h:${textHash(`${author?.name ?? ''}\n${ex.text}`)}`, platform: 'douyin',
    kind: 'post', text: ex.text, truncated: ex.truncated, author, permalink: url,
    publishedAt: parseTime(note(matched, 'time', pick(scope, sel.publishTime))?.el.textContent, now),
    counts: countsIn(scope, matched, now), element: scope, map: ex.map, debug: { matched },
  } satisfies Unit);
}

function commentUnit(item: Element, parentKey: string | undefined, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const own = (el: Element) => el.closest(COMMENT) === item;
  const nested = (el: Element) => el !== item && el.matches(COMMENT);
  let rows: Rows | undefined;
  const r = () => (rows ??= rowsOf(item, now, nested, ['likes']));
  // The text is a hashed block after (or beside) the author row: by name where a build kept one, else by shape.
  const body = note(matched, 'text', pick(item, sel.commentText, own))?.el ?? noteHeuristic(matched, 'text', textBlockOf(item, r(), nested));
  if (!body) return null;
  // 置顶 / 作者赞过 printed in the words' own line are badges, not the comment's first words.
  const ex = commentWords([body], { exclude: COMMENT });
  const link = pick(item, [sel.author[2] as FallbackList[number]], own)?.el;
  if (link) matched.author = sel.author[2]!.css;
  const author = link ? authorFrom(link, USER_ID) : undefined;
  const outer = item.parentElement?.closest(COMMENT);
  const timeEl = note(matched, 'time', pick(item, sel.commentTime, own))?.el ?? noteHeuristic(matched, 'time', r().time?.el);
  const likesEl = note(matched, 'likes', pick(item, sel.commentLikes, own))?.el;
  const likes = likesEl ? parseCount(likesEl.textContent) : noteHeuristic(matched, 'likes', r().counts.likes?.n);
  const aweme = parentKey?.replace(/^douyin:/, '') ?? '';
  return compact({
    key: `douyin:c:${aweme}:${textHash(`${author?.name ?? ''}\n${ex.text}`)}`, platform: 'douyin',
    kind: outer ? 'reply' : 'comment', text: ex.text, truncated: ex.truncated, author,
    publishedAt: parseTime(timeEl?.textContent, now),
    counts: likes !== undefined ? { likes } : undefined,
    parentKey: outer ? undefined : parentKey, element: item, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/**
 * The aweme id of the video `detail` shows: its own hook, else the modal's ?modal_id= (a search or profile page
 * whose cards may carry ids of their own), else the page's, else the video page's URL.
 */
function awemeId(doc: Document, detail?: Element): string | undefined {
  const hook = '[data-e2e-aweme-id]';
  const own = detail?.querySelector(hook)?.getAttribute('data-e2e-aweme-id');
  if (own) return own;
  const href = doc.location?.href ?? '';
  const modal = /[?&]modal_id=(\d+)/.exec(href)?.[1];
  if (modal) return modal;
  const attr = doc.querySelector(hook)?.getAttribute('data-e2e-aweme-id');
  if (attr) return attr;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? href;
  return /\/(?:video|note)\/(\d+)/.exec(canonical)?.[1];
}

const isListPage = (doc: Document) => LIST_PAGE.test(doc.location?.pathname ?? '');

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const units: Unit[] = [];
  const detail = pickAll(root, sel.detail)?.els[0];
  const id = awemeId(doc, detail);
  const post = detail ? videoUnit(detail, id, sel.caption, now) : null;
  if (isListPage(doc)) {
    // The video the modal shows is the modal's unit: its card in the list would be a second unit of that key.
    const modal = detail ?? pick(doc, sel.detail)?.el;
    const shown = modal ? awemeId(doc, modal) : undefined;
    units.push(...listUnits(root, now, shown ? `douyin:${shown}` : undefined));
  }
  if (post) units.push(post);
  for (const item of pickAll(root, sel.feedItem)?.els ?? []) {
    const vid = item.getAttribute('data-e2e-vid') ?? item.querySelector('[data-e2e-vid]')?.getAttribute('data-e2e-vid') ?? undefined;
    const u = videoUnit(item, vid, [sel.caption[1] as FallbackList[number]], now);
    if (u) units.push(u);
  }
  const layout = hasLayout(doc);
  const seen = new Set<string>();
  const parentKey = post?.key ?? (id ? `douyin:${id}` : undefined);
  for (const item of within(root, sel.comment[0]!.css)) {
    if (!isVisible(item, item.closest('[data-e2e="comment-list"]'), layout)) continue;
    const outer = item.parentElement?.closest(COMMENT);
    const c = commentUnit(item, parentKey, now);
    if (!c || seen.has(c.key)) continue;
    if (outer) c.parentKey = units.find((u) => u.element === outer)?.key;
    seen.add(c.key);
    units.push(c);
  }
  return units;
}

function detectLoginWall(doc: Document): LoginWall | null {
  const modal = pick(doc, sel.loginWall)?.el;
  return modal && isVisible(modal)
    ? { platform: 'douyin', message: '抖音弹出了登录框，请自行登录后继续（不会替你登录）/ Douyin shows a login dialog; please log in yourself.' }
    : null;
}

export const douyin: SiteAdapter = {
  id: 'douyin',
  platform: 'douyin',
  hosts: ['www.douyin.com', 'douyin.com'],
  matches: ['*://www.douyin.com/*', '*://douyin.com/*'],
  testUrls: [
    'http://www.douyin.com/video/7431234567890123456/', 'http://www.douyin.com/', 'http://www.douyin.com/video/7438765432109876543/',
    'http://www.douyin.com/video/7430000000000000404/', 'http://www.douyin.com/search/青禾乳业?type=general',
    'http://www.douyin.com/root/search/青禾乳业?type=video&modal_id=7441000000000000201',
    'http://www.douyin.com/user/MS4wLjABAAAAQhTest0Reviewer',
  ],
  findUnits,
  unitContainers: `${COMMENT}, [data-e2e="feed-item"], [data-e2e="video-detail"], ${CARD}`,
  detectLoginWall,
  hotList: douyinHot,
  // Removal pages (issue 14): the video page shows a notice instead of the detail block.
  // A list's captions may well say 违规 or 不存在: a page showing its list is online.
  pageStatus: (doc) => (pick(doc, sel.detail) || pick(doc, sel.feedItem) || (isListPage(doc) && pick(doc, listSel.list))
    ? { status: 'online', message: '' }
    : removalStatus(doc, { deleted: /作品已删除|作者已删除该作品|视频已删除|作品不存在|内容不存在|视频不存在/, blocked: /因违反[^。]{0,30}(规定|公约)|作品审核中|已被屏蔽|违规|该内容暂时无法查看/ })),
  // A list's modal opens outside the content column (a portal at the end of the body).
  feedRoot: (doc) => (isListPage(doc) ? doc.body : (pick(doc, sel.feedRoot)?.el ?? doc.body)),
};
