// Page controls inside an article container (issue 4) that are spans or buttons rather than links, so the link
// rule (isLinkBlock) misses them: share rows (分享到：微信 微博 QQ空间), font size (字号：大 中 小), 打印 and
// 【纠错】. A short block whose words are only such control words, labels and counts is no article text.

const WORDS = [
  '分享到', '分享至', '分享', '转发到', '微信', '朋友圈', '新浪微博', '腾讯微博', '微博', 'QQ空间', 'QQ好友', 'QQ', '豆瓣',
  '复制链接', '二维码', '扫一扫', '字号', '字体', '打印本页', '打印', '纠错', '收藏', '点赞', '举报', '关闭窗口', '返回顶部',
  '大', '中', '小',
];
/** Words that are a control even alone in their row; the others (微信, 大) need a second control word beside them. */
const ALONE = /^(?:打印本页|打印|纠错|关闭窗口|返回顶部)$/;
const TOKEN = new RegExp(WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
const SEPARATORS = /[\s:：|｜/·•、,，【】[\]()（）\d]+/g;
const ROW = new Set(['DIV', 'P', 'UL', 'OL', 'LI', 'SECTION', 'DL', 'DD', 'TD', 'SPAN']);

const ownText = (el: Element) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');

/** Whether `text` is made of control words alone (with their labels' colons, brackets and counts). */
export function isControlText(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 40) return false;
  const words = t.match(TOKEN) ?? [];
  if (t.replace(TOKEN, '').replace(SEPARATORS, '') !== '') return false;
  return words.length >= 2 || (words.length === 1 && ALONE.test(words[0] as string));
}

/**
 * A row of controls: a block (or a span that is a row of its own, beside no words of its paragraph) whose text is
 * control words alone. A span inside a sentence (据<span>微博</span>消息) is never one.
 */
export function isControlRow(el: Element): boolean {
  if (!ROW.has(el.tagName)) return false;
  const p = el.parentElement;
  if (el.tagName === 'SPAN' && (!p || p.tagName === 'P' || ownText(p))) return false;
  return isControlText(el.textContent ?? '');
}
