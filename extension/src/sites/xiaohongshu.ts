import { commentWords, nameText } from './badges.ts';
import { commentsByStructure } from './comments-by-structure.ts';
import { parseCount } from './counts.ts';
import { compact, readCount } from './parts.ts';
import { dig, removalStatus, scriptState, str } from './page-state.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { LoginWall, SiteAdapter, Unit } from './types.ts';
import { hasLayout, isVisible } from './visibility.ts';

// 小红书 note pages (issue 14, notes/platforms.md C.1): /explore/{id} and /discovery/item/{id}. The note's author,
// time and counts come from the server-rendered __INITIAL_STATE__ (parsed from the script text: the global may be
// gone after hydration, and it holds bare `undefined`), the text from the DOM so it can be highlighted. A comment's
// trailing number is its likes; zero counts are shown as labels (赞, 收藏). Permalinks keep the xsec_token. Feeds
// (explore, search_result, profile) show note cards: each is a post keyed as its note, read card by card while no
// note is open; a search page's 大家都在搜 card sits in the same masonry without a note footer, and its user module
// holds no note card. Comments a release renamed are found by structure in the note's container
// (comments-by-structure.ts); a container that held none is not walked again until it changes outside the note's
// own parts.

const sel = {
  note: [
    { css: '#noteContainer', why: 'id of the note detail container' },
    { css: '.note-container', why: 'class of the note detail container' },
  ],
  title: [{ css: '#detail-title', why: 'id of the note title' }, { css: '.note-content .title', why: 'title in the note content' }],
  desc: [{ css: '#detail-desc .note-text', why: 'note body text' }, { css: '#detail-desc, .note-content .desc', why: 'note body block' }],
  author: [
    { css: '.author-container .username', why: 'author name in the note header' },
    { css: '.author-wrapper .username', why: 'older author block' },
    { css: '.username', why: 'author name wherever a release moved the header block' },
  ],
  date: [{ css: '.note-content .date', why: 'date line (编辑于 …, region)' }],
  likes: [{ css: '.engage-bar-style .like-wrapper .count', why: 'like count in the engage bar' }],
  collects: [{ css: '.engage-bar-style .collect-wrapper .count', why: 'collect count in the engage bar' }],
  comments: [{ css: '.engage-bar-style .chat-wrapper .count', why: 'comment count in the engage bar' }],
  comment: [
    { css: '.comments-container .comment-item', why: 'comment items (top and sub) in the comment list' },
    { css: '.comments-el .comment-item', why: 'older comment list wrapper' },
  ],
  commentText: [{ css: '.content .note-text', why: 'comment body' }, { css: '.content', why: 'comment content block' }],
  commentAuthor: [
    { css: '.author-wrapper .name', why: 'commenter name (data-user-id)' },
    { css: '.name[data-user-id], a[data-user-id]', why: 'commenter name by its user id hook, outside the author box' },
  ],
  commentDate: [{ css: '.date', why: 'relative time and region: 4小时前 广东' }],
  commentLikes: [{ css: '.interactions .like .count', why: 'like count (赞 when zero)' }],
  card: [{ css: 'section.note-item', why: 'note card of the explore feed, search results and profile' }, { css: '.feeds-container .note-item', why: 'card without its section tag' }],
  cardTitle: [{ css: '.footer .title', why: 'card title under the cover' }],
  cardAuthor: [{ css: '.author .name, .author-wrapper .name', why: 'author name on the card' }],
  cardLikes: [{ css: '.like-wrapper .count', why: 'like count on the card (赞 when zero)' }],
  // The author link carries an xsec_token too (search results): a note link is told by its path.
  cardLink: [
    { css: 'a.cover[href]', why: 'cover link carrying the xsec_token' },
    { css: 'a[href*="/search_result/"][href*="xsec_token"], a[href*="/explore/"][href*="xsec_token"]', why: 'title link carrying the xsec_token' },
    { css: 'a[href*="/explore/"]', why: 'plain note link' },
  ],
  cardTime: [{ css: '.author .time, .author-wrapper .time', why: 'date under the author name on newer cards (3天前, 11-20)' }],
  loginWall: [
    { css: '.login-modal', why: 'login modal' },
    { css: '.login-container', why: 'login dialog body' },
  ],
} satisfies Record<string, FallbackList>;

const NOTE_PATH = /\/(?:explore|discovery\/item)\/([0-9a-f]{16,32})/;

function noteState(doc: Document, id: string | undefined): Record<string, unknown> | undefined {
  const state = scriptState(doc, '__INITIAL_STATE__');
  const map = dig(state, 'note', 'noteDetailMap') as Record<string, unknown> | undefined;
  const key = id ?? str(dig(state, 'note', 'currentNoteId')) ?? str(dig(state, 'note', 'firstNoteId'));
  return key ? (dig(map, key, 'note') as Record<string, unknown> | undefined) : undefined;
}

