import { precedes } from './shapes.ts';
import { rowsOf } from './structure.ts';
import { isHiddenInline } from './visibility.ts';

// The article body of a news page when no selector names it (issue 4). Portals put the body in a container of
// paragraphs with no telling class (people.com.cn `.rm_txt_con`, chinanews `.left_zw`, a county site's bare
// <div>), next to footers, related lists and link rows that may hold a longer single line than a short news item.
// So the body is the element whose own paragraphs hold the most text that is not link text, and a footer
// (版权所有, ICP备, © 2026) is never the body, nor is a reader comment the page's comment section did not give away.

const never = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'TEXTAREA', 'SELECT', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM']);
/** Text inside these is part of a paragraph; any other element child is a block of its own. */
const inline = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'FONT', 'SUB', 'SUP', 'MARK', 'BR', 'IMG', 'P']);
const BOILERPLATE = /版权所有|ICP[备证]|公网安备|Copyright\s*©|©\s*\d{4}/i;

const length = (s: string | null) => (s ?? '').replace(/\s+/g, '').length;

/** Text in `el` that is not inside a link (a paragraph's words, not a list of headlines). */
function prose(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += length(c.nodeValue);
    else if (c.nodeType === 1 && (c as Element).tagName !== 'A' && !isHiddenInline(c as Element)) n += prose(c as Element);
  }
  return n;
}

/** The text an element holds as paragraphs: its own text nodes and inline children, its <p> children. */
export function paragraphText(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += length(c.nodeValue);
    else if (c.nodeType === 1 && inline.has((c as Element).tagName) && !isHiddenInline(c as Element)) n += prose(c as Element);
  }
  return n;
}

/**
 * A reader comment's item: a short block with a time and a like count or a profile link, beside a sibling of the
 * same tag and class that has them too. When the page's comment section has no name a selector or heading knows,
 * a long comment would otherwise outweigh a short news item.
 */
function isCommentItem(el: Element, now: Date): boolean {
  const looks = (x: Element) => {
    if (length(x.textContent) > 1000) return false;
    const rows = rowsOf(x, now);
    return !!rows.time && (rows.counts.likes !== undefined || !!rows.author);
  };
  const twins = Array.from(el.parentElement?.children ?? [])
    .filter((o) => o !== el && o.tagName === el.tagName && o.getAttribute('class') === el.getAttribute('class'));
  return twins.length > 0 && looks(el) && twins.some(looks);
}

/** An element past the wrappers around its one child block (a release wraps a block in a div of its own). */
function unwrapped(el: Element): Element {
  let e = el;
  while (e.children.length === 1 && !inline.has(e.children[0]!.tagName) && length(e.textContent) === length(e.children[0]!.textContent)) e = e.children[0]!;
  return e;
}

/**
 * A paragraph in a wrapper of its own (百家号's CSS-module pages print each <p> in a div.index-module_textWrap_…):
 * a block holding paragraphs and inline text only, beside a sibling of the same tag and class. Its words count for
 * the container of the wrappers, which is the body, not the one wrapper with the longest paragraph.
 */
function wrappedParagraph(el: Element): Element | undefined {
  if (inline.has(el.tagName) || never.has(el.tagName)) return undefined;
  const core = unwrapped(el);
  if (!Array.from(core.children).every((c) => inline.has(c.tagName))) return undefined;
  const same = (o: Element) => { const c = unwrapped(o); return c !== core && c.tagName === core.tagName && c.getAttribute('class') === core.getAttribute('class'); };
  return Array.from(el.parentElement?.children ?? []).some((o) => o !== el && same(o)) ? core : undefined;
}

/** A block's paragraph text, its paragraphs in wrappers of their own included. */
function blockText(el: Element): number {
  let n = paragraphText(el);
  for (const c of Array.from(el.children)) {
    const p = isHiddenInline(c) ? undefined : wrappedParagraph(c);
    if (p) n += paragraphText(p);
  }
  return n;
}

