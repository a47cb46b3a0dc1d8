// Lines a news body ends with that are no part of the article (issue 4): the editor (责任编辑：…, (责编：…),
// 【编辑:…】), proof-reader and reviewer (校对, 审核), the source (来源：齐鲁晚报) and a disclaimer (声明：…,
// 免责声明). Portals print them as paragraphs of their own after the last one, inside the body container. A
// paragraph that only starts like one (声明称，公司将…) is article text; 原标题：… opens a reprint and stays.

const LABEL = '(?:责任编辑|值班编辑|编辑|责编|校对|审校|审核|终审|监制|来源|稿源)';
/** An editor / source line: a label and a colon, names after it; the whole line is short and may be bracketed. */
const EDITOR_LINE = new RegExp(`^[(（【\\[]?\\s*${LABEL}\\s*[:：][^。！？!?]{0,40}[)）】\\]]?$`);
/** A disclaimer: 声明：…, 免责声明：…, 版权声明：… — sentences, but never the news. */
const DISCLAIMER = /^[(（【\[]?\s*(?:免责|版权|特别|平台)?声明\s*[:：】\]]/;

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'H2', 'H3', 'H4', 'H5', 'H6']);

const lineText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function isNoteLine(text: string): boolean {
  return text.length <= 200 && (EDITOR_LINE.test(text) || DISCLAIMER.test(text));
}

/** The body's lines, innermost first in document order: blocks with no block inside them. */
function lines(body: Element, skip: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const c of Array.from(el.children)) {
      if (skip(c) || !BLOCK.has(c.tagName)) continue;
      if (Array.from(c.children).some((k) => BLOCK.has(k.tagName))) walk(c);
      else out.push(c);
    }
  };
  walk(body);
  return out;
}

/**
 * The note lines that close `body`: walked back from its last line while each is an editor, source or disclaimer
 * line (or empty); the first line with article words stops the walk, so a note mid-article stays.
 */
export function closingNotes(body: Element, skip: (el: Element) => boolean): Set<Element> {
  const notes = new Set<Element>();
  // Text after the last block (…合作。<br>责任编辑：…) belongs to the body itself and is not walked here.
  for (const line of lines(body, skip).reverse()) {
    const text = lineText(line);
    if (text === '') continue;
    if (!isNoteLine(text)) break;
    notes.add(line);
  }
  return notes;
}