function noteUnit(doc: Document, container: Element, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const loc = new URL(doc.location?.href ?? 'https://www.xiaohongshu.com/');
  const id = NOTE_PATH.exec(loc.pathname)?.[1];
  const state = noteState(doc, id);
  if (state) matched.state = '__INITIAL_STATE__.note.noteDetailMap';
  const title = note(matched, 'title', pick(container, sel.title))?.el;
  const desc = note(matched, 'text', pick(container, sel.desc))?.el ?? noteHeuristic(matched, 'text', textBlockOf(container, rowsOf(container, new Date())));
  const parts = [title, desc].filter((e): e is Element => !!e);
  if (parts.length === 0) return null;
  const ex = extractText(parts, { exclude: '.comments-container, .comments-el' });
  const noteId = str(state?.noteId) ?? id;
  const token = loc.searchParams.get('xsec_token');
  const user = state?.user as Record<string, unknown> | undefined;
  const info = state?.interactInfo as Record<string, unknown> | undefined;
  const at = typeof state?.time === 'number' ? new Date(state.time).toISOString() : parseTime(pick(container, sel.date)?.el.textContent, now);
  const dom = (f: 'likes' | 'collects' | 'comments') => readCount(matched, f, note(matched, f, pick(container, sel[f]))?.el.textContent);
  return compact({
    key: `xiaohongshu:${noteId ?? ex.text.slice(0, 16)}`, platform: 'xiaohongshu', kind: 'post', text: ex.text, truncated: ex.truncated,
    author: compact({ name: str(user?.nickname) ?? pick(container, sel.author)?.el.textContent?.trim() ?? '', id: str(user?.userId) }),
    permalink: noteId ? `https://www.xiaohongshu.com/explore/${noteId}${token ? `?xsec_token=${encodeURIComponent(token)}` : ''}` : undefined,
    publishedAt: at,
    counts: compact({
      likes: parseCount(str(info?.likedCount)) ?? dom('likes'),
      collects: parseCount(str(info?.collectedCount)) ?? dom('collects'),
      comments: parseCount(str(info?.commentCount)) ?? dom('comments'),
      shares: parseCount(str(info?.shareCount)),
    }),
    element: container, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/**
 * The comment a thread opens with: of the thread's comment items, the one nearest the thread (replies sit deeper,
 * in its reply container), whatever their classes say (comment-item-sub may be gone) and wherever a release
 * prints the replies (before or after it). Without a thread around it, the comment item around `item`.
 */
function threadTop(item: Element): Element | null {
  const thread = item.closest('.parent-comment');
  if (!thread) return item.parentElement?.closest('.comment-item') ?? null;
  let top: Element | null = null;
  let best = Infinity;
  for (const c of Array.from(thread.querySelectorAll('.comment-item'))) {
    let depth = 0;
    for (let e: Element | null = c; e && e !== thread; e = e.parentElement) depth++;
    if (depth < best) { best = depth; top = c; }
  }
  return top;
}

function commentUnit(item: Element, parentKey: string | undefined, byId: Map<Element, string>, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const own = (el: Element) => el.closest('.comment-item') === item;
  const body = note(matched, 'text', pick(item, sel.commentText, own))?.el;
  if (!body) return null;
  const ex = commentWords([body]);
  const name = note(matched, 'author', pick(item, sel.commentAuthor, own))?.el;
  const likes = readCount(matched, 'likes', note(matched, 'likes', pick(item, sel.commentLikes, own))?.el.textContent);
  const id = item.id.replace(/^comment-/, '');
  const top = threadTop(item);
  const sub = item.classList.contains('comment-item-sub') || (!!top && top !== item);
  const parent = sub ? top : null;
  return compact({
    key: `xiaohongshu:c:${id}`, platform: 'xiaohongshu', kind: sub ? 'reply' : 'comment', text: ex.text, truncated: ex.truncated,
    author: name ? compact({ name: nameText(name).trim(), id: name.getAttribute('data-user-id') ?? undefined }) : undefined,
    publishedAt: parseTime(note(matched, 'time', pick(item, sel.commentDate, own))?.el.textContent, now),
    counts: likes !== undefined ? { likes } : undefined,
    parentKey: sub ? (parent ? byId.get(parent) : undefined) : parentKey, element: item, map: ex.map, debug: { matched },
  } satisfies Unit);
}

const CARD_LINK = /\/(?:explore|search_result|discovery\/item|user\/profile\/[0-9a-f]+)\/([0-9a-f]{16,32})/;

/**
 * A note card of a feed (explore, search, profile): the title it shows, its author and likes, and the date newer
 * builds print under the name. A note without a title shows no words of its own: no unit.
 */
function cardUnit(card: Element, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const title = note(matched, 'text', pick(card, sel.cardTitle))?.el;
  if (!title) return null;
  const ex = extractText([title]);
  if (!ex.text) return null;
  const href = note(matched, 'permalink', pick(card, sel.cardLink))?.el.getAttribute('href') ?? '';
  const id = CARD_LINK.exec(href)?.[1];
  const token = /[?&]xsec_token=([^&#]+)/.exec(href)?.[1];
  const name = note(matched, 'author', pick(card, sel.cardAuthor))?.el;
  const uid = /\/user\/profile\/([0-9a-f]+)/.exec(name?.closest('a')?.getAttribute('href') ?? '')?.[1];
  const likes = readCount(matched, 'likes', note(matched, 'likes', pick(card, sel.cardLikes))?.el.textContent);
  return compact({
    key: `xiaohongshu:${id ?? ex.text.slice(0, 16)}`, platform: 'xiaohongshu', kind: 'post', text: ex.text, truncated: ex.truncated,
    author: name?.textContent?.trim() ? compact({ name: name.textContent.trim(), id: uid }) : undefined,
    permalink: id ? `https://www.xiaohongshu.com/explore/${id}${token ? `?xsec_token=${token}` : ''}` : undefined,
    publishedAt: parseTime(note(matched, 'time', pick(card, sel.cardTime))?.el.textContent, now),
    counts: likes !== undefined ? { likes } : undefined, element: card, map: ex.map, debug: { matched },
  } satisfies Unit);
}

const related = (root: ParentNode, el: Element) => (root as Node).contains(el) || el.contains(root as Node);

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const units: Unit[] = [];
  const container = pick(doc, sel.note)?.el;
  const post = container ? noteUnit(doc, container, now) : null;
  if (post && (root === doc || (root as Node).contains(container!) || container!.contains(root as Node))) units.push(post);
  const parentKey = post?.key;
  const byId = new Map<Element, string>();
  const layout = hasLayout(doc);
  const comments = pickAll(root, sel.comment);
  for (const item of comments?.els ?? []) {
    // The server-rendered copy of the list sits hidden until hydration; only what a reader sees counts.
    if (!isVisible(item, null, layout)) continue;
    const c = commentUnit(item, parentKey, byId, now);
    if (!c || units.some((u) => u.key === c.key)) continue;
    byId.set(item, c.key);
    c.debug.matched.unit = comments!.matched;
    units.push(c);
  }
  // A release printing replies before their comment: the comment's key is known once the list is read.
  for (const u of units) if (u.kind === 'reply' && u.parentKey === undefined) u.parentKey = byId.get(threadTop(u.element) ?? u.element);
  // A release that renamed the comment items leaves the note's comments to be found by structure, in its container.
  if (container && !comments && pick(container, sel.comment) === null && (root === doc || related(root, container))) {
    const noteParts = (el: Element) => el.matches('.note-content, .engage-bar, .author-container') || !isVisible(el, null, layout);
    for (const c of commentsByStructure({ platform: 'xiaohongshu', userId: /\/user\/profile\/([0-9a-f]+)/ }, container, parentKey, noteParts, now)) {
      if (related(root, c.element) && !units.some((u) => u.key === c.key)) units.push(c);
    }
  }
  // The feed behind an opened note shows that note's card too: one unit per note.
  const cards = pickAll(root, sel.card);
  for (const card of cards?.els ?? []) {
    const u = card.closest('#noteContainer, .note-container') ? null : cardUnit(card, now);
    if (!u || units.some((o) => o.key === u.key)) continue;
    u.debug.matched.unit = cards!.matched;
    units.push(u);
  }
  return units;
}

function detectLoginWall(doc: Document): LoginWall | null {
  const modal = pick(doc, sel.loginWall)?.el;
  return modal && isVisible(modal)
    ? { platform: 'xiaohongshu', message: '小红书弹出了登录框，请自行登录后继续（不会替你登录）/ Xiaohongshu shows a login dialog; please log in yourself.' }
    : null;
}

export const xiaohongshu: SiteAdapter = {
  id: 'xiaohongshu',
  platform: 'xiaohongshu',
  hosts: ['www.xiaohongshu.com', 'xiaohongshu.com'],
  matches: ['*://www.xiaohongshu.com/*', '*://xiaohongshu.com/*'],
  testUrls: [
    'http://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz&xsec_source=app_share',
    'http://www.xiaohongshu.com/explore/6741a2b3000000001e03dead',
    'http://www.xiaohongshu.com/search_result?keyword=青禾乳业&source=web_search_result_notes',
  ],
  findUnits,
  unitContainers: '#noteContainer, .note-container, .comments-container .comment-item, section.note-item',
  containersStandAlone: (doc) => pick(doc, sel.note) === null,
  detectLoginWall,
  // A feed or search page is online whatever its cards say (a result titled …违规… is no removal notice); a note's
  // removal page may show cards below its notice.
  pageStatus: (doc) => (pick(doc, sel.note) || (!NOTE_PATH.test(doc.location?.pathname ?? '') && pick(doc, sel.card))
    ? { status: 'online', message: '' }
    : removalStatus(doc, { deleted: /当前笔记暂时无法浏览|笔记不存在|该笔记已被删除|内容已删除/, blocked: /违反[^。]{0,20}规定|违规|已被屏蔽/ })),
  feedRoot: (doc) => doc.querySelector('#noteContainer, .note-container') ?? doc.body,
};
