import { parseCount } from './counts.ts';
import { textHash } from './hash.ts';
import { absoluteUrl, compact, countNear, commentsOnce } from './parts.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import { MORE_REPLIES } from './shapes.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import { removalStatus } from './page-state.ts';
import type { LoginWall, SiteAdapter, Unit } from './types.ts';
import { weiboRemoval } from './weibo-removal.ts';

// m.weibo.cn (issue 4): the mobile web app. Cards rarely carry the post id; the 全文 link of a truncated post and
// the repost's link do (/status/{id}), otherwise the key is a hash of author + text.

const sel = {
  card: [
    { css: 'div.card.m-panel.card9', why: 'm-* design system: a post card' },
    { css: '.wb-item-wrap .card9, .card9', why: 'card9 outside the usual wrapper' },
  ],
  author: [
    { css: 'header.weibo-top h3.m-text-cut', why: 'design system: name in the card header' },
    { css: 'header h3, .m-text-box h3', why: 'structure: header heading' },
  ],
  authorLink: [
    { css: 'header a[href*="/profile/"], header a[href*="/u/"]', why: 'profile link around avatar or name' },
  ],
  time: [
    { css: 'header h4 span.time', why: 'design system: time in the header subline' },
    { css: '.time', why: 'any time span in the card' },
  ],
  text: [
    { css: 'article.weibo-main .weibo-og > .weibo-text', why: 'design system: own text of the post' },
    { css: '.weibo-og .weibo-text', why: 'own text, loose nesting' },
    { css: '.weibo-main .weibo-text, .weibo-text', why: 'own text moved out of its .weibo-og box' },
  ],
  reText: [{ css: '.weibo-rp .weibo-text', why: 'design system: reposted original' }],
  statusLink: [
    { css: 'a[href*="/status/"]', why: 'the 全文 link carries the post id' },
    { css: 'a[href*="/detail/"]', why: 'detail link variant' },
  ],
  reposts: [{ css: 'i.m-font-forward', why: 'design system: forward icon' }],
  comments: [{ css: 'i.m-font-comment', why: 'design system: comment icon' }],
  likes: [{ css: 'i.m-icon-like, [class*="m-icon-like"], i.m-font-like', why: 'design system: like icon' }],
  promoted: [{ css: '.m-tag, [class*="tag"]', why: 'tag in a promoted card', text: /广告|推广|荐读/ }],
  comment: [
    { css: 'div.comment-content div.card:not(.card9)', why: 'design system: comment cards under the post (wrappers allowed)' },
    { css: '.comment-content .lite-page-list', why: 'lite comment list, loose nesting' },
  ],
  commentAuthor: [{ css: '.m-text-box h4 a[href*="/profile/"]', why: 'commenter name link' }, { css: '.m-text-box h4', why: 'commenter heading' }],
  commentText: [
    { css: '.m-text-box > h3', why: 'comment body heading' },
    { css: '.m-text-box h3', why: 'comment body heading behind a wrapper' },
  ],
  commentLikes: [{ css: '.lite-like em, .lite-like', why: 'like count (赞 when zero)' }],
  reply: [{ css: '.cmt-sub-txt > p', why: 'reply previews under a comment' }],
  loginWall: [
    { css: '.m-login-mask, [class*="login-mask"], .lite-login', why: 'mobile visitor login mask', text: /登录/ },
  ],
  feedRoot: [{ css: '.wb-item-wrap', why: 'list wrapper' }, { css: '#app', why: 'app root' }],
} satisfies Record<string, FallbackList>;

function statusId(scope: Element, keep?: (el: Element) => boolean): { id?: string; url?: string } {
  const link = pick(scope, sel.statusLink, keep)?.el;
  const url = absoluteUrl(link?.getAttribute('href'), scope.ownerDocument);
  return { id: url ? /\/(?:status|detail)\/([A-Za-z0-9]+)/.exec(url)?.[1] : undefined, url };
}

function cardUnits(card: Element, now: Date): Unit[] {
  const matched: Record<string, string> = {};
  const rp = card.querySelector('.weibo-rp');
  const own = (el: Element) => !rp?.contains(el);
  const units: Unit[] = [];
  let original: Unit | undefined;
  const re = rp ? pick(card, sel.reText) : null;
  if (rp && re) {
    const ex = extractText([re.el]);
    const ref = statusId(rp);
    const name = /^@([^:：\s]+)/.exec(ex.text)?.[1];
    original = compact({
      key: ref.id ? `weibo:${ref.id}` : `weibo:h:${textHash(`${name ?? ''}\n${ex.text}`)}`, platform: 'weibo',
      kind: 'post', text: ex.text, truncated: ex.truncated, author: name ? { name } : undefined, permalink: ref.url,
      element: rp, map: ex.map, debug: { matched: { text: re.matched } },
    } satisfies Unit);
    units.push(original);
  }
  const hasText = (el: Element) => (el.textContent ?? '').trim() !== '';
  const textEl = note(matched, 'text', pick(card, sel.text, (el) => own(el) && hasText(el)))?.el
    ?? noteHeuristic(matched, 'text', textBlockOf(card, rowsOf(card, now, (el) => !own(el)), (el) => !own(el)));
  const ex = textEl ? extractText([textEl], { skip: (el) => !own(el) }) : { text: '', map: { runs: [] }, truncated: false };
  const nameEl = note(matched, 'author', pick(card, sel.author))?.el;
  const link = pick(card, sel.authorLink)?.el;
  const uid = /\/(?:profile|u)\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  const author = nameEl
    ? compact({ name: (nameEl.textContent ?? '').trim(), id: uid, url: absoluteUrl(link?.getAttribute('href'), card.ownerDocument) })
    : undefined;
  const ref = statusId(card, own);
  const footer = card.querySelector('footer') ?? card;
  const counts = compact({
    reposts: countNear(footer, sel.reposts, footer, matched, 'reposts'),
    comments: countNear(footer, sel.comments, footer, matched, 'comments'),
    likes: countNear(footer, sel.likes, footer, matched, 'likes'),
  });
  const promoted = note(matched, 'promoted', pick(card, sel.promoted)) !== null;
  units.unshift(compact({
    key: ref.id ? `weibo:${ref.id}` : `weibo:h:${textHash(`${author?.name ?? ''}\n${ex.text}`)}`, platform: 'weibo',
    kind: original ? 'repost' : 'post', text: ex.text, truncated: ex.truncated, author, permalink: ref.url,
    publishedAt: parseTime(note(matched, 'time', pick(card, sel.time))?.el.textContent, now), counts,
    promoted: promoted || undefined, parentKey: original?.key, element: card, map: ex.map, debug: { matched },
  } satisfies Unit));
  return units;
}

