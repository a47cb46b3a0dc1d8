import { BADGE_TEXT, commentWords, nameText, withoutPrintedBadge } from './badges.ts';
import { closingNotes, withoutInlineNotes } from './body-notes.ts';
import { pairedComments, type PairedComment } from './comment-pairs.ts';
import { commentSections } from './comment-sections.ts';
import { isControlRow } from './control-rows.ts';
import {
  articleBlockOf, isHomeLink, isLinkBlock, isSiteName, paragraphText, precedes, startsTitle, titledHeading,
} from './article-block.ts';
import { parseCount } from './counts.ts';
import { textHash } from './hash.ts';
import { articleMeta } from './news-meta.ts';
import { compact } from './parts.ts';
import { isRegion } from './regions.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import { avatarTwin, nameBeforeTime, nameInOwnRow } from './shapes.ts';
import { repeatedUnits } from './repeated-units.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { dropLead, extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { SiteAdapter, Unit } from './types.ts';

// News articles (issues 4, 12) on the rule pack's `newsHosts` (and any page scanned on demand from the side panel).
// One unit for the article (headline + body) and one per reader comment: a comment is judged on its own text,
// never merged into the article. Portals' comment markup differs and changes, so comments the selectors miss are
// found by structure inside the page's comment section. A commenter's region (北京 | 2小时前, IP 属地：广东) is never
// their name; a portal's 广东网友 label is (regions.ts). A reply held in a comment (作者回复 / 小编回复 with a name
// and time row of its own, printed under the comment's words or above its time row) is a reply of it, and its
// label is no name. Badges (置顶, 热评, 精选, 作者, 官方, Lv5, 1楼, badges.ts) beside the commenter or before the
// words are neither the words nor the name.

const sel = {
  body: [
    { css: '[itemprop="articleBody"]', why: 'schema.org microdata body' },
    { css: '#artibody, .article-content, [class*="article-content"]', why: 'sina and common portal body ids' },
    { css: '.post_body, #endText', why: 'news.163.com body' },
    { css: '[class*="index_cententWrap"], [class*="news_txt"]', why: 'thepaper.cn hashed body' },
    { css: '.main_content .text, #mp-editor, .article, [class*="main_content"] [class*="text"]', why: 'ifeng / sohu bodies' },
    { css: '[class*="index-module_articleWrap"], #ArticleContent', why: '百家号 CSS-module body, 腾讯新闻 body' },
    { css: 'article, [role="article"]', why: 'structure: the article element or role' },
    { css: 'main', why: 'structure: main landmark' },
  ],
  headline: [
    { css: 'h1.main-title, h1.post_title, h1[class*="title"]', why: 'portal headline classes' },
    { css: 'article h1, h1', why: 'structure: first h1' },
  ],
  byline: [
    { css: '.date-source, .post_info, [class*="index_left"], .article-info', why: 'portal byline blocks' },
    { css: 'article header, header', why: 'structure: article header' },
  ],
  comment: [
    { css: '[itemprop="comment"]', why: 'schema.org comment' },
    { css: '.tie-item, [class*="comment-item"], [class*="comment_item"], .c-comment-item', why: 'portal comment items (163 跟贴, sohu, others)' },
  ],
  commentText: [
    { css: '[itemprop="text"], .tie-cnt, [class*="comment-content"], [class*="comment-text"], [class*="comment_text"]', why: 'comment body' },
  ],
  commentAuthor: [
    { css: '[itemprop="author"]', why: 'schema.org comment author' },
    { css: '.tie-author a', why: 'news.163.com commenter link' },
    { css: '[class*="comment-user"], [class*="author"], [class*="nickname"]', why: 'common commenter classes' },
  ],
  commentTime: [{ css: 'time, .tie-time, [class*="time"]', why: 'comment time' }],
  commentLikes: [{ css: '.tie-vote, [class*="vote"], [class*="like"], [class*="zan"]', why: 'comment up-votes (顶 88, 赞 12)' }],
} satisfies Record<string, FallbackList>;

/** A comment found on the page: its element, the comment it replies to, and a paired comment's head row. */
type FoundComment = { el: Element; parent?: Element } & Partial<Omit<PairedComment, 'el'>>;

