import { commentWords, nameText } from './badges.ts';
import { SEARCH_HOST, searchCardCss, searchUnits } from './bilibili-search.ts';
import { parseCount } from './counts.ts';
import { textHash } from './hash.ts';
import { compact, readCount } from './parts.ts';
import { dig, removalStatus, scriptState, str } from './page-state.ts';
import { note, pick, type FallbackList } from './selectors.ts';
import { deepAll, inShadow } from './shadow.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { LoginWall, SiteAdapter, Unit } from './types.ts';

// B站 video pages /video/{BV…} (issue 14, notes/platforms.md C.3). The video from __INITIAL_STATE__.videoData and
// the toolbar; comments live in nested open shadow roots: bili-comments → bili-comment-thread-renderer →
// bili-comment-renderer (#body: user-info, rich-text, action buttons) and, under #replies, the reply renderers.
// A comment's unit element is its #body inside the renderer's shadow root, which can carry a badge. Search result
// pages (search.bilibili.com) are read by bilibili-search.ts alone: their cards stand alone, and no video or comment
// selector runs there, nor a card selector on a video page.

const sel = {
  video: [{ css: '#viewbox_report, .video-info-container', why: 'video info block' }, { css: '.left-container', why: 'left column of the video page' }],
  title: [{ css: 'h1.video-title', why: 'title heading (data-title)' }, { css: '.video-info-container h1', why: 'any title heading' }],
  desc: [{ css: '.video-desc-container .desc-info-text', why: 'description text' }],
  up: [{ css: 'a.up-name', why: 'uploader link' }, { css: '.up-detail .up-name', why: 'uploader name' }],
  pubdate: [{ css: '.pubdate-ip-text', why: 'publish time (2026-04-22 19:00:00)' }, { css: '.pubdate-count', why: 'older publish time' }],
  loginWall: [{ css: '.bili-mini-mask, .login-tip, .bili-comments-login-tip', why: 'login prompt or mask', text: /登录/ }],
  commentsLogin: [{ css: 'div, p, span, a', why: 'the comment component’s own 登录后查看更多评论 bar, by its words', text: /^\s*登录后(?:查看|发表|参与|才能)/ }],
} satisfies Record<string, FallbackList>;

const toolbar: [keyof NonNullable<Unit['counts']>, string, string][] = [
  ['likes', '.video-toolbar-left .video-like-info', 'like'],
  ['collects', '.video-toolbar-left .video-fav-info', 'favorite'],
  ['shares', '.video-toolbar-left .video-share-info', 'share'],
  ['comments', '.video-info-meta .reply-text, .video-toolbar-left .video-reply-info', 'reply'],
  ['views', '.video-info-meta .view-text', 'view'],
];

