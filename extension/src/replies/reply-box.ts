import { deepAll } from '../sites/shadow.ts';
import type { Platform, UnitKind } from '../sites/types.ts';
import { replyTargets } from './reply-targets.ts';

// Putting a reply into the site's own reply box (issues 5 and 14): on click only, and Vigil never submits. Where
// each platform's box is lives in reply-targets.ts; the text goes in through the events the site's framework hears.

const editable = 'textarea, input[type="text"], [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** Last resort for the opener: the unit's own control labelled 回复 / 评论 / 236 条评论 (text, the least stable hint). */
const openerWords = /^(回复|评论|添加评论|[\d.,]+[万千kw]?\s*条评论)$/;

export interface OpenOptions {
  kind?: UnitKind;
  /** Elements of other units inside this one (the comments under a note): their controls and boxes are not ours. */
  others?: readonly Element[];
  timeoutMs?: number;
}

/** Matches of `selector` under `root`; ` >>> ` steps into the previous match's subtree, shadow roots included. */
function query(root: ParentNode, selector: string, deep: boolean): Element[] {
  let found: ParentNode[] = [root];
  for (const step of selector.split(' >>> ')) {
    found = found.flatMap((r) => (deep ? deepAll(r, step) : Array.from(r.querySelectorAll(step))));
  }
  return found as Element[];
}

function first(root: ParentNode, selectors: readonly string[], deep: boolean, ours: (el: Element) => boolean): HTMLElement | null {
  for (const s of selectors) {
    const el = query(root, s, deep).find(ours);
    if (el) return el as HTMLElement;
  }
  return null;
}

function byWord(unit: Element, ours: (el: Element) => boolean): HTMLElement | null {
  for (const el of unit.querySelectorAll<HTMLElement>('span, a, button, [role="button"]')) {
    if (openerWords.test(el.textContent?.trim() ?? '') && ours(el)) return el;
  }
  return null;
}

const oursFor = (unit: Element, others: readonly Element[]) => (el: Element) => !others.some((o) => o !== unit && o.contains(el));

export function findReplyBox(unit: Element, platform: Platform, others: readonly Element[] = []): HTMLElement | null {
  const t = replyTargets[platform];
  const ours = oursFor(unit, others);
  const scope = t.scope?.(unit) ?? unit;
  return first(scope, t.unitBoxes, !!t.deep, ours) ?? (scope === unit ? first(unit, [editable], false, ours) : null);
}

/** Whether the platform's logged-out tip stands where its box would be (B站's comment box, issue 15). */
export function loginTipShown(platform: Platform, doc: Document): boolean {
  const t = replyTargets[platform];
  return !!t.loginTips && first(doc, t.loginTips, !!t.deep, (el) => /登录/.test(el.textContent ?? '')) !== null;
}

/**
 * The unit's reply box: already open, or opened by clicking the unit's reply control and waiting for it; else the
 * page's own box where the platform has one. Waits less when a page box stands ready as the fallback; where one
 * box serves the page (小红书), takes it as soon as the click has aimed it.
 */
export async function openReplyBox(unit: Element, platform: Platform, doc: Document, opts: OpenOptions = {}): Promise<HTMLElement | null> {
  const { kind = 'comment', others = [], timeoutMs = 2000 } = opts;
  const t = replyTargets[platform];
  const ours = oursFor(unit, others);
  const pageBox = () => first(doc, t.pageBoxes, !!t.deep, () => true);
  const post = kind === 'post' || kind === 'article' || kind === 'repost';
  const existing = findReplyBox(unit, platform, others);
  if (existing) return existing;
  const control = first(unit, (post && t.postOpeners) || t.openers, !!t.deep, ours) ?? byWord(unit, ours);
  (control?.closest<HTMLElement>('[role="button"], button, a') ?? control)?.click();
  if (!control) return existing ?? pageBox();
  const deadline = Date.now() + (pageBox() && !t.sharedBox ? Math.min(600, timeoutMs) : timeoutMs);
  for (;;) {
    const box = t.sharedBox ? pageBox() : findReplyBox(unit, platform, others);
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
