import { isRegion } from './regions.ts';
import { dropLead, extractText, type ExtractOptions, type Extracted } from './text-map.ts';

// Badges platforms and portals print on a comment or beside its commenter (issue 4): 置顶, 热评, 精选, 神评,
// 最佳评论, UP主觉得很赞 before the words or in the name's row; 作者, 小编, 官方, 楼主, UP beside the name or inside
// its link; the label of a reply by the author or the outlet (作者回复, 小编回复：); levels and fan-club tags (Lv5, V,
// 粉丝团); floors (沙发, 1楼, #3). They are never a comment's words nor part of its author's name, wherever a release puts them.
// Words that hold such a word inside a sentence (这条必须置顶，…) keep it, and so does a comment that is one whole.

const WORDS = [
  '置顶', '热评', '精选', '神评', '最佳评论', '热门', '作者', '小编', '官方', '楼主', '作者赞过', '作者回复过', 'UP主觉得很赞',
  'UP主', 'UP',
  '(?:作者|小编|编辑|官方)回复\\s*[:：]?',
  // Levels and fan-club tags beside a name.
  '(?:Lv|LV|lv)\\.?\\s*\\d{1,2}', 'V', '粉丝团', '铁粉', '粉丝团\\s*\\d{1,2}',
  // Floors: the first replies' names and numbered ones.
  '沙发', '板凳', '地板', '#?\\d{1,5}\\s*楼', '#\\d{1,5}',
].join('|');

/** A badge's whole text, bare or in the brackets some portals print it in ([置顶], 【热评】). */
export const BADGE_TEXT = new RegExp(`^(?:${WORDS})$|^[\\[【](?:${WORDS})[\\]】]$`);

/** A badge printed as text at the start of a comment's words ([置顶] 这条…, 【热门】…), with the gap after it. */
const PRINTED = new RegExp(`^\\s*[\\[【](?:${WORDS})[\\]】]\\s*`);

/** The text of `node` outside the elements in `out`. */
function textOutside(node: Node, out: ReadonlySet<Element>): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 || out.has(node as Element)) return '';
  let s = '';
  for (let c = node.firstChild; c; c = c.nextSibling) s += textOutside(c, out);
  return s;
}

/** Whether no words of `el` (outside `badges`) come before `b`, or none after it. */
function atEdge(el: Element, b: Element, badges: ReadonlySet<Element>): boolean {
  let before = '';
  let after = '';
  for (let n: Node = b; n !== el && n.parentNode; n = n.parentNode) {
    for (let p = n.previousSibling; p; p = p.previousSibling) before += textOutside(p, badges);
    for (let s = n.nextSibling; s; s = s.nextSibling) after += textOutside(s, badges);
  }
  return before.trim() === '' || after.trim() === '';
}

/** The elements inside `el` whose text passes `test`, printed before or after its other words; none that is all of it. */
function atEdges(el: Element, test: (text: string) => boolean): Element[] {
  const all = (el.textContent ?? '').trim();
  const found = Array.from(el.querySelectorAll('*')).filter((b) => {
    const t = (b.textContent ?? '').trim();
    return t !== all && test(t);
  });
  const set = new Set(found);
  return found.filter((b) => atEdge(el, b, set));
}

/**
 * The badges inside `el` printed before or after its other words (a 置顶 tag before a comment's words, a 作者 tag
 * after the name in its link): what a reader of its words or name leaves out. A badge that is all of `el`'s text
 * is kept, and so is one inside a sentence (这条评论应该<b>置顶</b>，…), which is words.
 */
export const badgesIn = (el: Element): Element[] => atEdges(el, (t) => BADGE_TEXT.test(t));

/**
 * A name element's text without the badges printed in it (奶品实验室<span>作者</span>), nor the place a row of cells
 * prints beside the name (<a>搜狐网友3306</a><span>[北京]</span>, regions.ts). A place that runs into the name's own
 * text (<span>广东</span>靓仔) is part of the name.
 */
export function nameText(el: Element): string {
  const cells = Array.from(el.childNodes).every((n) => n.nodeType !== 3 || /^[\s·•|｜]*$/.test(n.nodeValue ?? ''));
  const out = atEdges(el, (t) => BADGE_TEXT.test(t) || (cells && isRegion(t)));
  return out.length === 0 ? (el.textContent ?? '') : extractText([el], { skip: (x) => out.includes(x) }).text;
}

/** `ex` without a badge printed as text at its start ([置顶] 这条…); a text that is only such a label keeps it. */
export function withoutPrintedBadge(ex: Extracted): Extracted {
  const n = PRINTED.exec(ex.text)?.[0].length ?? 0;
  return n < ex.text.length ? dropLead(ex, n) : ex;
}

/**
 * A comment's words read from `roots`: without the badges printed before or after them, as a tag or as text
 * ([置顶] 这条…), nor a root that is only a badge at either end of the others (name：<span>置顶</span><span>…</span>).
 * `opts.skip` still leaves out what the caller names (nested replies, the name of an inline line).
 */
export function commentWords(roots: readonly Element[], opts: ExtractOptions = {}): Extracted {
  const isBadge = (r: Element) => BADGE_TEXT.test((r.textContent ?? '').trim());
  let [from, to] = [0, roots.length];
  while (to - from > 1 && isBadge(roots[from]!)) from++;
  while (to - from > 1 && isBadge(roots[to - 1]!)) to--;
  const read = roots.slice(from, to);
  const badges = new Set(read.flatMap(badgesIn));
  const skip = opts.skip;
  return withoutPrintedBadge(extractText(read, badges.size === 0 ? opts : { ...opts, skip: (el) => badges.has(el) || !!skip?.(el) }));
}
