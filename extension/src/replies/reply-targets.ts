import type { Platform } from '../sites/types.ts';

// Where each platform's reply box is (issues 5 and 14). Selectors are data, most stable first (STYLE habit 3).
// A selector may pierce open shadow roots with ` >>> `: each step is looked for in the previous match's subtree,
// nested shadow roots included (B站 renders its comment boxes three shadow roots down).

export interface ReplyTarget {
  /** The unit's own comment/reply control, clicked to open (or aim) the box; searched inside the unit. */
  openers: string[];
  /** The control of a post or article (the note's comment icon), where it differs from a comment's 回复. */
  postOpeners?: string[];
  /** Reply boxes that belong to the unit, searched in its scope. */
  unitBoxes: string[];
  /** The page's one box, used when the unit has none of its own (a Douyin video's input, 小红书's engage bar). */
  pageBoxes: string[];
  /** One box serves the whole page and 回复 only aims it at a comment (小红书): taken as soon as it is there. */
  sharedBox?: boolean;
  /** Boxes and controls live in open shadow roots: searches go through them. */
  deep?: boolean;
  /** Where the unit's box appears when not inside the unit itself (B站: the comment thread). */
  scope?: (unit: Element) => ParentNode;
  /**
   * The tip a logged-out visitor sees where the box would be (it must mention 登录): with no box found, it means a
   * login wall, not a page without a box. For tips the site adapter's page-level login check cannot see.
   */
  loginTips?: string[];
}

const brt = 'bili-comment-rich-textarea >>> .brt-editor';

/**
 * 知乎: the question's comments open in a dialog laid over the page (attached to the body), so its box is there; an
 * answer's or a comment's box stays in the unit. The question is the unit holding the page heading, which no answer
 * holds.
 */
function zhihuScope(unit: Element): ParentNode {
  if (!unit.querySelector('h1, .QuestionHeader-title')) return unit;
  // The latest dialog with an editor: a sign-in dialog may stand there too.
  const dialogs = [...unit.ownerDocument.querySelectorAll('[role="dialog"], [aria-modal="true"], .Modal-wrapper')].reverse();
  return dialogs.find((d) => d.querySelector('[contenteditable="true"], textarea')) ?? unit;
}

/** B站: a comment's or reply's #body sits in its renderer's shadow root; the box opens in the thread's. */
function biliThread(unit: Element): ParentNode {
  for (let node: Node = unit; ; ) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) return unit;
    if (root.host.localName === 'bili-comment-thread-renderer') return root;
    node = root.host;
  }
}

export const replyTargets: Record<Platform, ReplyTarget> = {
  weibo: {
    openers: [
      '[class*="_commentIcon_"]', // PC feed card footer (hashed class generations keep the prefix)
      '.woo-font--comment', // design-system icon inside the 评论 button
      '[action-type="fl_comment"]', // old PC layout
      '.m-ctrl-box .m-diy-btn:nth-child(2)', // m.weibo.cn card footer: 转发 评论 赞
    ],
    unitBoxes: ['textarea[class*="Form_input"]', 'textarea.W_input', '.m-textarea textarea'],
    // None: a box of another card must never receive the text.
    pageBoxes: [],
  },
  douyin: {
    openers: ['[data-e2e="comment-reply"]', '[data-e2e="feed-comment-icon"]', '[data-e2e="comment-icon"]'],
    unitBoxes: ['[data-e2e="comment-input"] [contenteditable="true"]', '.comment-input-inner-container [contenteditable="true"]'],
    pageBoxes: ['[data-e2e="comment-input"] [contenteditable="true"]', '.comment-input-inner-container [contenteditable="true"]', '[data-e2e="comment-input"] textarea'],
  },
  news: {
    openers: ['.js-reply', '[class*="reply-btn"]'],
    unitBoxes: ['.tie-input textarea', '.comment-input textarea'],
    pageBoxes: ['.tie-input textarea', '.comment-input textarea', 'form[class*="comment"] textarea'],
  },
  // The engage bar under the note holds the only box: "说点什么..." turns into #content-textarea (contenteditable) on
  // click, and a comment's 回复 aims it at that comment (回复 小王同学).
  xiaohongshu: {
    openers: ['.interactions .reply', '.comment-item .reply'],
    postOpeners: ['.engage-bar .input-box .inner', '.engage-bar .input-box', '.engage-bar .chat-wrapper'],
    unitBoxes: ['#content-textarea', '.engage-bar .input-box [contenteditable="true"]'],
    pageBoxes: ['#content-textarea', '.engage-bar .input-box [contenteditable="true"]', '.input-box [contenteditable="true"]'],
    sharedBox: true,
  },
  // The comment box under the video; 回复 opens an inline box in the comment.
  kuaishou: {
    openers: ['.comment-item-reply', '.comment-reply-btn', '[class*="reply-btn"]'],
    unitBoxes: ['.comment-input textarea', '.comment-input [contenteditable="true"]', '.reply-input textarea'],
    pageBoxes: ['.comment-input textarea', '.comment-input [contenteditable="true"]', '[class*="comment-input"] textarea'],
  },
  // bili-comments → header renderer → bili-comment-box → rich textarea → .brt-editor; a thread's 回复 opens a box in
  // the thread's #reply-container.
  bilibili: {
    openers: ['bili-comment-action-buttons-renderer >>> #reply button', 'bili-comment-action-buttons-renderer >>> #reply'],
    unitBoxes: [`#reply-container bili-comment-box >>> ${brt}`, '#reply-container bili-comment-box >>> [contenteditable="true"]'],
    pageBoxes: [`bili-comments-header-renderer >>> bili-comment-box >>> ${brt}`, 'bili-comments >>> #header bili-comment-box >>> [contenteditable="true"]', '.reply-box-textarea'],
    deep: true,
    scope: biliThread,
    // Logged out, bili-comment-box shows 请先登录后发表评论 in its shadow root instead of the editor (issue 15).
    loginTips: [
      'bili-comment-box >>> [class*="login"]', // the tip or its 登录 button, whatever its generation calls it
      'bili-comment-box >>> #comment-area', // structure: the box's whole area, when only its text says 登录
      '.reply-box .no-login-mask', // the older light-DOM reply box's 请先登录后发表评论 mask
    ],
  },
  // Draft.js editors (stable library class names) in the comment area; N 条评论 opens it, a comment's 回复 opens an
  // inline editor under that comment.
  zhihu: {
    openers: ['.Zi--Reply', '.CommentItemV2-reply'], // icon names (Zi--…) outlive the hashed button classes
    postOpeners: ['.ContentItem-actions .Zi--Comment', '.ContentItem-actions .ContentItem-action[class*="comment"]', '.QuestionHeader-Comment button'],
    scope: zhihuScope,
    unitBoxes: ['.public-DraftEditor-content[contenteditable="true"]', '.CommentEditorV2-input [contenteditable="true"]', '.CommentEditor textarea'],
    pageBoxes: [],
  },
  weixin: { openers: [], unitBoxes: [], pageBoxes: [] }, // 公众号 has no reply box on the web page
};

/** Whether the platform's web page has a box a reply can go into at all (not 公众号). */
export const hasReplyBox = (platform: string): boolean => {
  const t = replyTargets[platform as Platform];
  return !t || t.openers.length + t.unitBoxes.length + t.pageBoxes.length > 0;
};
