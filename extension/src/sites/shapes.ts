import type { Counts } from '@vigil/shared/engine/types';
import { BADGE_TEXT } from './badges.ts';
import { countShape } from './counts.ts';
import { isRegion } from './regions.ts';
import { parseTime } from './time.ts';

// What the structural fallback (issue 12) recognises by shape rather than by name: times (5分钟前, 昨天 12:00,
// a title holding the absolute time), counts (1.2万, 10万+, 1.2w, -, zero labels) and profile links. A site
// release renames classes; it does not change what a time or a count looks like.

export type CountField = keyof Counts;

const MAX_LEAF = 40;

/** Absolute time an element shows (its title first, where Weibo keeps the absolute form); undefined if none. */
export function timeOf(el: Element, now: Date): string | undefined {
  const title = el.getAttribute('title');
  if (title && title.length <= MAX_LEAF) {
    const t = parseTime(title, now);
    if (t) return t;
  }
  const text = (el.textContent ?? '').trim();
  if (!text || text.length > MAX_LEAF) return undefined;
  return parseTime(text, now);
}

/** The count an element shows when its whole text is count-shaped. */
export function countOf(el: Element): number | undefined {
  return countShape(el.textContent);
}

/** The element inside the wrappers a layout put around a block (a wrapper holds one element and no text). */
export function coreOf(el: Element): Element {
  let core = el;
  while (core.children.length === 1 && !Array.from(core.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim())) {
    core = core.children[0] as Element;
  }
  return core;
}

/** Innermost elements satisfying `test`: an element whose child also satisfies it gives way to the child. */
export function leaves(scope: Element, test: (el: Element) => boolean, skip: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    if (skip(el)) return false;
    let childHit = false;
    for (const c of Array.from(el.children)) if (visit(c)) childHit = true;
    if (!childHit && test(el)) {
      out.push(el);
      return true;
    }
    return childHit;
  };
  for (const c of Array.from(scope.children)) visit(c);
  return out;
}

const labelFields: [RegExp, CountField | null][] = [
  [/转发|retweet|repost|forward/i, 'reposts'],
  [/评论|comment|chat/i, 'comments'],
  [/收藏|collect|fav|star/i, 'collects'],
  [/分享|share/i, 'shares'],
  [/回复|reply|弹幕|danmaku|投币|coin|播放|view/i, null],
  [/赞|喜欢|like|digg|praise|thumb/i, 'likes'],
];

function fieldOfLabel(label: string): CountField | null | undefined {
  for (const [re, field] of labelFields) if (re.test(label)) return field;
  return undefined;
}

/**
 * Which count a count-shaped element is: a zero label (转发), an aria-label or title (赞 1.2万), or an icon's class
 * beside it (woo-font--retweet). null for counts that are not reach (回复, 弹幕); undefined when nothing says.
 */
export function countField(el: Element, stop: Element, others: readonly Element[] = []): CountField | null | undefined {
  const own = (el.textContent ?? '').trim();
  if (countShape(own) === 0 && !/^\d/.test(own)) {
    const f = fieldOfLabel(own);
    if (f !== undefined) return f;
  }
  return countHint(el, stop, others);
}

/**
 * What marks a count-shaped element as a count from outside its own words: an aria-label, title or test hook, or an
 * icon beside it, looked for up to the block that holds it alone (none of `others`).
 */
export function countHint(el: Element, stop: Element, others: readonly Element[] = []): CountField | null | undefined {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    // Climb only while the element holds this count alone: a row's icons belong to its other counts.
    if (others.some((o) => o !== el && e.contains(o))) break;
    const label = `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''} ${e.getAttribute('data-e2e') ?? ''}`.trim();
    if (label) {
      const f = fieldOfLabel(label);
      if (f !== undefined) return f;
    }
    for (const icon of Array.from(e.querySelectorAll('i, svg, use, img, span'))) {
      if (icon === el || icon.contains(el)) continue;
      const hint = `${icon.getAttribute('class') ?? ''} ${icon.getAttribute('xlink:href') ?? ''} ${icon.getAttribute('alt') ?? ''}`;
      if (!hint.trim()) continue;
      const f = fieldOfLabel(hint);
      if (f !== undefined) return f;
    }
  }
  return undefined;
}

