import { commentWords } from './badges.ts';
import { commentsByStructure } from './comments-by-structure.ts';
import { SEARCH_PATH, searchCardCss, searchUnits } from './kuaishou-search.ts';
import { parseCount } from './counts.ts';
import { textHash } from './hash.ts';
import { authorFrom, compact, readCount } from './parts.ts';
import { dig, removalStatus, scriptState, str } from './page-state.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { LoginWall, SiteAdapter, Unit } from './types.ts';

// 快手 video pages /short-video/{photoId} (issue 14, notes/platforms.md C.2). __APOLLO_STATE__ carries the photo
// (caption, likeCount, viewCount, timestamp in ms) and its author; its inline script removes itself once run, so
// its text is kept at document_start (earlyState, early-scripts.ts) and the page's own DOM is the fallback. Comments are
// server-rendered in the DOM since the comment GraphQL query was retired (2026); replies are comment items nested in
// their comment. Where a release renamed those classes, comments are found by structure (comments-by-structure.ts);
// a container that held none is not walked again until it changes outside the video's own parts. Search result
// pages (/search/…) are read by kuaishou-search.ts alone, card by card: no detail or comment selector runs there.

const sel = {
  detail: [
    { css: '.video-detail, .short-video-detail', why: 'detail page container' },
    { css: '.video-info', why: 'caption block as the container' },
  ],
  caption: [
    { css: '.video-info-title', why: 'caption under the player' },
    { css: '.video-info .title, [class*="caption"]', why: 'older caption classes' },
  ],
  author: [{ css: '.profile-user-name a[href*="/profile/"], a.profile-user-name[href*="/profile/"]', why: 'author link' }, { css: 'a[href*="/profile/"]', why: 'first profile link' }],
  time: [{ css: '.video-info-time, .photo-time', why: 'publish time under the caption' }],
  likes: [{ css: '.video-like-count, [class*="like-count"]', why: 'like count beside the player' }],
  comment: [{ css: '.comment-item.comment-list-item', why: 'server-rendered comment items' }, { css: '.comment-list .comment-item', why: 'comment items in the list' }],
  commentText: [{ css: '.comment-item-content', why: 'comment body' }],
  commentAuthor: [{ css: '.comment-item-author a[href], .author-name', why: 'commenter link or name' }],
  commentTime: [{ css: '.comment-item-time', why: 'comment time' }],
  commentLikes: [{ css: '.comment-item-like, [class*="like-num"]', why: 'comment like count' }],
  loginWall: [{ css: '.login-dialog, .login-modal, [class*="login-panel"]', why: 'login dialog', text: /登录/ }],
} satisfies Record<string, FallbackList>;

const PHOTO = /\/short-video\/([A-Za-z0-9_-]+)/;

function photoState(doc: Document, id: string | undefined) {
  const client = dig(scriptState(doc, '__APOLLO_STATE__'), 'defaultClient') as Record<string, unknown> | undefined;
  const photo = id ? (client?.[`VisionVideoDetailPhoto:${id}`] as Record<string, unknown> | undefined) : undefined;
  const authorRef = client && Object.keys(client).find((k) => k.startsWith('VisionVideoDetailAuthor:'));
  return { photo, author: authorRef ? (client?.[authorRef] as Record<string, unknown>) : undefined };
}

function videoUnit(doc: Document, scope: Element, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const id = PHOTO.exec(doc.location?.pathname ?? '')?.[1];
  const { photo, author } = photoState(doc, id);
  if (photo) matched.state = '__APOLLO_STATE__.defaultClient';
  const caption = note(matched, 'text', pick(scope, sel.caption))?.el ?? noteHeuristic(matched, 'text', textBlockOf(scope, rowsOf(scope, now)));
  if (!caption) return null;
  const ex = extractText([caption]);
  const link = pick(scope, sel.author)?.el;
  const who = author ? compact({ name: str(author.name) ?? '', id: str(author.id) }) : link ? authorFrom(link) : undefined;
  const at = typeof photo?.timestamp === 'number' ? new Date(photo.timestamp).toISOString() : parseTime(note(matched, 'time', pick(scope, sel.time))?.el.textContent, now);
  return compact({
    key: `kuaishou:${id ?? textHash(ex.text)}`, platform: 'kuaishou', kind: 'post', text: ex.text, truncated: ex.truncated,
    author: who, permalink: id ? `https://www.kuaishou.com/short-video/${id}` : undefined, publishedAt: at,
    counts: compact({
      likes: parseCount(str(photo?.realLikeCount) ?? str(photo?.likeCount)) ?? readCount(matched, 'likes', note(matched, 'likes', pick(scope, sel.likes))?.el.textContent),
      views: parseCount(str(photo?.viewCount)),
    }),
    element: scope, map: ex.map, debug: { matched },
  } satisfies Unit);
}

