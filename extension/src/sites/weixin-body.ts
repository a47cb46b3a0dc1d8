import { isLinkBlock } from './article-block.ts';
import { isNoteLine } from './body-notes.ts';

// What a 公众号 body holds besides the article (issue 14): accounts open it with 点击上方蓝字关注我们 and close it
// with - END -, a 往期推荐 list of their other articles (whose titles may name a brand the article never does),
// 分享、点赞、在看 and the 来源 / 编辑 / 文字 / 排版 / 审核 lines (body-notes.ts, read as on news pages, which also
// cuts such notes from the end of the last line). Only the opening and closing runs of such lines are left out;
// the same words inside the article stay.

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const FOLLOW = /^(?:点击|点)?(?:上方|下方)?(?:蓝字|「?[^「」]{0,10}」?)?\s*(?:关注我们|关注我|设为星标)/;
const LABEL = /^(?:[-—–\s]*END[-—–\s]*|往期推荐|往期回顾|推荐阅读|精彩推荐|相关阅读|热文推荐|更多精彩)[:：]?$/i;
const ASK = /^(?:点个?在看|(?:[^，。]{0,6})?分享.{0,3}点赞.{0,3}在看|觉得不错.{0,8}在看|喜欢就点个?赞)/;

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The body's lines in order: blocks with no block inside them. */
function lines(body: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const c of Array.from(el.children)) {
      if (!BLOCK.has(c.tagName)) continue;
      if (Array.from(c.children).some((k) => BLOCK.has(k.tagName))) walk(c);
      else out.push(c);
    }
  };
  walk(body);
  return out;
}

const opening = (t: string) => t.length <= 30 && FOLLOW.test(t);
const closing = (el: Element, t: string) => t.length <= 60 && (LABEL.test(t) || ASK.test(t) || isNoteLine(t) || isLinkBlock(el));

/** The lines that open and close `body` around the article, per the file's head. */
export function bodyChrome(body: Element): Set<Element> {
  const all = lines(body);
  const out = new Set<Element>();
  for (const line of all) {
    const t = text(line);
    if (t && !opening(t)) break;
    out.add(line);
  }
  for (const line of [...all].reverse()) {
    const t = text(line);
    if (out.has(line) || (t && !closing(line, t))) break;
    out.add(line);
  }
  return out;
}
