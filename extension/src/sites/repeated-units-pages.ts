// Test helper: comment lists as platforms print them, with the threads the structural walk (repeated-units.ts) gets
// wrong when nothing names them: a comment with exactly one reply (beside it in a replies box, or nested in its
// body), and two sibling comments of which a release wrapped only one. Class names are hashed or renamed the way a
// release leaves them; what stays is what the platforms print around replies: the 回复 @名字： lead, the 作者回复
// label, 展开 N 条回复 under a replies box, a smaller avatar, a thread nested in its thread. Times are Beijing time
// against fixtureNow (2026-11-22 17:40).

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

export interface Said { uid: string; name: string; words: string; time: string; likes: string }

/** A thread's units as the walk should find them: commenter, words, and the index of the comment a reply answers. */
export type Expected = [name: string | undefined, words: string, parent?: number];

export interface ThreadCase { name: string; html: string; units: Expected[] }

export const buyer: Said = { uid: '61a0000000000000000000d1', name: '酸奶受害者', words: '青禾乳业的酸奶喝了肚子疼，退款三天没人理', time: '11-21 江苏', likes: '1.2万' };
export const staff: Said = { uid: '5f1a2b3c000000000100f001', name: '青禾乳业客服', words: '回复@青禾乳业官方:已私信您，请留意', time: '2小时前 北京', likes: '赞' };
export const other: Said = { uid: '61a0000000000000000000d2', name: '控糖小能手', words: '同一批次我也喝了，没事', time: '5小时前 上海', likes: '3' };

/** 小红书's comment item (comment-item generation); a reply's carries comment-item-sub, or (a release) no longer. */
const xhsItem = (s: Said, sub = false) => `<div class="comment-item${sub ? ' comment-item-sub' : ''}"><div class="comment-inner-container"><div class="avatar"><a href="/user/profile/${s.uid}"><img class="avatar-item" src="${gif}" alt=""></a></div>
<div class="right"><div class="author-wrapper"><div class="author"><a class="name" href="/user/profile/${s.uid}">${s.name}</a></div></div>
<div class="content"><span class="note-text">${s.words}</span></div>
<div class="info"><div class="date"><span>${s.time}</span></div><div class="interactions"><div class="like"><span class="count">${s.likes}</span></div><div class="reply"><span class="count">回复</span></div></div></div></div></div></div>`;
/** A 小红书 thread: the comment, then its replies box (the reply items, 展开 N 条回复 where more are folded). */
export const xhsThread = (c: Said, reply?: Said, more = '', sub = false) => `<div class="parent-comment">${xhsItem(c)}${reply
  ? `<div class="reply-container"><div class="list-container">${xhsItem(reply, sub)}</div>${more ? `<div class="show-more">${more}</div>` : ''}</div>` : ''}</div>`;
export const xhsList = (threads: string) => `<div class="comments-container"><div class="total">共 57 条评论</div><div class="list-container">${threads}</div></div>`;

/** weibo.com's design-system comment (.item1 › .con1), renamed by a release; its one reply in a box beside the card. */
const wbLine = (s: Said) => `<div class="_text_8k2j1_4"><a href="/u/${s.uid}" usercard="${s.uid}">${s.name}</a>:<span>${s.words}</span></div>
<div class="_info_8k2j1_6 woo-box-flex"><div>${s.time}</div><button class="woo-like-main" title="赞"><span class="woo-like-count">${s.likes}</span></button></div>`;
export const wbThread = (c: Said, reply?: Said, more = '') => `<div class="vue-recycle-scroller__item-view"><div class="_item_8k2j1_1"><div class="_in_8k2j1_2 woo-box-flex">
<a href="/u/${c.uid}"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a><div class="_con_8k2j1_3 woo-box-item-flex">${wbLine(c)}</div></div>
${reply ? `<div class="_list_8k2j1_9"><div class="_con_8k2j1_3 woo-box-item-flex">${wbLine(reply)}</div>${more ? `<div class="_more_8k2j1_11"><span>${more}</span><i class="woo-font woo-font--angleRight"></i></div>` : ''}</div>` : ''}</div></div>`;

/**
 * weibo.com's comment of a release that prints name:words and the time on one line, its one reply (no avatar) above
 * the comment's own line: both blocks hold words, only the comment's avatar tells whose line is whose.
 */
export const wbReplyAbove = (c: Said, reply?: Said) => `<div class="vue-recycle-scroller__item-view"><div class="_item_3n7b5_1 woo-box-flex">
<a href="/u/${c.uid}"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a><div class="_con_3n7b5_3">
${reply ? `<div class="_sub_3n7b5_7"><div class="_ln_3n7b5_4"><a href="/u/${reply.uid}">${reply.name}</a>:<span>${reply.words}</span> <span>${reply.time}</span></div></div>` : ''}
<div class="_ln_3n7b5_4"><a href="/u/${c.uid}">${c.name}</a>:<span>${c.words}</span> <span>${c.time}</span></div></div></div></div>`;

