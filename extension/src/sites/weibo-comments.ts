import { commentWords } from './badges.ts';
import { parseCount } from './counts.ts';
import { textHash } from './hash.ts';
import { authorFrom, commentsOnce, compact } from './parts.ts';
import { note, noteHeuristic, pick, pickAll } from './selectors.ts';
import { HEURISTIC, rowsOf, textBlockOf } from './structure.ts';
import type { Extracted } from './text-map.ts';
import { parseTime } from './time.ts';
import type { Unit } from './types.ts';
import { POST_ID, structuralComments } from './weibo-comment-search.ts';
import * as sel from './weibo-selectors.ts';

// Comments on a weibo.com post page (issue 4). The design-system list (.wbpro-list .item1 .con1) is read by its
// classes; where a release renamed them all, comments are found by structure around the post card
// (weibo-comment-search.ts). A comment the page shows twice (热门 and 按时间, a 查看更多 load) is one unit.

export { POST_ID };

const empty: Extracted = { text: '', map: { runs: [] }, truncated: false };

/**
 * The spans of a comment line (`name:<span>words</span>`) that hold its words: those after the colon that ends
 * the name, so a badge printed beside the name (博主, 作者, a fan-club level) stays out of the text.
 */
function bodySpans(line: Element): Element[] {
  const spans: Element[] = [];
  let afterColon = false;
  for (let n = line.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /[:：]/.test(n.nodeValue ?? '')) afterColon = true;
    if (afterColon && n.nodeType === 1 && (n as Element).tagName === 'SPAN') spans.push(n as Element);
  }
  return spans.length > 0 ? spans : Array.from(line.children).filter((c) => c.tagName === 'SPAN');
}

const commentKey = (postId: string, author: string | undefined, text: string) => `weibo:c:${postId}:${textHash(`${author ?? ''}\n${text}`)}`;

function commentUnit(con: Element, kind: 'comment' | 'reply', parentKey: string | undefined, postId: string, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  // Replies sit inside their comment's element: a comment's own parts are those outside any reply.
  const own = (el: Element) => (el.closest('.con2, [class*="con2"]') ?? con) === con || el.closest('.con2, [class*="con2"]') === null;
  const nested = (el: Element) => el !== con && el.matches('.list2, [class*="list2"]');
  const textBox = pick(con, [sel.commentText[1]!], (el) => !el.closest('.list2') || kind === 'reply')?.el;
  const spans = textBox ? bodySpans(textBox) : [];
  let ex: Extracted;
  if (textBox) {
    ex = commentWords(spans.length > 0 ? spans : [textBox]);
    matched.text = spans.length > 0 ? '.text > span — comment body after the name' : '.text — whole comment line (fallback 1)';
  } else {
    const block = noteHeuristic(matched, 'text', textBlockOf(con, rowsOf(con, now, nested), nested));
    ex = block ? commentWords([block], { skip: nested }) : empty;
  }
  const authorLink = note(matched, 'author', pick(con, sel.commentAuthor, own))?.el;
  // The info row's first cell holds the time only while the row keeps its order: a cell is the time if it shows one.
  const showsTime = (el: Element) => own(el) && parseTime(el.textContent, now) !== undefined;
  const when = note(matched, 'time', pick(con, sel.commentTime, showsTime))?.el ?? noteHeuristic(matched, 'time', rowsOf(con, now, nested).time?.el);
  const likeEl = note(matched, 'likes', pick(con, sel.likeCount, own))?.el;
  const author = authorLink ? authorFrom(authorLink) : undefined;
  if (!ex.text) return null;
  return compact({
    key: commentKey(postId, author?.name, ex.text),
    platform: 'weibo', kind, text: ex.text, truncated: ex.truncated, author,
    publishedAt: parseTime(when?.textContent, now), counts: likeEl ? compact({ likes: parseCount(likeEl.textContent) }) : undefined,
    parentKey, element: con.parentElement ?? con, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/** One comment found by structure: its words are those after the name's colon when the name opens the line. */
function structuralUnit(el: Element, nested: (x: Element) => boolean, postId: string, now: Date): Unit | null {
  const matched: Record<string, string> = { unit: HEURISTIC };
  const rows = rowsOf(el, now, nested, ['likes']);
  const block = noteHeuristic(matched, 'text', textBlockOf(el, rows, nested));
  if (!block) return null;
  // The time and a plain like count may end the same line (name:words 11-21 20:30 12): they are no words.
  const spans = rows.author && block.contains(rows.author) ? bodySpans(block).filter((s) => !rows.chrome.has(s)) : [];
  const ex = commentWords(spans.length > 0 ? spans : [block], { skip: (x) => nested(x) || x === rows.author });
  if (!ex.text) return null;
  const link = noteHeuristic(matched, 'author', rows.author);
  const author = link ? authorFrom(link) : undefined;
  const likes = noteHeuristic(matched, 'likes', rows.counts.likes?.n);
  return compact({
    key: commentKey(postId, author?.name, ex.text), platform: 'weibo', kind: 'comment', text: ex.text,
    truncated: ex.truncated, author, publishedAt: noteHeuristic(matched, 'time', rows.time?.iso),
    counts: likes !== undefined ? { likes } : undefined, element: el, map: ex.map, debug: { matched },
  } satisfies Unit);
}

/**
 * The comments of a post page under `root`, pointing at the page's post (`page().key`) or at their comment, each
 * once: a comment shown in 热门 and again in 按时间, or again after a 查看更多 load, has one key (post, author and
 * words) and is kept where it is first shown, as on m.weibo.cn.
 */
export function commentUnits(root: ParentNode, page: () => { card?: Element; key?: string }, now: Date): Unit[] {
  const units: Unit[] = [];
  const comments = pickAll(root, sel.comment);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  // The structural search runs on a post's own page only: a feed's cards are repeated blocks after a card too.
  if (!comments && !POST_ID.test(doc.location?.href ?? '')) return units;
  const { card, key: pagePost } = page();
  const postId = pagePost?.replace(/^weibo:(h:)?/, '') ?? '';
  if (comments) {
    for (const con of comments.els) {
      const c = commentUnit(con, 'comment', pagePost, postId, now);
      if (!c) continue;
      c.debug.matched.unit = comments.matched;
      units.push(c);
      for (const r of pickAll(con, sel.reply)?.els ?? []) {
        const ru = commentUnit(r, 'reply', c.key, postId, now);
        if (ru) units.push(ru);
      }
    }
    return commentsOnce(units);
  }
  const found = card ? structuralComments(root, card, postId, now) : [];
  const keyOf = new Map<Element, string>();
  for (const { el, parent } of found) {
    const u = structuralUnit(el, (x) => x !== el && found.some((f) => f.el === x), postId, now);
    if (!u) continue;
    const parentKey = parent ? keyOf.get(parent) : pagePost;
    if (parent) u.kind = 'reply';
    if (parentKey) u.parentKey = parentKey;
    keyOf.set(el, u.key);
    units.push(u);
  }
  return commentsOnce(units);
}
