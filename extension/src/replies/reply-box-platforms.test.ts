// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { bilibili } from '../sites/bilibili.ts';
import { fixtureNow, loadFixture } from '../sites/fixture-doc.ts';
import { kuaishou } from '../sites/kuaishou.ts';
import type { SiteAdapter, Unit } from '../sites/types.ts';
import { weixin } from '../sites/weixin.ts';
import { xiaohongshu } from '../sites/xiaohongshu.ts';
import { zhihu } from '../sites/zhihu.ts';
import { insertReplyHandlers } from './insert-reply.ts';
import { insertText, openReplyBox } from './reply-box.ts';

// 插入回复框 on the platforms of issue 14, over their saved pages. happy-dom runs no page script, so each test plays
// the page's part (what its own code does on a click); the e2e spec runs the pages' real scripts in Chromium.

const at = (site: SiteAdapter, n = 0) => {
  const doc = loadFixture(site.testUrls[n]!);
  const units = site.findUnits(doc, fixtureNow);
  const unit = (pred: (u: Unit) => boolean) => units.find(pred)!;
  const others = (u: Unit) => units.filter((o) => o !== u && u.element.contains(o.element)).map((o) => o.element);
  const open = (u: Unit) => openReplyBox(u.element, site.platform, doc, { kind: u.kind, others: others(u), timeoutMs: 300 });
  return { doc, units, unit, open };
};

