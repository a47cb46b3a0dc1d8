// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findReplyBox, insertText, openReplyBox } from './reply-box.ts';

describe('reply box', () => {
  test('a textarea gets the text through the native setter and an input event the page sees', () => {
    document.body.innerHTML = '<article id="u"><textarea class="Form_input_2gtXx"></textarea></article>';
    const box = findReplyBox(document.getElementById('u')!, 'weibo')! as HTMLTextAreaElement;
    const seen: string[] = [];
    box.addEventListener('input', (e) => seen.push(`${(e as InputEvent).inputType}:${box.value}`));
    insertText(box, '@小王 您好，已私信您。');
    expect(box.value).toBe('@小王 您好，已私信您。');
    expect(seen).toEqual(['insertText:@小王 您好，已私信您。']);
    expect(document.activeElement).toBe(box);
  });

  test('text is appended after what the box already holds (回复@… prefixes stay)', () => {
    document.body.innerHTML = '<div id="u"><textarea>回复@小王:</textarea></div>';
    const box = findReplyBox(document.getElementById('u')!, 'weibo')! as HTMLTextAreaElement;
    insertText(box, '您好');
    expect(box.value).toBe('回复@小王:您好');
  });

  test('a contenteditable editor gets beforeinput and input', async () => {
    document.body.innerHTML = '<div id="u"></div><div data-e2e="comment-input"><div contenteditable="true"></div></div>';
    // Douyin's comment input under the video serves a comment that has no reply box of its own.
    const box = (await openReplyBox(document.getElementById('u')!, 'douyin', document))!;
    const events: string[] = [];
    for (const type of ['beforeinput', 'input']) box.addEventListener(type, () => events.push(type));
    insertText(box, '您好，已私信');
    expect(box.textContent).toBe('您好，已私信');
    expect(events).toEqual(['beforeinput', 'input']);
  });

  test('a closed box is opened with the unit’s comment control first', async () => {
    document.body.innerHTML = `<article id="u"><footer><div role="button" id="c"><i class="woo-font woo-font--comment _commentIcon_1tpft_121"></i></div></footer></article>`;
    const unit = document.getElementById('u')!;
    document.getElementById('c')!.addEventListener('click', () => unit.insertAdjacentHTML('beforeend', '<textarea class="Form_input_x"></textarea>'));
    const box = await openReplyBox(unit, 'weibo', document);
    expect(box?.tagName).toBe('TEXTAREA');
    // Another card's open composer is never used for this one.
    document.body.innerHTML = '<article id="v"></article><article><textarea class="Form_input_x"></textarea></article>';
    expect(await openReplyBox(document.getElementById('v')!, 'weibo', document, { timeoutMs: 120 })).toBeNull();
  });
});