function detectLoginWall(doc: Document): LoginWall | null {
  return pick(doc, sel.loginWall)
    ? { platform: 'weibo', message: '微博要求登录才能继续浏览，请自行登录 / Weibo asks you to log in; please log in yourself.' }
    : null;
}

/** On /detail/{id} and /status/{id} the page's own post carries the id in the URL, not in its card. */
function pagePostId(doc: Document): string | undefined {
  return /^\/(?:detail|status)\/([A-Za-z0-9]+)/.exec(doc.location?.pathname ?? '')?.[1];
}

function commentUnits(root: ParentNode, parentKey: string | undefined, now: Date): Unit[] {
  const units: Unit[] = [];
  const postId = parentKey?.replace(/^weibo:(h:)?/, '') ?? '';
  for (const c of pickAll(root, sel.comment)?.els ?? []) {
    const matched: Record<string, string> = {};
    const body = note(matched, 'text', pick(c, sel.commentText));
    if (!body) continue;
    const ex = extractText([body.el]);
    const link = note(matched, 'author', pick(c, sel.commentAuthor))?.el;
    const name = (link?.textContent ?? '').trim().replace(/[:：]$/, '');
    const uid = /\/profile\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
    const likes = pick(c, sel.commentLikes)?.el.textContent;
    const key = `weibo:c:${postId}:${textHash(`${name}\n${ex.text}`)}`;
    units.push(compact({
      key, platform: 'weibo', kind: 'comment', text: ex.text, truncated: ex.truncated,
      author: name ? compact({ name, id: uid }) : undefined, publishedAt: parseTime(c.querySelector('.time')?.textContent, now),
      counts: likes != null ? compact({ likes: parseCount(likes) }) : undefined, parentKey, element: c, map: ex.map,
      debug: { matched },
    } satisfies Unit));
    for (const p of pickAll(c, sel.reply)?.els ?? []) {
      const a = p.querySelector('a[href*="/profile/"]');
      const spans = Array.from(p.children).filter((e) => e.tagName === 'SPAN');
      const rx = extractText(spans.length > 0 ? spans : [p]);
      const rname = (a?.textContent ?? '').trim();
      if (!rx.text || MORE_REPLIES.test(rx.text)) continue;
      units.push(compact({
        key: `weibo:c:${postId}:${textHash(`${rname}\n${rx.text}`)}`, platform: 'weibo', kind: 'reply', text: rx.text,
        truncated: rx.truncated, author: rname ? compact({ name: rname, id: /\/profile\/(\d+)/.exec(a?.getAttribute('href') ?? '')?.[1] }) : undefined,
        parentKey: key, element: p, map: rx.map, debug: { matched: { text: sel.reply[0]!.css } },
      } satisfies Unit));
    }
  }
  return units;
}

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const units = (pickAll(root, sel.card)?.els ?? []).flatMap((c) => cardUnits(c, now));
  const id = pagePostId(doc);
  const pageCard = pick(doc, sel.card)?.el;
  const pagePost = units.find((u) => u.element === pageCard);
  if (id && pagePost && pagePost.key.startsWith('weibo:h:')) pagePost.key = `weibo:${id}`;
  const parentKey = id ? `weibo:${id}` : pagePost?.key;
  return commentsOnce([...units, ...commentUnits(root, parentKey, now)]);
}

export const weiboMobile: SiteAdapter = {
  id: 'weibo-mobile',
  platform: 'weibo',
  hosts: ['m.weibo.cn'],
  matches: ['*://m.weibo.cn/*'],
  testUrls: ['http://m.weibo.cn/', 'http://m.weibo.cn/detail/4985123456789012/'],
  findUnits,
  unitContainers: [...sel.card, ...sel.comment].map((f) => f.css).join(', '),
  detectLoginWall,
  // The same notices as weibo.com (微博不存在或暂无查看权限, 由于作者设置…): a tracked m.weibo.cn link is re-checked too.
  pageStatus: (doc) => (pick(doc, sel.card) ? { status: 'online', message: '' } : removalStatus(doc, weiboRemoval)),
  feedRoot: (doc) => pick(doc, sel.feedRoot)?.el ?? doc.body,
};