/** Whether `a` comes before `b` in the page and does not hold it. */
export const precedes = (a: Node, b: Node) => !a.contains(b) && !!(a.compareDocumentPosition(b) & 4 /* FOLLOWING */);

/** A link to a user's profile on any of the platforms Vigil reads (百家号's author.baidu.com/home?app_id= too). */
export const PROFILE_HREF = /\/(?:u|n|profile|user|people|space)\/|space\.bilibili\.com\/\d|\/author\/|author\.baidu\.com\/home/;

export function isProfileLink(el: Element, now: Date): boolean {
  if (el.tagName !== 'A') return false;
  const href = el.getAttribute('href') ?? '';
  if (!PROFILE_HREF.test(href) && !el.hasAttribute('usercard')) return false;
  const name = (el.textContent ?? '').trim();
  return name.length > 0 && name.length <= 30 && countShape(name) === undefined && timeOf(el, now) === undefined;
}

/**
 * A commenter's name where no link looks like a profile link (澎湃's /user_881201): the link with text that goes
 * where the avatar's link goes, since portals link both the avatar and the name to the user's page.
 */
export function avatarTwin(unit: Element, now: Date, skip: (el: Element) => boolean = () => false): Element | undefined {
  const inside = (a: Element) => {
    for (let e: Element | null = a; e && e !== unit; e = e.parentElement) if (skip(e)) return false;
    return true;
  };
  const links = Array.from(unit.querySelectorAll('a[href]')).filter((a) => inside(a) && !/^(?:#|javascript:)/i.test(a.getAttribute('href') ?? ''));
  const avatars = new Set(links.filter((a) => a.querySelector('img') && !(a.textContent ?? '').trim()).map((a) => a.getAttribute('href')));
  return links.find((a) => {
    const name = (a.textContent ?? '').trim();
    return avatars.has(a.getAttribute('href')) && !a.querySelector('img') && name.length > 0 && name.length <= 30
      && countShape(name) === undefined && timeOf(a, now) === undefined;
  });
}

/**
 * A commenter's name printed as plain text (中华网's <span class="cmt-name">, no link at all): the first short text
 * before the time in the row that holds the time, that is no count, time, label or place (四川成都 comes after the
 * name, 北京 | 2小时前 stands where a portal prints no name).
 */
export function nameBeforeTime(unit: Element, time: Element, now: Date): Element | undefined {
  let row = time;
  while (row.parentElement && row.parentElement !== unit && row.parentElement.children.length === 1) row = row.parentElement;
  const parent = row.parentElement;
  if (!parent || parent === unit) return undefined;
  for (const el of Array.from(parent.children)) {
    if (el === row) return undefined;
    const name = (el.textContent ?? '').trim();
    if (name && name.length <= 30 && countShape(name) === undefined && timeOf(el, now) === undefined && !CHROME_TEXT.test(name) && !isRegion(name)) return el;
  }
  return undefined;
}

/** A control's word beside a commenter's name (floors such as 沙发 and 3楼 are badges, in CHROME_TEXT): no name. */
const NOT_A_NAME = /^(?:举报|分享|删除|顶|踩|赞|点赞|更多)$/;
/** An element holding text alone: no child but an icon or emphasis. */
const plain = (el: Element) => Array.from(el.children).every((k) => /^(?:IMG|I|EM|B|FONT)$/.test(k.tagName));

/** Whether a short text could be a plain-text name: no count, time, floor, control, label, badge or place. */
function nameLike(el: Element, now: Date): boolean {
  if (!plain(el)) return false;
  const name = (el.textContent ?? '').trim();
  return name.length > 0 && name.length <= 30 && countShape(name) === undefined && labelledCount(name) === undefined
    && timeOf(el, now) === undefined && !CHROME_TEXT.test(name) && !NOT_A_NAME.test(name) && !isRegion(name);
}

/**
 * A commenter's name printed as plain text in a row of its own, away from the time (a portal's
 * <dt><span>潍坊网友</span></dt> over <dd>words … time · 回复 · 赞</dd>, an app page's name beside the commenter's
 * region): the first short text in the unit outside its words and the time's row that is no count, time, floor,
 * control, label or place (广东 in a row of its own is where the comment came from). Above the words or below
 * them: a release that moves the name row keeps the name.
 */
export function nameInOwnRow(unit: Element, text: Element, time: Element | undefined, now: Date, skip: (el: Element) => boolean = () => false): Element | undefined {
  const timeRow = time?.parentElement && time.parentElement !== unit ? time.parentElement : time;
  return leaves(unit, (el) => nameLike(el, now), (el) => skip(el) || el === text || el === timeRow)[0];
}

/** The cells a name is printed in; a comment's words fill a block (a <p>, a <div>) of their own. */
const NAME_CELL = /^(?:SPAN|B|STRONG|EM|FONT|LABEL|CITE)$/;
/** Text between a row's cells: spaces and separators (名字 · 广东). */
const BETWEEN = /^[\s·•|｜/:：,，、\-—_~]*$/;
/** The longest cell beside a name in its row: a place (河北正定, IP属地：广东), a badge, a level. */
const BESIDE = 8;

/**
 * The name of a commenter no profile link names, before the words are known (issue 4): the name before the time
 * in its row, or a cell of two characters or more opening a row of its own, with nothing after it but short cells
 * (<span>燕赵小哥</span><span>河北正定</span> over the words). A single character in a cell is words (顶, ？).
 */
export function plainName(unit: Element, time: Element, now: Date, skip: (el: Element) => boolean = () => false): Element | undefined {
  const inRow = nameBeforeTime(unit, time, now);
  if (inRow && !NOT_A_NAME.test((inRow.textContent ?? '').trim())) return inRow;
  const opens = (el: Element) => {
    const row = el.parentElement;
    if (!row || row === unit || row.contains(time)) return false;
    let first = true;
    return Array.from(row.childNodes).every((n) => {
      const t = (n.textContent ?? '').trim();
      if (n === el) return first;
      if (n.nodeType === 3 && BETWEEN.test(t)) return true;
      if (n.nodeType !== 1 || t === '') return n.nodeType !== 3;
      first = false;
      return t.length <= BESIDE;
    });
  };
  const cell = (el: Element) => NAME_CELL.test(el.tagName) && (el.textContent ?? '').trim().length > 1 && nameLike(el, now) && opens(el);
  return leaves(unit, cell, skip)[0];
}

/** Links to the rest of a reply thread (共12条回复, 查看全部5条回复, 展开3条回复): never a reply of their own. */
export const MORE_REPLIES = /^(?:共\s*\d+\s*条回复|查看(?:全部|更多)\s*\d*\s*条?回复|展开\s*\d*\s*条回复)\s*[>›]?$/;

/** Short texts around a post that are never its text: source, region, tags, follow buttons, ad labels, badges. */
export const CHROME_TEXT = new RegExp(`^(?:来自|IP\\s*属地|发布于|编辑于)|^(?:广告|荐读|推荐|热推|关注|已关注|\\+\\s*关注|回复|展开\\d*条回复|共\\d+条回复|收起)$|${BADGE_TEXT.source}`);

// 赞(12) and 赞（12） as portals' comment lists print them, too.
const LABELLED = /(转发|评论|点赞|赞|收藏|分享|喜欢)\s*[:：]?\s*[(（]?\s*(\d+(?:\.\d+)?(?:万|亿|千|[wWkK])?\+?)\s*[)）]?/g;

/** Counts written with their labels in one line: "转发 5321 · 评论 2019 · 赞 1.1万" (a repost's original). */
export function labelledCounts(text: string): Partial<Record<CountField, number>> {
  const out: Partial<Record<CountField, number>> = {};
  for (const m of text.matchAll(LABELLED)) {
    const field = fieldOfLabel(m[1] as string);
    if (field && out[field] === undefined) out[field] = countShape(m[2]);
  }
  return out;
}

/** A single labelled count ("赞 1.1万") as its field and number. */
export function labelledCount(text: string): { field: CountField; n: number } | undefined {
  const t = text.trim();
  if (t.length > 16) return undefined;
  const m = /^(转发|评论|点赞|赞|收藏|分享|喜欢)\s*[:：]?\s*[(（]?\s*(\d+(?:\.\d+)?(?:万|亿|千|[wWkK])?\+?)\s*[)）]?$/.exec(t);
  const field = m ? fieldOfLabel(m[1] as string) : undefined;
  return m && field ? { field, n: countShape(m[2]) as number } : undefined;
}
