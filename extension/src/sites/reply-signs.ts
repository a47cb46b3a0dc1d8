import { coreOf, leaves, MORE_REPLIES } from './shapes.ts';

// What platforms print around a reply, whatever a release names it (issue 12): the structural walk (repeated-units.ts)
// tells a comment's one reply from a comment of its own by these, since one reply repeats nothing. A reply names
// whom it answers (回复 @名字：), carries an author's label (作者回复), shows a smaller avatar or sits indented; a box
// of replies holds 展开 N 条回复 beside a copy of the comment's template, the template under a modifier
// (comment-item comment-item-sub), or the thread's own template again (threads that nest). Between two items of one
// template a 回复 @名字： tells nothing: 楼中楼 replies answer each other that way.

/** A block as the walk read it: its words, commenter's name and time, and what inside it is another unit's. */
export interface Said {
  el: Element;
  words: string;
  name?: string;
  /** Where the commenter's name links (their profile). */
  href?: string;
  time: Element;
  nested?: (el: Element) => boolean;
}

/** 回复 @名字：…, 回复@名字:…, 回复 名字 : …; 回复慢得要命：… is a comment's words. */
const LEAD = /^回复(?:\s*@|\s+)([^\s:：@]{1,30})\s*[:：]/;
/** What may sit between the replier's name and the colon before the lead (名字 博主:回复@对方:…). */
const AFTER_NAME = /^\s*[^\s:：]{0,8}\s*[:：]\s*/;
/** The label of a reply by the article's or video's author, the outlet or the brand (作者回复过 is a comment's badge). */
const LABEL = /^(?:作者|小编|编辑|官方|博主|UP主)回复\s*[:：]?$/;
/** An inline indent, where a page sets it on the element (padding-left: 48px). */
const INDENT = /(?:^|;)\s*(?:margin|padding)-left\s*:\s*[1-9]/;
const WIDTH = /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)px/;
/** An emoji in the words ([赞], [笑哭]) is no avatar. */
const EMOJI = /^\[[^\]]{1,8}\]$/;

const text = (el: Element) => (el.textContent ?? '').trim();

/** Whom the words answer where they open with a reply's lead (after the replier's name where the line starts with it). */
export function answered(words: string, name?: string): string | undefined {
  const t = words.trim();
  return LEAD.exec(name && t.startsWith(name) ? t.slice(name.length).replace(AFTER_NAME, '') : t)?.[1];
}

const declared = (el: Element) => Number(el.getAttribute('width')) || Number(WIDTH.exec(el.getAttribute('style') ?? '')?.[1]) || undefined;

/**
 * The width the first avatar in `scope` (none `skip`ped) declares: on the image or the box around it (a Semi
 * avatar's style="width: 32px"). Only declared sizes count: reading the laid-out size would force a layout per scan.
 */
function avatarWidth(scope: Element, skip: (img: Element) => boolean): number | undefined {
  for (const img of Array.from(scope.getElementsByTagName('img'))) {
    if (skip(img) || EMOJI.test((img.getAttribute('alt') ?? '').trim())) continue;
    for (let e: Element | null = img, up = 0; e && e !== scope && up < 3; e = e.parentElement, up++) {
      const w = declared(e);
      if (w) return w;
    }
    return undefined;
  }
  return undefined;
}