function commentUnits(root: ParentNode, pageSections: Element[], articleKey: string | undefined, now: Date): Unit[] {
  const picked = pickAll(root, sel.comment);
  const sections = picked ? [] : pageSections.filter((s) => (root as Node).contains(s) || s.contains(root as Node));
  // Replies nested in a comment are units of their own, pointing at it (none is dropped silently), a lone one
  // (the author's reply under it, or above the comment's time row) too: the walk finds both (repeated-units.ts).
  // Where a section holds no repeated block, comments printed as a head row over a words row (a table, a <dl>).
  const structural: FoundComment[] = sections.flatMap((s) => {
    const repeated = repeatedUnits(s, now);
    return repeated.length > 0 ? repeated : pairedComments(s, now);
  });
  // A picked item inside another (腾讯新闻's .qqcom-sub-comment under its .qqcom-comment-item) is a reply of it.
  const found: FoundComment[] = picked?.els.map((el) => ({ el, parent: picked.els.findLast((o) => o !== el && o.contains(el)) })) ?? structural;
  const units: Unit[] = [];
  const keyOf = new Map<Element, string>();
  const foundEls = new Set(found.map((f) => f.el));
  for (const { el: c, parent, head, iso } of found) {
    const isUnit = (el: Element) => el !== c && foundEls.has(el);
    // A selector's match inside a reply is the reply's (its time printed above the comment's own): never the comment's.
    const own = (el: Element) => {
      for (let e: Element | null = el; e && e !== c; e = e.parentElement) if (isUnit(e)) return false;
      return true;
    };
    const cm: Record<string, string> = { unit: picked?.matched ?? 'heuristic' };
    // A paired comment's name, time and likes are in its head row; its words are the row itself.
    const meta = head ?? c;
    let rows: ReturnType<typeof rowsOf> | undefined;
    const r = () => (rows ??= rowsOf(meta, now, isUnit, ['likes']));
    const t = note(cm, 'text', pick(c, sel.commentText, own))?.el ?? noteHeuristic(cm, 'text', head ? c : textBlockOf(c, r(), isUnit));
    if (!t) continue;
    const timeIn = (el: Element) => parseTime(el.getAttribute('datetime') ?? el.textContent, now);
    // A class naming the time row (澎湃's .ansright_time: time, likes, 回复) is no time: only one that reads as a time.
    const when = note(cm, 'time', pick(meta, sel.commentTime, (el) => own(el) && timeIn(el) !== undefined))?.el
      ?? noteHeuristic(cm, 'time', r().time?.el);
    // A class that names the commenter's row (.comment-user-area) may hold the region: a place is no name; nor is
    // an avatar (腾讯新闻's img.qnt-author-info-author-img) or a badge classed as the author's (头条's 作者 tag).
    const named = (el: Element) => {
      const text = (el.textContent ?? '').trim();
      return own(el) && text.length > 0 && !isRegion(text) && !BADGE_TEXT.test(text);
    };
    const nameEl = note(cm, 'author', pick(meta, sel.commentAuthor, named))?.el
      ?? noteHeuristic(cm, 'author', r().author ?? avatarTwin(meta, now, isUnit) ?? (when && nameBeforeTime(meta, when, now))
        ?? nameInOwnRow(meta, t, when, now, isUnit));
    // A badge printed in the name's own element (名字<span>官方</span>) is no part of the name.
    const name = nameEl ? nameText(nameEl).trim() : undefined;
    // Name：words on one line (a reply under its comment): the words are those after the name, its badge and time.
    // Badges before the words ([置顶], 热评 tags) are no words either.
    const inline = !!nameEl && t.contains(nameEl);
    const read = commentWords([t], { skip: (el) => isUnit(el) || (inline && (el === nameEl || r().chrome.has(el))) });
    const ex = inline ? withoutPrintedBadge(dropLead(read, /^\s*[:：]?\s*/.exec(read.text)?.[0].length ?? 0)) : read;
    const likesEl = note(cm, 'likes', pick(meta, sel.commentLikes, own))?.el;
    const likes = likesEl ? parseCount(likesEl.textContent) : noteHeuristic(cm, 'likes', r().counts.likes?.n);
    const key = `news:c:${textHash(`${articleKey ?? ''}\n${name ?? ''}\n${ex.text}`)}`;
    keyOf.set(c, key);
    units.push(compact({
      key, platform: 'news', kind: parent ? 'reply' : 'comment',
      text: ex.text, truncated: ex.truncated, author: name ? { name } : undefined,
      publishedAt: when ? timeIn(when) : noteHeuristic(cm, 'time', iso),
      parentKey: parent ? keyOf.get(parent) : articleKey,
      counts: likes !== undefined ? { likes } : undefined, element: c, map: ex.map, debug: { matched: cm },
    } satisfies Unit));
  }
  return units;
}

/**
 * The article's body and headline. A body selector may match the article's whole column (头条's .article-content,
 * a portal's .article) with headline and byline inside: then the headline is the one in it, the body its paragraphs.
 */
function articleParts(
  root: ParentNode, doc: Document, matched: Record<string, string>, found: Record<string, string>,
  inSection: (el: Element) => boolean, outside: (el: Element) => boolean, now: Date,
): { body?: Element; headline?: Element } {
  const body = note(matched, 'text', pick(root, sel.body, outside))?.el
    ?? noteHeuristic(matched, 'text', articleBlockOf(doc.body, inSection, now));
  if (!body) return {};
  // A logo in an h1 (an image, the site's name linking home or printed plain) is no headline; of the headings
  // left, the one the page's title starts with comes first.
  const titled = (el: Element) => (el.textContent ?? '').trim().length >= 4 && !isHomeLink(el) && !isSiteName(el);
  const outer = (el: Element) => !body.contains(el) && titled(el);
  const before = note(found, 'headline', pick(root, sel.headline, (el) => outer(el) && startsTitle(el)) ?? pick(root, sel.headline, outer))?.el
    ?? noteHeuristic(found, 'headline', titledHeading(doc, (el) => precedes(el, body)));
  if (before) return { body, headline: before };
  const inside = note(found, 'headline', pick(body, sel.headline, titled))?.el
    ?? noteHeuristic(found, 'headline', titledHeading(doc, (el) => body.contains(el)));
  if (!inside) return { body };
  const paragraphs = articleBlockOf(body, (el) => inSection(el) || !precedes(inside, el), now);
  // Paragraphs that are the column's own children (澎湃, <article> pages) leave the column as the body.
  if (!paragraphs || paragraphText(paragraphs) < paragraphText(body)) return { body, headline: inside };
  return { body: paragraphs, headline: inside };
}

