import { parseCount } from './counts.ts';
import { compact, readCount } from './parts.ts';
import { removalStatus } from './page-state.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import { commentUnits } from './zhihu-comments.ts';
import { dialogsOf, modalComments } from './zhihu-modal.ts';
import { ITEM, questionUnit } from './zhihu-question.ts';
import type { LoginWall, SiteAdapter, Unit } from './types.ts';

// 知乎 answers and articles (issue 14, notes/platforms.md C.4): each item carries JSON in `data-zop` (title,
// authorName, itemId, type) and `data-za-extra-module` (upvote_num), and microdata meta[itemprop] with ISO dates.
// The login modal is noted for the user, never clicked away. The comments a reader opened under an item are read
// too (zhihu-comments.ts), and those of the comment modal on the body, under the unit it was opened from
// (zhihu-modal.ts). A question page's question (title and detail) is a post of its own (zhihu-question.ts). Search
// results (/search?type=content) are the same items in SearchResult-Cards, collapsed to an excerpt; the 知乎用户,
// 话题 and 相关搜索 cards there are no answer or article items.

const sel = {
  item: [
    { css: '.ContentItem.AnswerItem, .ContentItem.ArticleItem', why: 'answer and article items' },
    { css: '[data-zop]', why: 'any item carrying data-zop (zhuanlan articles)' },
    { css: '.Post-Main', why: 'zhuanlan article without data-zop' },
  ],
  text: [
    { css: '.RichContent-inner .RichText, .RichContent .RichText', why: 'answer body' },
    { css: '.Post-RichText, .RichText', why: 'article body' },
    { css: '[itemprop="text"]', why: 'microdata text of an answer, where a release renamed the RichText classes' },
  ],
  time: [{ css: '.ContentItem-time', why: '发布于 / 编辑于 line with IP 属地' }],
  title: [
    { css: '.Post-Title', why: 'zhuanlan article title', text: /\S/ },
    { css: '.ContentItem-title', why: 'title of an article card in a feed', text: /\S/ },
    { css: 'a[href*="zhuanlan.zhihu.com/p/"]', why: 'link to the article itself, where a release moved the title block', text: /\S/ },
  ],
  // The label ends in a zero-width space.
  more: [{ css: 'button', why: '阅读全文 of a collapsed card: the card shows an excerpt', text: /^[\s\u200b]*(?:展开)?阅读全文[\s\u200b]*$/ }],
  upvotes: [{ css: '.VoteButton--up, .VoteButton', why: '赞同 N on the vote button (aria-label 赞同 1.2 万)' }],
  comments: [{ css: '.ContentItem-actions button[class*="comment"], .ContentItem-action', why: 'N 条评论 button', text: /评论/ }],
  authorUrl: [
    { css: '[itemprop="author"] meta[itemprop="url"][content*="/people/"]', why: 'author microdata of an answer or article (search, question page)' },
    { css: '.AuthorInfo a[href*="/people/"]', why: 'author link in the item’s header' },
  ],
  loginWall: [
    { css: '.Modal-wrapper .signFlowModal, .Modal .SignContainer-content', why: 'sign-in modal' },
    { css: '.Modal-closeButton', why: 'closable modal of the login wall' },
  ],
} satisfies Record<string, FallbackList>;

type Json = Record<string, unknown>;
const json = (el: Element, attr: string): Json | undefined => {
  try {
    return JSON.parse(el.getAttribute(attr) ?? '') as Json;
  } catch {
    return undefined;
  }
};
const meta = (el: Element, prop: string) => el.querySelector(`meta[itemprop="${prop}"]`)?.getAttribute('content') ?? undefined;

/** 赞同 as the vote button shows it, where neither microdata nor data-za-extra-module carries the number. */
function voteCount(item: Element, matched: Record<string, string>): number | undefined {
  const own = (el: Element) => el.closest('.ContentItem') === item || el.closest('[data-zop]') === item;
  const button = note(matched, 'likes', pick(item, sel.upvotes, own))?.el;
  return button ? readCount(matched, 'likes', button.getAttribute('aria-label') ?? button.textContent) : undefined;
}

/** The time line shows 编辑于 once an answer was edited; its tooltip keeps the 发布于 time, which is the one kept. */
function shownTime(line: Element | undefined, now: Date): string | undefined {
  const published = line?.querySelector('[data-tooltip^="发布于"]')?.getAttribute('data-tooltip');
  return parseTime(published, now) ?? parseTime(line?.textContent, now);
}