/** Indented by its own style, or by that of a wrapper between it and its content. */
function indented(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.children.length === 1 ? e.firstElementChild : null) {
    if (INDENT.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** Whether `el` holds a link to the rest of a thread (展开 3 条回复, 共12条回复). */
export const holdsMoreReplies = (el: Element) => leaves(el, (x) => MORE_REPLIES.test(text(x)), () => false).length > 0;

/** Whether `el` lies inside a nested unit of `b` (up to `b`). */
function nestedIn(b: Said, el: Element): boolean {
  for (let e: Element | null = el; e && e !== b.el; e = e.parentElement) if (b.nested?.(e)) return true;
  return false;
}

/** Whether `b`'s avatar is declared smaller than the first one in `scope` outside it (a reply's 24 px to 32 px). */
function smallerAvatar(b: Said, scope: Element): boolean {
  const own = avatarWidth(b.el, (img) => nestedIn(b, img));
  const other = own ? avatarWidth(scope, (img) => b.el.contains(img)) : undefined;
  return !!own && !!other && own < other;
}

/**
 * Whether a block reads as a reply inside `scope` (the comment holding it): its words answer someone, its time's
 * row carries a reply's label (作者回复 · 18:05), its avatar is smaller than the comment's, or it is indented. What
 * is another unit's inside it (a reply it holds) is none of its signs.
 */
export function readsAsReply(b: Said, scope: Element): boolean {
  if (answered(b.words, b.name)) return true;
  const row = b.time.parentElement && b.time.parentElement !== b.el && b.el.contains(b.time.parentElement) ? b.time.parentElement : b.el;
  return leaves(row, (x) => LABEL.test(text(x)), (x) => nestedIn(b, x)).length > 0 || smallerAvatar(b, scope) || indented(b.el);
}

/**
 * Where the avatars in `scope` outside the `blocks` link: a comment's avatar beside its words and its reply (微博's
 * avatar column, 抖音's avatar beside the body) is the commenter's, never the reply's.
 */
export function avatarOwners(scope: Element, blocks: Element[]): Set<string> {
  const out = new Set<string>();
  for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
    if (!a.querySelector('img') || text(a) !== '' || blocks.some((b) => b.contains(a))) continue;
    out.add(a.getAttribute('href')!);
  }
  return out;
}

/** A template's shape whatever its classes: its tag, and each child's tag with the number of its children. */
const shapeOf = (el: Element) => `${el.tagName}(${Array.from(el.children).map((c) => `${c.tagName}${c.children.length}`).join()})`;

/**
 * Two items of one template (the same tag and classes inside their wrappers, or the same shape where they have no
 * class): two comments, or two replies, whatever one says to the other.
 */
function peers(a: Element, b: Element): boolean {
  const [x, y] = [coreOf(a), coreOf(b)];
  const cls = x.getAttribute('class') ?? '';
  return x.tagName === y.tagName && cls === (y.getAttribute('class') ?? '') && (cls !== '' || shapeOf(x) === shapeOf(y));
}

/**
 * Whether `b` answers its sibling `a` in `thread`: it is shown as a reply beside it (a smaller avatar, an indent),
 * the avatar beside both (in `around`, the block around the thread) is a's commenter's, or its words name a's
 * commenter (回复 @名字：) where the two are not of one template: a reply answering the reply
 * before it (楼中楼) names that reply's commenter too. A label alone (作者回复) tells a reply, not whose: two
 * replies under one comment are one labelled and one not.
 */
export function answers(b: Said, a: Said, thread: Element, around = thread): boolean {
  if (smallerAvatar(b, thread) || (indented(b.el) && !indented(a.el))) return true;
  const owners = avatarOwners(around, [a.el, b.el]);
  if (!!a.href && owners.has(a.href) && !(b.href && owners.has(b.href))) return true;
  const to = answered(b.words, b.name);
  return !!to && to === a.name && !peers(a.el, b.el);
}

/** An element and the wrappers inside it, down to its core. */
function chainOf(el: Element): Element[] {
  const out = [el];
  for (let e = el; e.children.length === 1 && coreOf(e) !== e; e = e.firstElementChild!) out.push(e.firstElementChild!);
  return out;
}

/** The elements at a box's top, where a reply's item sits: its wrappers down to its core, its core's children and theirs. */
function topOf(box: Element): Element[] {
  const down = chainOf(box);
  return [...down, ...Array.from(down[down.length - 1]!.children).flatMap(chainOf)];
}

/** Whether `d` is `e`'s template under a modifier: its tag and every class of it, and more (comment-item comment-item-sub). */
const modified = (d: Element, e: Element) => d.tagName === e.tagName && e.classList.length > 0
  && d.classList.length > e.classList.length && Array.from(e.classList).every((k) => d.classList.contains(k));

/**
 * Whether `box` is a box of replies to `card`, the two side by side in `thread`: at its top it holds the card's
 * template (or a wrapper's of it) under a modifier class, or a copy of the thread's own template (threads that
 * nest); or it holds links to more replies (展开 N 条回复) beside nothing but blocks shaped as the card's around its
 * time. A comment's own 展开 N 条回复 sits beside its avatar and rows, not beside a copy of another comment.
 */
export function holdsReplies(box: Element, card: Said, thread: Element): boolean {
  const cardChain = chainOf(card.el);
  const cls = thread.getAttribute('class');
  const copies = (d: Element) => d !== box && (cardChain.some((e) => modified(d, e))
    || (!!cls && d.tagName === thread.tagName && d.getAttribute('class') === cls));
  if (topOf(box).some(copies)) return true;
  const kids = Array.from(coreOf(box).children);
  const more = kids.filter((k) => MORE_REPLIES.test(text(k)));
  if (more.length === 0 || more.length === kids.length) return false;
  const shapes = new Set<string>();
  for (let e = card.time.parentElement; e && card.el.contains(e); e = e.parentElement) if (e.children.length > 1) shapes.add(shapeOf(e));
  return kids.every((k) => more.includes(k) || [k, ...Array.from(k.getElementsByTagName('*'))].some((d) => shapes.has(shapeOf(d))));
}
