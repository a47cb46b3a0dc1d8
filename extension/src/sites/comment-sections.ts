import { paragraphText, startsTitle } from './article-block.ts';

// Where a news page keeps its reader comments (issue 4): a block named so by id or class, or one a label heads
// (网友评论, 评论（23）, 我来说两句), or the box around a comment form (a textarea under 发表评论). Portals name
// their comment boxes in pinyin abbreviations no list can hold (wlsl, plk, talk), so the label and the form count
// as much as the name. Found once per scan with selector queries; only candidates' text is read.

/** A comment block's id or class. */
const SECTION = /comment|cmt|tie-|pinglun|reply-list|discuss/i;
/**
 * A comment box's label: 网友评论, 评论（23）, 精彩留言 / 读者留言 / 热评 / 跟帖, the 最新评论 / 全部评论 tabs, and the
 * box's own name where it is a form first (我来说两句, 发表评论).
 */
const SECTION_HEAD = /^(?:热门|最新|最热|全部|网友|精彩|读者|用户)?(?:评论|跟贴|跟帖|留言|热评)|^(?:我来|我要)?说两句|^(?:发表|我要|写)评论|^comments?$/i;
/** Where the label is printed: headings, title / head classes, bold text and a row's first span, classed or not. */
const HEADS = 'h2, h3, h4, h5, [class*="title"], [class*="tit"], [class*="hd"], [class*="head"], b, strong, span:first-child';
/** A label is a short line; a paragraph that starts with 评论 is article text. */
const HEAD_LENGTH = 24;
/** A comment box's input, told by its placeholder or the words of its row (发表评论, 文明上网，理性发言). */
const FIELDS = 'textarea, input[placeholder], [contenteditable="true"]';
const FIELD_HINT = /评论|说两句|留言|跟[帖贴]|发言/;

const size = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/** Whether `el` holds the article's headline: an h1, or a heading the page's title starts with (a county h2). */
const holdsHeadline = (el: Element) =>
  !!el.querySelector('h1') || Array.from(el.querySelectorAll('h2, [class*="title"], [class*="Title"]')).some(startsTitle);

/**
 * The block a label or form heads: its parent, or higher while the parent holds little but the label's row
 * (网友评论 · 已有2条评论, a textarea and its 发表评论 button); where the climb reaches the article's own column,
 * the block right after that row. `row` is what the climb went through: the label's or the form's own row.
 */
function headedSection(h: Element): { row: Element; section?: Element } {
  let row = h;
  for (let s = h.parentElement; s && s.tagName !== 'BODY' && !holdsHeadline(s); row = s, s = s.parentElement) {
    if (size(s) - size(row) > 20) return { row, section: s };
  }
  // Past the article's column, the block after the row; never the article's paragraphs (an app page's 正文 · 评论
  // row above the body).
  const next = row.nextElementSibling ?? undefined;
  return { row, section: next && !isProse(next) ? next : undefined };
}

/** Paragraphs of an article: two or more <p>s of words as children, or 100 characters of them. */
const isProse = (el: Element) =>
  paragraphText(el) > 100 || Array.from(el.children).filter((c) => c.tagName === 'P' && size(c) > 0).length >= 2;

export function commentSections(doc: Document): Element[] {
  const named = Array.from(doc.querySelectorAll('[id], [class]')).filter((el) => SECTION.test(`${el.id} ${el.getAttribute('class') ?? ''}`));
  const headed = Array.from(doc.querySelectorAll(HEADS))
    .filter((h) => {
      // Bold words in a paragraph (<p><strong>评论：</strong>这次召回说明…</p>) lead the article's own text.
      if (h.parentElement?.closest('p')) return false;
      const text = (h.textContent ?? '').trim();
      return text.length <= HEAD_LENGTH && SECTION_HEAD.test(text);
    })
    .map((h) => headedSection(h).section);
  const forms = Array.from(doc.querySelectorAll(FIELDS)).flatMap((f) => {
    const { row, section } = headedSection(f);
    return FIELD_HINT.test(`${f.getAttribute('placeholder') ?? ''} ${row.textContent ?? ''}`) ? [section] : [];
  });
  const all = [...new Set([...named, ...headed, ...forms].filter((el): el is Element => !!el))];
  return all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
}