/** 知乎's comment system: a reply is a thread of the same template nested in its thread's children box. */
const zhComment = (s: Said, children = '') => `<div class="css-1oy9rlk"><div class="css-jp43l4"><a href="https://www.zhihu.com/people/${s.uid}"><img class="Avatar" src="${gif}" alt=""></a>
<div class="css-14nvvry"><div class="css-swj9d4"><a href="https://www.zhihu.com/people/${s.uid}">${s.name}</a></div><div class="css-1jpzztt">${s.words}</div>
<div class="css-140jo2"><span class="css-12cl38p">${s.time}</span><button type="button">回复</button><button type="button">${s.likes}</button></div></div></div>${children}</div>`;
export const zhThread = (c: Said, reply?: Said) => zhComment(c, reply ? `<div class="css-16zdamy">${zhComment(reply)}</div>` : '');

/** 抖音's comment item (data-e2e kept, classes hashed); an expanded reply sits in the item's body, its avatar smaller. */
const dyBody = (s: Said, size: number, inner = '') => `<div class="Hx1Avt7q"><a href="//www.douyin.com/user/MS4wLjABAAAA${s.uid}"><span class="semi-avatar" style="width: ${size}px; height: ${size}px"><img src="${gif}" alt=""></span></a></div>
<div class="Rm8NqZ2c"><div class="Uq3KsX9a"><a href="//www.douyin.com/user/MS4wLjABAAAA${s.uid}"><span>${s.name}</span></a></div>
<div class="Lp6WbY4d"><span>${s.words}</span></div><div class="Gv6TcR5y"><span>${s.time}</span><p class="Ce8MzX1v"><span>${s.likes}</span></p><span>回复</span></div>${inner}</div>`;
const dyReplies = (r: Said) => `<div class="Tb2GyU6m"><div class="Ka9PlM3x">${dyBody(r, 24)}</div></div>`;
/** An item with its expanded reply in its body, or (`beside`) in a box a release moved beside the body. */
export const dyItem = (c: Said, reply?: Said, beside = false) => `<div data-e2e="comment-item" class="Zc5NhE2r">${dyBody(c, 32, reply && !beside ? dyReplies(reply) : '')}${reply && beside ? dyReplies(reply) : ''}</div>`;
export const dyList = (items: string) => `<div data-e2e="comment-list" class="Hy5RtC1z">${items}</div>`;

/** 快手's comment item after a release renamed its classes: a reply nests in the comment's body. */
const ksItem = (s: Said, cls: string, subs = '') => `<div class="${cls}"><div class="k2-portrait"><img src="${gif}" alt=""></div>
<div class="k2-body"><div class="k2-author"><a href="/profile/${s.uid}">${s.name}</a></div><div class="k2-content">${s.words}</div>
<div class="k2-info"><span>${s.time}</span><span class="k2-like">${s.likes}</span><span>回复</span></div>${subs}</div></div>`;
export const ksComment = (c: Said, reply?: Said) => ksItem(c, 'k2-item k2-main', reply ? `<div class="k2-subs">${ksItem(reply, 'k2-item k2-sub')}</div>` : '');

/** B站's comment thread as light DOM (the web components a shadow-root walk sees): the comment, then its replies. */
const biliBody = (s: Said) => `<div id="body"><a href="https://space.bilibili.com/${s.uid}"><img src="${gif}" alt=""></a><div id="main"><div id="header"><a href="https://space.bilibili.com/${s.uid}">${s.name}</a></div>
<div id="content">${s.words}</div><div id="footer"><span id="pubdate">${s.time}</span><span id="like">${s.likes}</span><span>回复</span></div></div></div>`;
export const biliThread = (c: Said, reply?: Said, replyFirst = false) => {
  const r = reply ? `<bili-comment-replies-renderer><bili-comment-reply-renderer>${biliBody(reply)}</bili-comment-reply-renderer></bili-comment-replies-renderer>` : '';
  const own = `<bili-comment-renderer>${biliBody(c)}</bili-comment-renderer>`;
  return `<bili-comment-thread-renderer>${replyFirst ? r + own : own + r}</bili-comment-thread-renderer>`;
};

/** A portal's reader comment: the name as plain text, an 作者回复 box nested under the words. */
export const portalComment = (name: string, time: string, words: string, reply?: [time: string, words: string]) => `<li class="cmt"><div class="cmt-hd"><span>${name}</span><span>${time}</span></div>
<p class="cmt-txt">${words}</p>${reply ? `<div class="cmt-re"><div class="cmt-re-hd"><b>作者回复</b><span>${reply[0]}</span></div><p>${reply[1]}</p></div>` : ''}</li>`;

/** Wraps markup in the element a release put around it (a positioning or lazy-load div). */
export const wrapped = (html: string) => `<div class="v1c8Kq2">${html}</div>`;
