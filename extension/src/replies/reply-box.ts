import type { Platform } from '../sites/types.ts';

// Putting a reply into the site's own reply box (issue 5): on click only, and Vigil never submits. Selectors are
// data, most stable first (STYLE habit 3); the text goes in through the events the site's framework listens to.

const editable = 'textarea, input[type="text"], [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** Where a unit's reply box opens from: the unit's own comment/reply control. */
export const openers: Record<Platform, string[]> = {
  weibo: [
    '[class*="_commentIcon_"]', // PC feed card footer (hashed class generations keep the prefix)
    '.woo-font--comment', // design-system icon inside the 评论 button
    '[action-type="fl_comment"]', // old PC layout
    '.m-ctrl-box .m-diy-btn:nth-child(2)', // m.weibo.cn card footer: 转发 评论 赞
  ],
  douyin: [
    '[data-e2e="comment-reply"]', // 回复 under a comment
    '[data-e2e="feed-comment-icon"]', // the comment icon of a feed or video item
    '[data-e2e="comment-icon"]',
  ],
  news: ['.js-reply', '[class*="reply-btn"]'],
  xiaohongshu: ['.interactions .reply', '.chat-wrapper'], // 回复 under a comment; the note's comment icon
  kuaishou: ['.comment-item-reply', '.comment-reply-btn'],
  bilibili: ['#reply-btn', 'bili-comment-action-buttons-renderer'],
  zhihu: ['.ContentItem-action[class*="comment"]', 'button[class*="Comment"]'],
  weixin: [], // 公众号 has no reply box on the web page
};

/** Reply boxes inside a unit (a comment composer opened under a post or comment). */
export const unitBoxes: Record<Platform, string[]> = {
  weibo: [
    'textarea[class*="Form_input"]', // PC comment composer
    'textarea.W_input', // old PC layout
    '.m-textarea textarea', // m.weibo.cn compose
  ],
  douyin: [
    '[data-e2e="comment-input"] [contenteditable="true"]', // Draft.js editor of an inline reply
    '.comment-input-inner-container [contenteditable="true"]',
  ],
  news: ['.tie-input textarea', '.comment-input textarea'],
  xiaohongshu: ['#content-textarea', '.input-box [contenteditable="true"]'],
  kuaishou: ['.comment-input textarea', '.comment-input [contenteditable="true"]'],
  bilibili: ['bili-comment-box textarea', '#comment-box textarea'],
  zhihu: ['.CommentEditorV2-input [contenteditable="true"]', '.CommentEditor textarea'],
  weixin: [],
};

/**
 * One reply box for the whole page, used when the unit has none of its own: Douyin's comment input under a video,
 * a news site's comment form. Weibo has none: a box of another card must never receive the text.
 */
export const pageBoxes: Record<Platform, string[]> = {
  weibo: [],
  douyin: ['[data-e2e="comment-input"] [contenteditable="true"]', '.comment-input-inner-container [contenteditable="true"]', '[data-e2e="comment-input"] textarea'],
  news: ['.tie-input textarea', '.comment-input textarea', 'form[class*="comment"] textarea'],
  xiaohongshu: ['#content-textarea', '.engage-bar .input-box [contenteditable="true"]'],
  kuaishou: ['.comment-input textarea', '.comment-input [contenteditable="true"]'],
  bilibili: ['#comment-box textarea', '.reply-box-textarea'],
  zhihu: ['.CommentEditorV2-input [contenteditable="true"]'],
  weixin: [],
};

/** Last resort for the opener: the unit's own control labelled 回复 or 评论 (text, the least stable hint). */
const openerWords = ['回复', '评论'];

function first(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const s of selectors) {
    const el = root.querySelector<HTMLElement>(s);
    if (el) return el;
  }
  return null;
}

function byWord(unit: Element): HTMLElement | null {
  for (const el of unit.querySelectorAll<HTMLElement>('span, a, button, [role="button"]')) {
    if (openerWords.includes(el.textContent?.trim() ?? '')) return el;
  }
  return null;
}

export function findReplyBox(unit: Element, platform: Platform): HTMLElement | null {
  return first(unit, unitBoxes[platform]) ?? unit.querySelector<HTMLElement>(editable);
}

/**
 * The unit's reply box: already open, or opened by clicking the unit's reply control and waiting for it; else the
 * page's own box where the platform has one. Waits less when a page box stands ready as the fallback.
 */
export async function openReplyBox(unit: Element, platform: Platform, doc: Document, timeoutMs = 2000): Promise<HTMLElement | null> {
  const existing = findReplyBox(unit, platform);
  if (existing) return existing;
  const control = first(unit, openers[platform]) ?? byWord(unit);
  (control?.closest<HTMLElement>('[role="button"], button, a') ?? control)?.click();
  const pageBox = () => first(doc, pageBoxes[platform]);
  const deadline = Date.now() + (control ? (pageBox() ? Math.min(600, timeoutMs) : timeoutMs) : 0);
  for (;;) {
    const box = findReplyBox(unit, platform);
    if (box) return box;
    if (Date.now() >= deadline) return pageBox();
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Appends `text` at the end of the box so the page's own code sees a user's typing: a textarea's value goes
 * through the native setter (frameworks that track `value`, such as React, then notice the change) followed by an
 * `input` event; a contenteditable editor (Draft.js, Lexical) gets `insertText`, which fires beforeinput/input.
 */
export function insertText(box: HTMLElement, text: string): void {
  box.focus();
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const next = box.value ? `${box.value}${text}` : text;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(box, next);
    box.setSelectionRange?.(next.length, next.length);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (doc.execCommand?.('insertText', false, text)) return;
  // Where execCommand is unavailable: the same events by hand, honouring an editor that handles beforeinput.
  const before = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: text });
  if (box.dispatchEvent(before)) box.append(doc.createTextNode(text));
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
