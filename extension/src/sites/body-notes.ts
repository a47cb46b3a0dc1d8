import { dropTail, type Extracted } from './text-map.ts';

// Lines a news or 公众号 body ends with that are no part of the article (issues 4, 14): the editor (责任编辑：…,
// (责编：…), 【编辑:…】), proof-reader and reviewer (校对, 审核), the credits accounts close with (文字丨…, 排版：…,
// 图片来源：…), the source (来源：齐鲁晚报), a disclaimer (声明：…, 免责声明) and the paper a reprint ran in
// (《 人民日报 》（ 2026年11月22日 10 版）). Portals print them as paragraphs of their own after the last one, inside
// the body container, or as loose text after a <br>, or on the last line itself after its last sentence
// (…将于下月上线。（责任编辑：张三）, …。 责编：赵六 审核：钱七). A paragraph that only starts like one (声明称，公司将…)
// is article text; 原标题：… opens a reprint and stays.

const LABEL = '(?:责任编辑|值班编辑|编辑|责编|校对|审校|审核|初审|复审|终审|监制|来源|稿源|文字|文案|撰文|排版|美编|图片来源|图源|图片|摄影|策划|统筹)';
/** What parts a label from the names: a colon, a slash or a bar (编辑丨李四, as 公众号 print it). */
const SEP = '[:：/／|｜丨︱]';
/**
 * An editor / source line: a label and a colon (or the slash or bar of 编辑 / 李四), names after it; the whole line
 * is short and may be bracketed.
 */
const EDITOR_LINE = new RegExp(`^[(（【\\[]?\\s*${LABEL}\\s*${SEP}[^。！？!?]{0,40}[)）】\\]]?$`);
/** A disclaimer: 声明：…, 免责声明：…, 版权声明：… — sentences, but never the news. */
const DISCLAIMER = /^[(（【\[]?\s*(?:免责|版权|特别|平台)?声明\s*[:：】\]]/;
/** The paper and page a reprint ran on: 《 人民日报 》（ 2026年11月22日 10 版）. */
const EDITION = /^《\s*[^》]{2,12}\s*》\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*\d{1,2}\s*版)?\s*[)）]$/;

/**
 * Names after a label on the last line: 张三, 王震、高雷, 赵敏 孙丽 (never a sentence: no punctuation but 、 and /). Each
 * name ends at a separator, so a long run of words is read one way only, never split every way it could be.
 */
const NAMES = '[\\u4e00-\\u9fa5A-Za-z·]{2,12}(?:(?:\\s*[、/／]\\s*|\\s+)[\\u4e00-\\u9fa5A-Za-z·]{2,12})*';
/**
 * One note printed after the last sentence on its line: bracketed (（责任编辑：张三）, 【编辑：李四】, (来源：新京报))
 * or a label and names (责编：赵六, 编辑 王五, where a space may stand for the colon).
 */
const TAIL_NOTE = `(?:[(（【\\[]\\s*${LABEL}\\s*(?:${SEP}|\\s)[^()（）【】\\[\\]。！？!?]{0,40}[)）】\\]]|${LABEL}\\s*(?:${SEP}\\s*|\\s+)${NAMES})`;
/** Notes closing the last line, right after its last sentence's end (and closing quote). */
const INLINE_NOTES = new RegExp(`(?<=[。！？!?…][”’」』"）)]?)\\s*(?:${TAIL_NOTE}\\s*)+$`);
/** Only the end of the text is read: a line of notes is short. */
const TAIL_READ = 160;

/**
 * How many characters at the end of an article's text are notes on its last line, after its last sentence
 * (…将于下月上线。（责任编辑：张三） → 7); 0 when none. The sentence before stays whole.
 */
export function inlineNotesLength(text: string): number {
  const tail = text.slice(-TAIL_READ);
  const m = INLINE_NOTES.exec(tail);
  return m ? tail.length - m.index : 0;
}

/**
 * An article's text without the notes closing its last line (…将于下月上线。（责任编辑：张三）, …。 文字：陈晨
 * 排版：李四), its map cut to match: the news and 公众号 adapters read a body's end alike.
 */
export function withoutInlineNotes(ex: Extracted): Extracted {
  return dropTail(ex, inlineNotesLength(ex.text));
}

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'H2', 'H3', 'H4', 'H5', 'H6']);
const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function isNoteLine(text: string): boolean {
  return text.length <= 200 && (EDITOR_LINE.test(text) || DISCLAIMER.test(text) || EDITION.test(text));
}

/** A block, or an inline wrapper around blocks (news.cn's <span id="detailContent"> holding the <p>s). */
const isBlock = (el: Element) => BLOCK.has(el.tagName) || Array.from(el.children).some((k) => BLOCK.has(k.tagName));

/**
 * The lines of `el` from its end backward, innermost: the text and inline nodes between one <br> or block and the
 * next, so a loose line after a <br> (…合作。<br>（责任编辑：王小明）) is a line as much as a paragraph is. Read
 * lazily: the caller stops at the article's last words, so only the body's tail is visited.
 */
function* linesBack(el: Element, skip: (el: Element) => boolean): Generator<Node[]> {
  let run: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) {
    if (c.nodeType === 3) run.unshift(c);
    if (c.nodeType !== 1) continue;
    const e = c as Element;
    if (skip(e) || NEVER.has(e.tagName)) continue;
    if (e.tagName !== 'BR' && !isBlock(e)) { run.unshift(e); continue; }
    if (run.length > 0) yield run;
    run = [];
    if (e.tagName !== 'BR') yield* linesBack(e, skip);
  }
  if (run.length > 0) yield run;
}

/**
 * The note lines that close `body` (their text nodes and inline elements): walked back from its last line while
 * each is an editor, source or disclaimer line (or empty); the first line with article words stops the walk, so a
 * note mid-article stays.
 */
export function closingNotes(body: Element, skip: (el: Element) => boolean): Set<Node> {
  const notes = new Set<Node>();
  for (const line of linesBack(body, skip)) {
    const text = line.map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (!isNoteLine(text)) break;
    line.forEach((n) => notes.add(n));
  }
  return notes;
}