const onSearch = (doc: Document) => SEARCH_PATH.test(doc.location?.pathname ?? '');

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (onSearch(doc)) return searchUnits(root);
  const units: Unit[] = [];
  const scope = pick(doc, sel.detail)?.el;
  const post = scope ? videoUnit(doc, scope, now) : null;
  if (post && (root === doc || (root as Node).contains(scope!) || scope!.contains(root as Node))) units.push(post);
  const comments = pickAll(root, sel.comment);
  // Replies render inside their comment's body as comment items of their own (without comment-list-item): each is
  // read from its own parts, under the comment around it.
  const items = new Set(comments?.els ?? []);
  for (const top of comments?.els ?? []) top.querySelectorAll('.comment-item').forEach((r) => items.add(r));
  const keyOf = new Map<Element, string>();
  for (const item of [...items].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1))) {
    const matched: Record<string, string> = { unit: comments!.matched };
    const own = (el: Element) => el.closest('.comment-item') === item;
    const body = note(matched, 'text', pick(item, sel.commentText, own))?.el;
    if (!body) continue;
    const ex = commentWords([body]);
    const link = note(matched, 'author', pick(item, sel.commentAuthor, own))?.el;
    const author = link ? authorFrom(link) : undefined;
    const likes = readCount(matched, 'likes', note(matched, 'likes', pick(item, sel.commentLikes, own))?.el.textContent);
    const up = item.parentElement?.closest('.comment-item');
    const parentKey = up ? keyOf.get(up) : post?.key;
    const key = `kuaishou:c:${textHash(`${post?.key ?? ''}\n${author?.name ?? ''}\n${ex.text}`)}`;
    keyOf.set(item, key);
    units.push(compact({
      key, platform: 'kuaishou', kind: up ? 'reply' : 'comment',
      text: ex.text, truncated: ex.truncated, author, parentKey,
      publishedAt: parseTime(note(matched, 'time', pick(item, sel.commentTime, own))?.el.textContent, now),
      counts: likes !== undefined ? { likes } : undefined, element: item, map: ex.map, debug: { matched },
    } satisfies Unit));
  }
  // A release that renamed the comment classes leaves the comments to be found by structure, in the video's container.
  if (scope && !comments && pick(scope, sel.comment) === null && (root === doc || related(root, scope))) {
    const videoParts = (el: Element) => el.matches('.video-info, .player, .comment-input');
    for (const c of commentsByStructure({ platform: 'kuaishou', userId: /\/profile\/([^/?#]+)/ }, scope, post?.key, videoParts, now)) {
      if (related(root, c.element)) units.push(c);
    }
  }
  return units;
}

const related = (root: ParentNode, el: Element) => root === el.ownerDocument || (root as Node).contains(el) || el.contains(root as Node);

function detectLoginWall(doc: Document): LoginWall | null {
  return pick(doc, sel.loginWall)
    ? { platform: 'kuaishou', message: '快手要求登录，请自行登录后继续（不会替你登录）/ Kuaishou asks you to log in; please log in yourself.' }
    : null;
}

export const kuaishou: SiteAdapter = {
  id: 'kuaishou',
  platform: 'kuaishou',
  hosts: ['www.kuaishou.com', 'kuaishou.com'],
  matches: ['*://www.kuaishou.com/*', '*://kuaishou.com/*'],
  testUrls: [
    'http://www.kuaishou.com/short-video/3xqinghe2026abc', 'http://www.kuaishou.com/short-video/3xqinghe2026del',
    'http://www.kuaishou.com/search/video?searchKey=青禾乳业',
  ],
  findUnits,
  earlyState: ['__APOLLO_STATE__'],
  unitContainers: `.video-detail, .short-video-detail, .comment-item.comment-list-item, ${searchCardCss}`,
  containersStandAlone: onSearch,
  detectLoginWall,
  // A result captioned 作品已删除 is no removal page.
  pageStatus: (doc) => (onSearch(doc) || pick(doc, sel.detail)
    ? { status: 'online', message: '' }
    : removalStatus(doc, { deleted: /作品已删除|该作品已被删除|视频不存在|作品不存在/, blocked: /违规|审核未通过|已被屏蔽/ })),
  feedRoot: (doc) => doc.querySelector('.video-detail, .short-video-detail') ?? doc.body,
};
