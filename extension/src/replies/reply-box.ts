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
};

/** Reply boxes, searched inside the unit first, then in the page (Douyin has one comment input per video). */
export const boxes: Record<Platform, string[]> = {
  weibo: [
    'textarea[class*="Form_input"]', // PC comment composer
    'textarea.W_input', // old PC layout
    '.m-textarea textarea', // m.weibo.cn compose
  ],
  douyin: [
    '[data-e2e="comment-input"] [contenteditable="true"]', // Draft.js editor of the comment panel
    '.comment-input-inner-container [contenteditable="true"]',
    '[data-e2e="comment-input"] textarea',
  ],
  news: ['.tie-input textarea', '.comment-input textarea'],
};

function first(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const s of selectors) {
    const el = root.querySelector<HTMLElement>(s);
    if (el) return el;
  }
  return null;
}

export function findReplyBox(unit: Element, platform: Platform, doc: Document): HTMLElement | null {
  return first(unit, boxes[platform]) ?? unit.querySelector<HTMLElement>(editable) ?? first(doc, boxes[platform]);
}

/** Clicks the unit's reply control, then waits (up to `timeoutMs`) for a reply box to appear. */
export async function openReplyBox(unit: Element, platform: Platform, doc: Document, timeoutMs = 2000): Promise<HTMLElement | null> {
  const existing = findReplyBox(unit, platform, doc);
  if (existing) return existing;
  const control = first(unit, openers[platform]);
  (control?.closest<HTMLElement>('[role="button"], button, a') ?? control)?.click();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    const box = findReplyBox(unit, platform, doc);
    if (box) return box;
  }
  return null;
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