function videoUnit(doc: Document, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const scope = pick(doc, sel.video)?.el ?? doc.body;
  const data = dig(scriptState(doc, '__INITIAL_STATE__'), 'videoData') as Record<string, unknown> | undefined;
  if (data) matched.state = '__INITIAL_STATE__.videoData';
  const title = note(matched, 'title', pick(doc, sel.title))?.el;
  const desc = note(matched, 'text', pick(doc, sel.desc))?.el;
  const parts = [title, desc].filter((e): e is Element => !!e);
  if (parts.length === 0) return null;
  const ex = extractText(parts);
  const bvid = str(data?.bvid) ?? /\/video\/(BV[0-9A-Za-z]+)/.exec(doc.location?.pathname ?? '')?.[1];
  const owner = data?.owner as Record<string, unknown> | undefined;
  const stat = data?.stat as Record<string, unknown> | undefined;
  const counts: NonNullable<Unit['counts']> = {};
  for (const [field, css, key] of toolbar) {
    const n = typeof stat?.[key] === 'number' ? (stat[key] as number) : readCount(matched, field, doc.querySelector(css)?.textContent);
    if (n !== undefined) counts[field] = n;
  }
  const up = pick(doc, sel.up)?.el;
  return compact({
    key: `bilibili:${bvid ?? textHash(ex.text)}`, platform: 'bilibili', kind: 'post', text: ex.text, truncated: ex.truncated,
    author: owner ? compact({ name: str(owner.name) ?? '', id: str(owner.mid) }) : up ? { name: up.textContent?.trim() ?? '' } : undefined,
    permalink: bvid ? `https://www.bilibili.com/video/${bvid}` : undefined,
    publishedAt: typeof data?.pubdate === 'number' ? new Date(data.pubdate * 1000).toISOString() : parseTime(pick(doc, sel.pubdate)?.el.textContent, now),
    counts, element: title ?? scope, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/** One comment or reply renderer: everything sits one or two shadow roots down. */
function rendererUnit(renderer: Element, kind: 'comment' | 'reply', parentKey: string | undefined, now: Date): Unit | null {
  const sr = renderer.shadowRoot;
  if (!sr) return null;
  const matched: Record<string, string> = { unit: `${renderer.localName} — shadow root` };
  const body = sr.querySelector('#body') ?? sr.querySelector('#main');
  const contents = inShadow(sr.querySelector('bili-rich-text'), '#contents');
  if (!body || !contents) return null;
  matched.text = 'bili-rich-text › #contents';
  // Tags B站 prints with the words (置顶, 热评, UP主觉得很赞) or the name (UP) are not the commenter's (badges.ts).
  const ex = commentWords([contents]);
  const user = inShadow(sr.querySelector('bili-comment-user-info'), '#user-name');
  const name = user ? nameText(user).trim() : undefined;
  // #user-name is the link itself, or a box around it: the uid is on either, or in the space.bilibili.com href.
  const link = user?.matches('[data-user-profile-id], a[href]') ? user : user?.querySelector('[data-user-profile-id], a[href]');
  const uid = link?.getAttribute('data-user-profile-id') ?? /space\.bilibili\.com\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  const actions = sr.querySelector('bili-comment-action-buttons-renderer');
  const when = inShadow(actions, '#pubdate')?.textContent;
  const countEl = inShadow(actions, '#count');
  // An empty #count means no likes yet.
  const likes = countEl ? (countEl.textContent?.trim() ? readCount(matched, 'likes', countEl.textContent) : 0) : undefined;
  if (name) matched.author = 'bili-comment-user-info › #user-name';
  return compact({
    key: `bilibili:c:${textHash(`${parentKey ?? ''}\n${name ?? ''}\n${ex.text}`)}`, platform: 'bilibili', kind, text: ex.text,
    truncated: ex.truncated, author: name ? compact({ name, id: uid ?? undefined }) : undefined,
    publishedAt: parseTime(when, now), counts: likes !== undefined ? { likes } : undefined, parentKey,
    element: body, map: ex.map, debug: { matched },
  } satisfies Unit);
}

const onSearch = (doc: Document) => doc.location?.hostname === SEARCH_HOST;

function findUnits(root: ParentNode, now: Date): Unit[] {
  // Comments hide behind shadow boundaries an incremental root cannot see past: every scan reads the page.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (onSearch(doc)) return searchUnits(root, now);
  const units: Unit[] = [];
  const video = videoUnit(doc, now);
  if (video) units.push(video);
  for (const thread of deepAll(doc, 'bili-comment-thread-renderer')) {
    const c = rendererUnit(inShadow(thread, '#comment') ?? thread, 'comment', video?.key, now);
    if (!c) continue;
    units.push(c);
    const replies = inShadow(thread, '#replies bili-comment-replies-renderer');
    for (const r of replies ? Array.from((replies.shadowRoot ?? replies).querySelectorAll('bili-comment-reply-renderer')) : []) {
      const u = rendererUnit(r, 'reply', c.key, now);
      if (u) units.push(u);
    }
  }
  return units;
}

function detectLoginWall(doc: Document): LoginWall | null {
  // A logged-out reader sees a few comments and a login bar inside the comment component's shadow root, which no
  // selector on the page reaches: that root alone is read, not the nested ones of each comment.
  const comments = doc.querySelector('bili-comments')?.shadowRoot;
  return pick(doc, sel.loginWall) || (comments && pick(comments, sel.commentsLogin))
    ? { platform: 'bilibili', message: 'B站要求登录才能看全部评论，请自行登录（不会替你登录）/ Bilibili asks you to log in to see all comments; please log in yourself.' }
    : null;
}

export const bilibili: SiteAdapter = {
  id: 'bilibili',
  platform: 'bilibili',
  hosts: ['www.bilibili.com', 'bilibili.com', 'm.bilibili.com', SEARCH_HOST],
  matches: ['*://www.bilibili.com/*', '*://bilibili.com/*', '*://m.bilibili.com/*', `*://${SEARCH_HOST}/*`],
  testUrls: [
    'http://www.bilibili.com/video/BV1Qh411q7Hx/', 'http://www.bilibili.com/video/BV1Qh411q7De/',
    'http://search.bilibili.com/all?keyword=青禾乳业',
  ],
  findUnits,
  earlyState: ['__INITIAL_STATE__'],
  // Only search pages have these cards, and there each card is read on its own.
  unitContainers: searchCardCss,
  containersStandAlone: onSearch,
  shadow: true,
  detectLoginWall,
  // A result titled 视频不见了 is no removal page.
  pageStatus: (doc) => (onSearch(doc) || pick(doc, sel.title)
    ? { status: 'online', message: '' }
    : removalStatus(doc, { deleted: /视频不见了|稿件不存在|视频已删除|啊叻？视频不见了/, blocked: /因违反[^。]{0,30}(规则|规定)|已被锁定|审核未通过/ })),
  feedRoot: (doc) => doc.querySelector('#app') ?? doc.body,
};