/** Query parameters that name the article itself (百家号's /s?id=…, a CMS's ?articleId=…), never a tracker. */
const ID_PARAM = /^(?:id|aid|docid|newsid|articleid|contentid|itemid)$/i;

/**
 * The article's URL as its key: without the fragment and the share and tracking parameters (?wfr=spider&for=pc,
 * utm_*), so every way in reads as one article, but with the parameters that name it: all 百家号 articles are /s.
 */
function articleId(url: string): string {
  const [base = url, query = ''] = url.replace(/#.*$/, '').split('?');
  const ids = query.split('&').filter((kv) => ID_PARAM.test(kv.split('=')[0] ?? ''));
  return ids.length > 0 ? `${base}?${ids.join('&')}` : base;
}

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const matched: Record<string, string> = {};
  const sections = commentSections(doc);
  const outside = (el: Element) => !sections.some((s) => s.contains(el) || el.contains(s));
  const inSection = (el: Element) => sections.includes(el) || /^(NAV|ASIDE)$/.test(el.tagName);
  // The headline element found on the page is what the debug map names, not the metadata's headline text.
  const found: Record<string, string> = {};
  const { body, headline } = articleParts(root, doc, matched, found, inSection, outside, now);
  const units: Unit[] = [];
  const meta = articleMeta(doc, { scope: pick(doc, sel.byline)?.el ?? doc.body, headline, body }, now);
  Object.assign(matched, meta.matched, found);
  let articleKey: string | undefined;
  const url = meta.url ?? (doc.location?.href !== 'about:blank' ? doc.location?.href : undefined);
  if (body && ((root as Node).contains(body) || body.contains(root as Node))) {
    // 相关阅读 lists, ad links, 返回搜狐 and share / 字号 / 打印 rows inside the article container are no part of
    // the article, nor are the editor, source and disclaimer lines after its last words (paragraphs, loose text, or
    // the end of the last line).
    const chrome = (el: Element) => inSection(el) || isLinkBlock(el) || (el !== body && isControlRow(el));
    const notes = closingNotes(body, chrome);
    const read = extractText(headline && !body.contains(headline) ? [headline, body] : [body], {
      skip: (el) => chrome(el) || notes.has(el), skipText: (t) => notes.has(t),
    });
    // A note on the last line itself (…上线。（责任编辑：张三）) is cut after the sentence it follows.
    const ex = withoutInlineNotes(read);
    articleKey = `news:${url ? articleId(url) : textHash(ex.text)}`;
    units.push(compact({
      key: articleKey, platform: 'news', kind: 'article', text: ex.text, truncated: ex.truncated,
      author: meta.author ? { name: meta.author } : undefined, permalink: url, publishedAt: meta.publishedAt,
      element: body, map: ex.map, debug: { matched },
    } satisfies Unit));
  } else if (url) articleKey = `news:${articleId(url)}`;
  return [...units, ...commentUnits(root, sections, articleKey, now)];
}

export const news: SiteAdapter = {
  id: 'news',
  platform: 'news',
  // Resolved at run time from the rule pack's newsHosts (see siteFor in index.ts); none are fixed here.
  hosts: [],
  matches: [],
  testUrls: [
    'http://news.sina.com.cn/c/2026-03-05/doc-inhqinghe5120394.html',
    'http://www.thepaper.cn/newsDetail_forward_30124567.html',
    'http://news.163.com/26/0305/14/KQ8QINGHE0001899O.html',
    'http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781234.shtml',
    'http://www.thepaper.cn/newsDetail_forward_30200001.html',
    'http://news.ifeng.com/c/8QingHe2026Nov22.html',
    'http://www.sohu.com/a/812345678_121234.html',
    'http://www.sixthtone.com/news/1016789.html',
    'http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781300.shtml',
    'http://news.sina.com.cn/c/2026-11-22/doc-inweather0001.shtml',
    'http://www.toutiao.com/article/7441234567890123456/',
    'http://baijiahao.baidu.com/s?id=1817234567890123456&wfr=spider&for=pc',
    'http://new.qq.com/rain/a/20261122A01ABC00',
    'http://www.163.com/dy/article/JH12ABCD0512D3VJ.html',
  ],
  findUnits,
  unitContainers: [...sel.comment, ...sel.body].map((f) => f.css).join(', '),
  detectLoginWall: () => null,
  feedRoot: (doc) => doc.body,
};
