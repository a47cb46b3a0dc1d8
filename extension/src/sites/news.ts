import { textHash } from './hash.ts';
import { articleMeta } from './news-meta.ts';
import { compact } from './parts.ts';
import { note, pick, pickAll, type FallbackList } from './selectors.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { SiteAdapter, Unit } from './types.ts';

// News articles (issue 4) on the rule pack's `newsHosts` (and any page scanned on demand from the side panel).
// One unit for the article (headline + body) and one per reader comment where the page shows a comment section.

const sel = {
  body: [
    { css: '[itemprop="articleBody"]', why: 'schema.org microdata body' },
    { css: '#artibody, .article-content, [class*="article-content"]', why: 'sina and common portal body ids' },
    { css: '.post_body, #endText', why: 'news.163.com body' },
    { css: '[class*="index_cententWrap"], [class*="news_txt"]', why: 'thepaper.cn hashed body' },
    { css: 'article', why: 'structure: the article element' },
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
    { css: '.tie-item, [class*="comment-item"]', why: 'portal comment items (163 跟贴, others)' },
  ],
  commentText: [
    { css: '[itemprop="text"], .tie-cnt, [class*="comment-content"], [class*="comment-text"]', why: 'comment body' },
  ],
  commentAuthor: [
    { css: '[itemprop="author"]', why: 'schema.org comment author' },
    { css: '.tie-author a', why: 'news.163.com commenter link' },
    { css: '[class*="comment-user"], [class*="author"]', why: 'common commenter classes' },
  ],
  commentTime: [{ css: 'time, .tie-time, [class*="time"]', why: 'comment time' }],
} satisfies Record<string, FallbackList>;

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const matched: Record<string, string> = {};
  const comments = pickAll(root, sel.comment);
  const inComments = (el: Element) => !comments?.els.some((c) => c.contains(el));
  const body = note(matched, 'text', pick(root, sel.body, inComments));
  const units: Unit[] = [];
  const meta = articleMeta(doc, pick(doc, sel.byline)?.el ?? doc.body, now);
  Object.assign(matched, meta.matched);
  let articleKey: string | undefined;
  if (body) {
    const headline = note(matched, 'headline', pick(root, sel.headline, (el) => !body.el.contains(el)))?.el;
    const commentsSel = comments ? sel.comment.map((f) => f.css).join(', ') : undefined;
    const ex = extractText(headline ? [headline, body.el] : [body.el], commentsSel ? { exclude: commentsSel } : {});
    const url = meta.url ?? (doc.location?.href !== 'about:blank' ? doc.location?.href : undefined);
    articleKey = `news:${url ? url.replace(/[?#].*$/, '') : textHash(ex.text)}`;
    units.push(compact({
      key: articleKey, platform: 'news', kind: 'article', text: ex.text, truncated: ex.truncated,
      author: meta.author ? { name: meta.author } : undefined, permalink: url, publishedAt: meta.publishedAt,
      element: body.el, map: ex.map, debug: { matched },
    } satisfies Unit));
  }
  for (const c of comments?.els ?? []) {
    const cm: Record<string, string> = { unit: comments?.matched ?? '' };
    const t = note(cm, 'text', pick(c, sel.commentText));
    if (!t) continue;
    const ex = extractText([t.el]);
    const name = pick(c, sel.commentAuthor)?.el.textContent?.trim();
    units.push(compact({
      key: `news:c:${textHash(`${articleKey ?? ''}\n${name ?? ''}\n${ex.text}`)}`, platform: 'news', kind: 'comment',
      text: ex.text, truncated: ex.truncated, author: name ? { name } : undefined,
      publishedAt: parseTime(pick(c, sel.commentTime)?.el.textContent, now), parentKey: articleKey,
      element: c, map: ex.map, debug: { matched: cm },
    } satisfies Unit));
  }
  return units;
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
  ],
  findUnits,
  unitContainers: [...sel.comment, ...sel.body].map((f) => f.css).join(', '),
  detectLoginWall: () => null,
  feedRoot: (doc) => doc.body,
};
