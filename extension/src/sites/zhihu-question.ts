import { parseCount } from './counts.ts';
import { compact } from './parts.ts';
import { note, noteHeuristic, pick, type FallbackList } from './selectors.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';
import { parseTime } from './time.ts';
import type { Unit } from './types.ts';

// The question of a 知乎 question page (/question/{qid}, and above the answer on /question/{qid}/answer/{aid}):
// its title and detail are the asker's words, a post of its own beside the answers. The page heading outside every
// answer is the title; the header around it is the largest block holding no answer; the detail is that header's
// text block. The question's microdata (schema.org/Question: url, commentCount, dateCreated, author) outlives a
// release's class names, and the id comes from the URL or that microdata.

/** Answer and article items: the question's parts are never inside one. */
export const ITEM = '.ContentItem, [data-zop], .Post-Main, [itemprop="answer"], [itemprop="acceptedAnswer"]';
const outside = (el: Element) => !el.closest(ITEM);

const sel = {
  scope: [
    { css: '[itemtype$="schema.org/Question"]', why: 'microdata scope of the question page' },
    { css: '[itemprop="zhihu:question"]', why: 'question link block above an answer' },
  ],
  title: [
    { css: '.QuestionHeader-title', why: 'question title (2024–2026)' },
    { css: 'h1', why: 'the page heading outside every answer: the question' },
  ],
  detail: [
    { css: '.QuestionRichText .RichText, .QuestionHeader-detail .RichText', why: 'question detail text' },
    { css: '.QuestionHeader-detail', why: 'question detail block' },
  ],
  comments: [{ css: 'button', why: 'N 条评论 button of the question', text: /^\s*\d[\d,.]*\s*万?\s*条评论\s*$/ }],
  more: [{ css: 'button', why: '显示全部 of a collapsed detail', text: /^\s*显示全部/ }],
} satisfies Record<string, FallbackList>;

/** A detail shorter than this, found by structure only, is a label of the header (关注者, 被浏览), not words. */
const MIN_DETAIL = 6;

/**
 * The largest block around the title that holds no answer and no navigation, within the question's microdata
 * scope: the question's header (the whole scope on a question nobody answered yet).
 */
function headerOf(title: Element, scope: Element | undefined): Element {
  const end = scope?.contains(title) ? scope.parentElement : null;
  let header = title;
  for (let p = header.parentElement; p && p !== end && p.tagName !== 'BODY' && !p.querySelector(`${ITEM}, nav, [role="navigation"]`); p = p.parentElement) header = p;
  return header;
}

const metaOf = (scope: Element | undefined, prop: string) => Array.from(scope?.querySelectorAll(`meta[itemprop="${prop}"]`) ?? [])
  .find(outside)?.getAttribute('content') ?? undefined;

/** The question as a post, or null where the page shows none (feeds, articles, a page without its heading). */
export function questionUnit(doc: Document, now: Date): Unit | null {
  const matched: Record<string, string> = {};
  const scope = note(matched, 'state', pick(doc, sel.scope, outside))?.el;
  const qid = /\/question\/(\d+)/.exec(doc.location?.pathname ?? '')?.[1] ?? /\/question\/(\d+)/.exec(metaOf(scope, 'url') ?? '')?.[1];
  // A bare page heading is the question only inside the question's microdata: an error page has headings too.
  const title = qid ? note(matched, 'title', pick(doc, scope ? sel.title : sel.title.slice(0, 1), outside))?.el : undefined;
  if (!qid || !title) return null;
  const header = headerOf(title, scope);
  const notTitle = (el: Element) => !el.contains(title) && !title.contains(el);
  // Structure: the header's longest text outside the title and the links (topics, the asker); buttons never count.
  const skip = (el: Element) => el === title || el.tagName === 'A';
  const picked = note(matched, 'text', pick(header, sel.detail, notTitle))?.el;
  const guess = picked ? undefined : textBlockOf(header, rowsOf(header, now, skip), skip);
  const detail = picked ?? noteHeuristic(matched, 'text', guess && notTitle(guess) && (guess.textContent ?? '').trim().length >= MIN_DETAIL ? guess : undefined);
  // A question without detail is its title.
  matched.text ??= matched.title!;
  const ex = extractText(detail ? [title, detail] : [title]);
  if (pick(header, sel.more)) ex.truncated = true;
  const asker = Array.from(scope?.querySelectorAll('[itemprop="author"]') ?? []).find(outside);
  const name = (asker?.querySelector('meta[itemprop="name"]')?.getAttribute('content') ?? asker?.textContent ?? '').trim();
  const comments = parseCount(metaOf(scope, 'commentCount') ?? pick(header, sel.comments)?.el.textContent?.replace('条评论', ''));
  return compact({
    key: `zhihu:question:${qid}`, platform: 'zhihu', kind: 'post', text: ex.text, truncated: ex.truncated,
    author: name ? { name } : undefined, permalink: `https://www.zhihu.com/question/${qid}`,
    publishedAt: parseTime(metaOf(scope, 'dateCreated'), now),
    counts: comments !== undefined ? { comments } : undefined, element: header, map: ex.map, debug: { matched },
  } satisfies Unit);
}