function itemUnit(item: Element, doc: Document, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const zop = json(item, 'data-zop');
  const extra = json(item, 'data-za-extra-module');
  if (zop) matched.state = 'data-zop';
  const body = note(matched, 'text', pick(item, sel.text))?.el ?? noteHeuristic(matched, 'text', textBlockOf(item, rowsOf(item, now)));
  if (!body) return null;
  const type = String(zop?.type ?? (item.classList.contains('ArticleItem') ? 'article' : 'answer'));
  // An article's title is its author's own words; an answer's card title is the question, someone else's.
  const title = type === 'article' ? note(matched, 'title', pick(item, sel.title, (el) => !body.contains(el)))?.el : undefined;
  const ex = extractText(title && !title.contains(body) ? [title, body] : [body]);
  if (pick(item, sel.more)) ex.truncated = true;
  const id = String(zop?.itemId ?? (extra?.card as Json | undefined)?.content ?? '');
  const question = item.querySelector('meta[itemprop="url"]')?.getAttribute('content') ?? doc.querySelector('[itemprop="zhihu:question"] meta[itemprop="url"]')?.getAttribute('content');
  // An answer's own microdata url is the answer's already; a question block's is the question's.
  const permalink = type === 'article' ? `https://zhuanlan.zhihu.com/p/${id}` : question && id ? `${question.replace(/\/$/, '').replace(/\/answer\/\d+$/, '')}/answer/${id}` : undefined;
  const upvotes = parseCount(meta(item, 'upvoteCount')) ?? ((extra?.card as Json | undefined)?.content as Json | undefined)?.upvote_num ?? voteCount(item, matched);
  const at = parseTime(meta(item, 'dateCreated') ?? meta(item, 'datePublished'), now) ?? shownTime(note(matched, 'time', pick(item, sel.time))?.el, now);
  if (meta(item, 'dateCreated') ?? meta(item, 'datePublished')) matched.time = 'meta[itemprop=dateCreated|datePublished]';
  const comments = parseCount(meta(item, 'commentCount')) ?? readCount(matched, 'comments', pick(item, sel.comments)?.el.textContent);
  // The url token (/people/dairy-10y), from the item's own header: the comments opened under it have authors too.
  const profile = pick(item, sel.authorUrl, (el) => el.closest('.ContentItem, [data-zop]') === item)?.el;
  const authorId = /\/people\/([^/?#]+)/.exec(profile?.getAttribute('content') ?? profile?.getAttribute('href') ?? '')?.[1];
  return compact({
    key: `zhihu:${type}:${id || ex.text.slice(0, 12)}`, platform: 'zhihu', kind: type === 'article' ? 'article' : 'post', text: ex.text, truncated: ex.truncated,
    author: typeof zop?.authorName === 'string' ? compact({ name: zop.authorName, id: authorId }) : undefined, permalink, publishedAt: at,
    counts: compact({ likes: typeof upvotes === 'number' ? upvotes : undefined, comments }),
    element: item, map: ex.map, debug: { matched },
  } satisfies Unit);
}

const related = (a: Node, b: Node) => a.contains(b) || b.contains(a);

/** The items' units under `root`, outermost items only, each with a `matched.unit`. */
function itemUnits(root: ParentNode, doc: Document, now: Date): Unit[] {
  const items = pickAll(root, sel.item);
  const out: Unit[] = [];
  for (const item of items?.els ?? []) {
    if (out.some((u) => u.element.contains(item))) continue;
    const u = itemUnit(item, doc, now);
    if (u) {
      u.debug.matched.unit = items!.matched;
      out.push(u);
    }
  }
  return out;
}

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const modal = dialogsOf(doc).length > 0;
  // A scan of one answer (a change inside it) needs the question only to tie an open comment modal.
  const inItem = (root as Node).nodeType === 1 && !!(root as Element).closest(ITEM);
  const question = modal || !inItem ? questionUnit(doc, now) : null;
  const out: Unit[] = question && related(question.element, root as Node) ? [question] : [];
  for (const u of itemUnits(root, doc, now)) out.push(u, ...commentUnits(u.element, u, now));
  // The comment modal: tied to one of the page's units, so all of them are read when one is open.
  if (modal) {
    const units = [...(question ? [question] : []), ...(root === doc ? out.filter((u) => u.kind !== 'comment' && u.kind !== 'reply') : itemUnits(doc, doc, now))];
    const path = (url: string | undefined) => (url ? new URL(url, doc.location?.href).pathname.replace(/\/$/, '') : '');
    const page = units.find((u) => path(u.permalink) === path(doc.location?.href)) ?? question ?? undefined;
    for (const c of modalComments(root, units, page, now)) if (!out.some((u) => u.key === c.key)) out.push(c);
  }
  return out;
}

/** Words of the sign-in modal (登录知乎，发现更大的世界, 验证码登录): never of the comment modal. */
const SIGN_IN = /登录知乎|(?:验证码|密码|扫码)登录|登录\s*\/\s*注册|注册\s*\/\s*登录/;
const signIn = (el: Element) => SIGN_IN.test(el.closest('.Modal-wrapper, .Modal, [role="dialog"]')?.textContent ?? el.textContent ?? '');

function detectLoginWall(doc: Document): LoginWall | null {
  return pick(doc, sel.loginWall, signIn)
    ? { platform: 'zhihu', message: '知乎弹出了登录框（Vigil 不会替你关闭或登录），关闭或登录后继续 / Zhihu shows a login dialog; close it or log in yourself.' }
    : null;
}

export const zhihu: SiteAdapter = {
  id: 'zhihu',
  platform: 'zhihu',
  hosts: ['www.zhihu.com', 'zhuanlan.zhihu.com', 'zhihu.com'],
  matches: ['*://www.zhihu.com/*', '*://zhuanlan.zhihu.com/*', '*://zhihu.com/*'],
  testUrls: [
    'http://www.zhihu.com/question/650012345/answer/3400112233', 'http://zhuanlan.zhihu.com/p/700123456', 'http://www.zhihu.com/question/650012345/answer/3400119999',
    'http://www.zhihu.com/search?type=content&q=青禾乳业',
  ],
  findUnits,
  unitContainers: '.ContentItem, [data-zop]',
  detectLoginWall,
  // A question page whose question stands is online, answers or none (its detail may quote 违规 itself).
  pageStatus: (doc) => (pick(doc, sel.item) || (!/\/answer\//.test(doc.location?.pathname ?? '') && questionUnit(doc, new Date()))
    ? { status: 'online', message: '' }
    : removalStatus(doc, { deleted: /该回答已被删除|该文章已被删除|你似乎来到了没有知识存在的荒原|内容不存在/, blocked: /违反[^。]{0,30}(规定|规范)|已被(屏蔽|封禁)|因违规/ })),
  // The comment modal is a portal on the body, outside the app's root.
  feedRoot: (doc) => doc.body,
};