describe('reply boxes of the new platforms', () => {
  test('小红书: the engage bar opens on click; a comment’s 回复 (never another’s) aims the one shared box', async () => {
    const { doc, unit, open } = at(xiaohongshu);
    const clicked: string[] = [];
    doc.addEventListener('click', (e) => {
      const t = e.target as Element;
      const reply = t.closest('.comments-container .interactions .reply');
      if (!reply && !t.closest('.engage-bar .input-box')) return;
      clicked.push(reply ? reply.closest('.comment-item')!.id : 'engage-bar');
      if (!doc.getElementById('content-textarea')) doc.querySelector('.engage-bar .content-edit')!.innerHTML = '<p id="content-textarea" contenteditable="true"></p>';
    });
    expect(doc.getElementById('content-textarea')).toBeNull();
    const note = unit((u) => u.kind === 'post');
    expect((await open(note))?.id).toBe('content-textarea');
    const sub = unit((u) => u.text.startsWith('您好，已私信您'));
    expect((await open(sub))?.id).toBe('content-textarea');
    expect(clicked).toEqual(['engage-bar', 'comment-6741b002000000001f00a002']);
  });

  test('快手: the video gets the box under it, a comment the inline box its 回复 opens', async () => {
    const { doc, unit, open } = at(kuaishou);
    doc.addEventListener('click', (e) => {
      const item = (e.target as Element).closest('.comment-item-reply')?.closest('.comment-item');
      item?.querySelector('.comment-item-body')?.insertAdjacentHTML('beforeend', '<div class="comment-input reply-input"><textarea></textarea></div>');
    });
    const video = await open(unit((u) => u.kind === 'post'));
    expect(video?.parentElement?.className).toBe('comment-input');
    const comment = unit((u) => u.text.startsWith('我们这边买的青禾'));
    const inline = await open(comment);
    expect(inline?.parentElement?.className).toBe('comment-input reply-input');
    expect(comment.element.contains(inline!)).toBe(true);
    // With that inline box open, the video's own box is still the one under the video.
    expect(await open(unit((u) => u.kind === 'post'))).toBe(video);
  });

  test('B站: the header box three shadow roots down; a comment’s 回复 opens the box in its thread', async () => {
    const { doc, unit, open } = at(bilibili);
    const video = await open(unit((u) => u.kind === 'post'));
    expect(video?.className).toBe('brt-editor');
    expect((video!.getRootNode() as ShadowRoot).host.localName).toBe('bili-comment-rich-textarea');
    const reply = unit((u) => u.kind === 'reply');
    const actions = (reply.element.querySelector('bili-comment-action-buttons-renderer') as Element).shadowRoot!;
    actions.querySelector('#reply button')!.addEventListener('click', () => {
      const thread = (reply.element.getRootNode() as ShadowRoot).host.getRootNode() as ShadowRoot;
      const box = doc.createElement('bili-comment-box');
      const area = doc.createElement('bili-comment-rich-textarea');
      area.attachShadow({ mode: 'open' }).innerHTML = '<div id="input"><div class="brt-root"><div class="brt-editor" contenteditable="true"></div></div></div>';
      box.attachShadow({ mode: 'open' }).append(area);
      (thread.host.getRootNode() as ShadowRoot).querySelector('#reply-container')!.append(box);
    });
    const box = await open(reply);
    expect(box?.className).toBe('brt-editor');
    expect(box).not.toBe(video);
    const thread = ((reply.element.getRootNode() as ShadowRoot).host.getRootNode() as ShadowRoot).host.getRootNode() as ShadowRoot;
    expect(thread.host.localName).toBe('bili-comment-thread-renderer');
    expect(thread.querySelector('#reply-container bili-comment-box')).not.toBeNull();
  });

  test('知乎: the answer gets the comment area’s editor, a comment the inline editor its 回复 opens', async () => {
    const { doc, unit, open } = at(zhihu);
    doc.addEventListener('click', (e) => {
      const item = (e.target as Element).closest('button')?.querySelector('.Zi--Reply') && (e.target as Element).closest('[data-id]');
      item?.querySelector('.css-jp43l4')?.insertAdjacentHTML('afterend', '<div class="inline"><div class="public-DraftEditor-content" contenteditable="true"></div></div>');
    });
    const comment = unit((u) => u.key === 'zhihu:comment:10425500003');
    const inline = await open(comment);
    expect(inline?.parentElement?.className).toBe('inline');
    const answer = await open(unit((u) => u.key === 'zhihu:answer:3400112233'));
    expect(answer?.closest('.css-a9opxf')).not.toBeNull();
    insertText(answer!, '您好，已私信您');
    expect(answer?.textContent).toBe('您好，已私信您');
  });

  test('知乎: the question’s 条评论 opens the comment dialog over the page, and its editor takes the reply', async () => {
    const { doc, unit, open } = at(zhihu);
    const question = unit((u) => u.key.startsWith('zhihu:question:'));
    expect(question.element.querySelector('h1, .QuestionHeader-title')).not.toBeNull();
    // The saved page's header has no comment control; the live one has 「N 条评论」 under the title.
    question.element.insertAdjacentHTML('beforeend', '<div class="QuestionHeader-actions"><button type="button" class="Button css-1x2y3z">12 条评论</button></div>');
    doc.addEventListener('click', (e) => {
      if (!/条评论|添加评论/.test((e.target as Element).closest('button')?.textContent ?? '') || !question.element.contains(e.target as Node)) return;
      doc.body.insertAdjacentHTML('beforeend', '<div class="Modal-wrapper"><div role="dialog" aria-modal="true"><div class="CommentEditorV2-input"><div class="public-DraftEditor-content" contenteditable="true"></div></div></div></div>');
    });
    const box = await open(question);
    expect(box?.closest('[role="dialog"]')).not.toBeNull();
    insertText(box!, '您好，感谢关注');
    expect(box?.textContent).toBe('您好，感谢关注');
    // An answer's box is still its own, not the dialog's.
    const answer = await open(unit((u) => u.key === 'zhihu:answer:3400112233'));
    expect(answer?.closest('[role="dialog"]')).toBeNull();
  });

  test('no box says why: a login wall on 小红书, none at all on 公众号; nothing is ever sent', async () => {
    const { doc, unit } = at(xiaohongshu);
    const handlers = insertReplyHandlers({ site: xiaohongshu, doc });
    const sends: string[] = [];
    doc.addEventListener('click', (e) => (e.target as Element).closest('.btn.submit') && sends.push('send'));
    const res = await handlers['reply:insert']!({ key: unit((u) => u.kind === 'post').key, text: '您好' }, {} as chrome.runtime.MessageSender);
    expect(res).toMatchObject({ inserted: false, code: 'loginWall' });
    const wx = loadFixture(weixin.testUrls[0]!);
    const [article] = weixin.findUnits(wx, fixtureNow);
    expect(await insertReplyHandlers({ site: weixin, doc: wx })['reply:insert']!({ key: article!.key, text: '您好' }, {} as chrome.runtime.MessageSender))
      .toMatchObject({ inserted: false, code: 'noReplyBox' });
    expect(sends).toEqual([]);
  });

  test('B站 logged out: the comment box’s 请先登录 tip, three shadow roots down, is the login wall, not "no box"', async () => {
    const { doc, unit } = at(bilibili);
    // The saved page as a logged-out visitor gets it: the header box holds the tip where the editor was.
    const header = doc.querySelector('bili-comments')!.shadowRoot!.querySelector('bili-comments-header-renderer')!.shadowRoot!;
    const box = header.querySelector('bili-comment-box')!.shadowRoot!;
    box.innerHTML = '<div id="comment-area"><div id="body"><div class="login-tip">请先<span class="login-btn">登录</span>后发表评论 (・ω・)</div></div></div>';
    expect(bilibili.detectLoginWall(doc)).toBeNull(); // the page-level check cannot see it: the reply path must
    const handlers = insertReplyHandlers({ site: bilibili, doc });
    const insert = (u: Unit) => handlers['reply:insert']!({ key: u.key, text: '您好' }, {} as chrome.runtime.MessageSender);
    expect(await insert(unit((u) => u.kind === 'post'))).toMatchObject({ inserted: false, code: 'loginWall' });
    expect(await insert(unit((u) => u.kind === 'comment'))).toMatchObject({ inserted: false, code: 'loginWall' });
    // Only the tip's words count: a box area without them is still "no box".
    box.innerHTML = '<div id="comment-area"><div id="body">评论区加载中</div></div>';
    expect(await insert(unit((u) => u.kind === 'post'))).toMatchObject({ inserted: false, code: 'noBox' });
  });

  test('no box without a login wall says so too, and a unit no longer on the page is named as gone', async () => {
    const { doc, unit } = at(kuaishou);
    doc.querySelector('.comment-input')?.remove(); // a page whose 回复 opens nothing and that has no box of its own
    const handlers = insertReplyHandlers({ site: kuaishou, doc });
    const comment = unit((u) => u.kind === 'comment');
    expect(await handlers['reply:insert']!({ key: comment.key, text: '您好' }, {} as chrome.runtime.MessageSender)).toMatchObject({ inserted: false, code: 'noBox' });
    expect(await handlers['reply:insert']!({ key: 'kuaishou:c:gone', text: '您好' }, {} as chrome.runtime.MessageSender)).toMatchObject({ inserted: false, code: 'gone' });
  });
});