export function articleBlockOf(scope: Element, skip: (el: Element) => boolean, now: Date): Element | undefined {
  let best: Element | undefined;
  let bestScore = 2;
  const items = new Map<Element, boolean>();
  const inComment = (el: Element) => {
    for (let a: Element | null = el; a && a !== scope; a = a.parentElement) {
      if (!items.has(a)) items.set(a, isCommentItem(a, now));
      if (items.get(a)) return true;
    }
    return false;
  };
  const walk = (el: Element) => {
    for (const c of Array.from(el.children)) {
      if (never.has(c.tagName) || isHiddenInline(c) || skip(c)) continue;
      if (c.tagName === 'P') continue;
      const n = blockText(c);
      // On a tie the inner element wins: the outer one holds the same paragraphs and more chrome (纠错, 责任编辑).
      if (n >= bestScore && !BOILERPLATE.test(c.textContent ?? '') && !inComment(c)) { best = c; bestScore = n; }
      walk(c);
    }
  };
  walk(scope);
  return best;
}

/**
 * The headline when no h1 holds it (百家号 puts it in an h2 under `.article-title`, a city portal in a div.title):
 * among the headings `where` accepts, the one whose text the page's title starts with (titles end in a portal
 * suffix: `_百度`, `--财经--人民网`, `-新华网`).
 */
export function titledHeading(doc: Document, where: (el: Element) => boolean): Element | undefined {
  // Title classes come in camelCase too (a county CMS's <td class="newsTitle">).
  const found = Array.from(doc.querySelectorAll('h1, h2, h3, [class*="title"], [class*="Title"]')).filter((el) => where(el) && startsTitle(el));
  // The innermost of nested matches (the h2, not its .article-title wrapper): its words are the headline alone.
  return found.find((el) => !found.some((o) => o !== el && el.contains(o)));
}

/**
 * Chrome inside an article container: a block (or a lone link) whose words are all link text but for a short
 * label: 【相关阅读】 lists, an ad link (广告), 搜狐's 返回搜狐，查看更多. A paragraph with a link in its prose stays.
 */
export function isLinkBlock(el: Element): boolean {
  if (el.tagName !== 'A' && inline.has(el.tagName) && el.tagName !== 'P') return false;
  if (el.tagName === 'A' && el.parentElement && inline.has(el.parentElement.tagName)) return false;
  const links = Array.from(el.tagName === 'A' ? [el] : el.querySelectorAll('a'));
  const linked = links.reduce((n, a) => n + length(a.textContent) + (a.querySelector('img[alt]') ? 1 : 0), 0);
  const words = el.tagName === 'A' ? 0 : prose(el);
  // （来源：<a>新华社</a>） is a line of the article: more of its words are its own than linked.
  return linked > 0 && words <= 10 && words <= linked;
}

/** A site's logo in an h1: all its words are one link to the site's home page (大河网 河南第一新闻门户网站). */
export function isHomeLink(el: Element): boolean {
  const links = el.querySelectorAll('a[href]');
  const a = links[0];
  if (links.length !== 1 || !a || (a.textContent ?? '').trim() !== (el.textContent ?? '').trim()) return false;
  try {
    const u = new URL(a.getAttribute('href') ?? '', el.ownerDocument.location?.href);
    return u.pathname === '/' && u.search === '';
  } catch {
    return false;
  }
}

/**
 * The site's name as the page states it: og:site_name, application-name, and the shorter end of a title cut at its
 * separators (青禾乳业沧州送奶进社区-中国新闻网, but also 澎湃新闻 - 青禾乳业…, where the site comes first).
 */
function siteNames(doc: Document): string[] {
  const named = ['meta[property="og:site_name"]', 'meta[name="application-name"]']
    .map((q) => doc.querySelector(q)?.getAttribute('content')?.trim() ?? '');
  const parts = doc.title.split(/\s*(?:[-_|｜–—·]+)\s*/).map((t) => t.trim()).filter(Boolean);
  const [head, tail] = [parts[0], parts[parts.length - 1]];
  const end = parts.length < 2 || !head || !tail ? '' : tail.length < head.length ? tail : head;
  return [...named, end].filter(Boolean);
}

/** A site's logo in an h1 printed as its plain name (<h1 class="logo">中国新闻网</h1>): no headline. */
export function isSiteName(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text !== '' && siteNames(el.ownerDocument).includes(text);
}

/** Whether the page's title (or og:title) starts with the heading's words. */
export function startsTitle(el: Element): boolean {
  const doc = el.ownerDocument;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const titles = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '']
    .map((t) => t.replace(/\s+/g, ' ').trim());
  return text.length >= 4 && titles.some((t) => t.startsWith(text));
}

export { precedes };
