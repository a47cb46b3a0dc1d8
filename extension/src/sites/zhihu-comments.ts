import { commentWords } from './badges.ts';
import { authorFrom, compact, countNear } from './parts.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import { isProfileLink } from './shapes.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { parseTime } from './time.ts';
import type { Unit } from './types.ts';

// 知乎 comments under an answer or article (issue 14): the comment area a reader opened renders each comment in
// hashed CSS-in-JS markup, so the hooks are the comment's `data-id`, the people link, the CommentContent class and
// the Zi--… icon names; child replies nest inside their root comment. 知乎 has no page per comment: the permalink
// is the answer's with the comment id as its fragment, which names the comment in the record. Where a release renamed
// CommentContent, a comment's words are found by structure. The comment modal on the body (zhihu-modal.ts) is read
// here too.

const sel = {
  comment: [
    { css: '.Comments-container [data-id]', why: 'comment (root or child) by its data-id in the comment area' },
    { css: '.CommentItemV2, .NestComment .CommentItem', why: 'older comment item classes' },
    { css: '[data-id]', why: 'comment by its data-id in the comment modal, which has no comment-area class' },
  ],
  text: [{ css: '.CommentContent', why: 'comment body' }, { css: '.CommentItemV2-content, [class*="CommentContent"]', why: 'older comment body' }],
  author: [{ css: 'a[href*="/people/"]', why: 'people link of the commenter' }],
  likes: [{ css: '.Zi--Like', why: 'like icon; the count is the text of its button' }],
} satisfies Record<string, FallbackList>;

const idOf = (el: Element) => el.getAttribute('data-id') ?? el.getAttribute('data-comment-id') ?? undefined;

/** The time on a comment's own footer: the first text that reads as a time, before " · 上海" (the IP region). */
function timeOf(own: (el: Element) => boolean, item: Element, now: Date): string | undefined {
  for (const el of Array.from(item.querySelectorAll('span, time'))) {
    if (!own(el) || el.closest('.CommentContent') || el.children.length > 0) continue;
    const at = parseTime((el.getAttribute('datetime') ?? el.textContent ?? '').split(/\s*[·•]\s*/)[0], now);
    if (at) return at;
  }
  return undefined;
}

/**
 * A comment's words where a release renamed the CommentContent class: its text block, by structure, outside the
 * name row, the time and the counts. A reply's name row names whom it answers (名字 › 对方): no words either.
 */
function wordsOf(el: Element, nested: (e: Element) => boolean, now: Date): Element | undefined {
  const rows = rowsOf(el, now, nested);
  const name = rows.author;
  if (!name || !rows.time) return undefined;
  const target = (e: Element) => nested(e) || (e !== name && e.parentElement === name.parentElement && isProfileLink(e, now));
  return textBlockOf(el, rows, target);
}

/**
 * The comments shown under one answer or article item (or in the comment modal opened from it), each a unit of kind
 * comment (root) or reply (child). Without a `parent` (a modal tied to nothing) a comment stands alone.
 */
export function commentUnits(item: Element, parent: Pick<Unit, 'key' | 'permalink'> | undefined, now: Date): Unit[] {
  const all = pickAll(item, sel.comment);
  const out: Unit[] = [];
  const keyOf = new Map<Element, string>();
  for (const el of all?.els ?? []) {
    // A comment's own parts, not those of the child replies nested inside it.
    const own = (e: Element) => e.closest('[data-id], .CommentItemV2') === el;
    const matched: Record<string, string> = { unit: all!.matched };
    const nested = (e: Element) => e !== el && e.matches('[data-id], .CommentItemV2');
    const body = note(matched, 'text', pick(el, sel.text, own))?.el ?? noteHeuristic(matched, 'text', wordsOf(el, nested, now));
    if (!body) continue;
    const ex = commentWords([body], { skip: nested });
    const link = Array.from(el.querySelectorAll('a[href*="/people/"]')).find((a) => own(a) && a.textContent?.trim());
    if (link) matched.author = sel.author[0]!.css;
    const id = idOf(el);
    const up = el.parentElement?.closest('[data-id], .CommentItemV2');
    const key = `zhihu:comment:${id ?? `${parent?.key ?? 'modal'}:${out.length}`}`;
    keyOf.set(el, key);
    const likeIcon = pick(el, sel.likes, own);
    out.push(compact({
      key, platform: 'zhihu', kind: up ? 'reply' : 'comment', text: ex.text, truncated: ex.truncated,
      author: link ? authorFrom(link, /\/people\/([^/?#]+)/) : undefined,
      permalink: parent?.permalink && id ? `${parent.permalink}#comment-${id}` : undefined,
      publishedAt: timeOf(own, el, now),
      counts: compact({ likes: likeIcon ? countNear(likeIcon.el.parentElement ?? el, sel.likes, el, matched, 'likes') : undefined }),
      parentKey: (up && keyOf.get(up)) ?? parent?.key,
      element: el, map: ex.map, debug: { matched },
    } satisfies Unit));
  }
  return out;
}
