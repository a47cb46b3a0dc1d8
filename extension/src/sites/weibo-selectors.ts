import type { FallbackList } from './selectors.ts';

// weibo.com selectors (issue 4, notes/sites.md). Two generations of hashed classes are live at once: the older
// `head_name_24eEB` / `detail_wbtext_4CRf9` style and the newer `_name_1b05f_122` / `_wbtext_1psp9_14` style.

export const card: FallbackList = [
  { css: 'article.woo-panel-main', why: 'woo design-system panel: feed, profile and detail cards (both generations)' },
  { css: '[class*="Feed_wrap_"]', why: 'older hashed card wrapper' },
  { css: '.wbpro-scroller-item > article, .vue-recycle-scroller__item-view article', why: 'structure: article in a scroller slot' },
  { css: '.woo-panel-main[role="article"], [role="article"].woo-panel-main', why: 'next release: design-system panel as div[role=article]' },
  { css: '.wbpro-scroller-item [role="article"], .vue-recycle-scroller__item-view [role="article"]', why: 'ARIA: article role in a scroller slot' },
];

/** Counts of the reposted original, printed in one line: 转发 5321 · 评论 2019 · 赞 1.1万. */
export const retweetCounts: FallbackList = [
  { css: '[class*="_retweetBar_"], [class*="retweetBar"]', why: 'hashed bar under the original' },
  { css: '[class*="Feed_retweetBar"], .WB_feed_expand .WB_func', why: 'old hashed bar under the original' },
];

/** The reposted original inside a card. */
export const retweetBox: FallbackList = [
  { css: '[class^="_retweet_"], [class*=" _retweet_"]', why: 'new hashed retweet box' },
  { css: '[class*="Feed_retweet_"], [class*="retweet_"]', why: 'old hashed retweet box' },
  { css: '.wbpro-feed-reText', why: 'design-system repost body (box = the body itself)' },
];

export const reText: FallbackList = [
  { css: '.wbpro-feed-reText', why: 'design-system repost body' },
  { css: '[class*="detail_reText"]', why: 'old hashed repost body' },
];

export const text: FallbackList = [
  { css: '.wbpro-feed-content > [class*="_wbtext_"]', why: 'new hashed text inside the design-system content box' },
  { css: '.wbpro-feed-content [class*="detail_wbtext"]', why: 'old hashed text inside the content box (ogText wrapper)' },
  { css: '[class*="_wbtext_"], [class*="detail_wbtext"]', why: 'hashed text anywhere in the card (detail page)' },
  { css: '.wbpro-feed-content', why: 'design-system content box itself' },
];

export const authorLink: FallbackList = [
  { css: 'header a[class*="head_name"]', why: 'old hashed author link' },
  { css: 'header a[class*="_name_"]', why: 'new hashed author link' },
  { css: 'header a[usercard]', why: 'usercard hook on the author link' },
  { css: 'header a[href*="/u/"]', why: 'structure: first profile link in the header' },
];

export const timeLink: FallbackList = [
  { css: 'a[class^="head-info_time"], a[class*=" head-info_time"]', why: 'old hashed time link (title = absolute time)' },
  { css: 'a[class^="_time_"], a[class*=" _time_"]', why: 'new hashed time link (title = absolute time)' },
  { css: 'a[title][href*="weibo.com/"]', why: 'structure: titled link to a post' },
];

export const retweetAuthor: FallbackList = [
  { css: 'a[class*="_name_"], a[class*="head_name"]', why: 'hashed name link in the retweet head' },
  { css: '.wbpro-feed-reText a[usercard], .wbpro-feed-reText a[href*="/n/"]', why: 'leading @name in the repost body' },
];

export const repostIcon: FallbackList = [
  { css: 'i.woo-font--retweet', why: 'design-system retweet icon' },
  { css: '[class*="retweetIcon"]', why: 'hashed retweet icon' },
];

export const commentIcon: FallbackList = [
  { css: 'i.woo-font--comment', why: 'design-system comment icon' },
  { css: '[class*="commentIcon"]', why: 'hashed comment icon' },
];

export const likeCount: FallbackList = [
  { css: 'button[title="赞"] .woo-like-count', why: 'design-system like button count' },
  { css: '.woo-like-count', why: 'design-system like count' },
  { css: 'button[title="赞"]', why: 'ARIA-ish: like button (label 赞 when zero)' },
];

/** Comment parts, looked up inside one comment (`.con1` / `.con2`); wrappers may sit between. */
export const commentText: FallbackList = [
  { css: '.text > span', why: 'comment body after the name' },
  { css: '.text', why: 'whole comment line' },
];
export const commentAuthor: FallbackList = [
  { css: '.text > a[href*="/u/"], .text > a[usercard]', why: 'name link before the body' },
  { css: 'a[usercard], a[href*="/u/"]', why: 'any profile link of the comment' },
];
export const commentTime: FallbackList = [{ css: '.info > div:first-child', why: 'first cell of the info row: time, 来自 location' }];

export const promotedTag: FallbackList = [
  { css: '[class*="wbpro-tag"]', why: 'design-system tag on promoted cards', text: /广告|荐读|推荐|热推/ },
  { css: '[class*="_tag_"], [class*="head_tag"]', why: 'hashed header tag', text: /广告|荐读|推广|热推/ },
];

export const comment: FallbackList = [
  { css: '.wbpro-list .item1 .con1', why: 'design-system comment list (detail page)' },
  { css: '.item1 .con1, [class*="item1"] [class*="con1"]', why: 'comment item outside a .wbpro-list' },
];

export const reply: FallbackList = [
  { css: '.list2 .item2 .con2', why: 'nested replies under a comment' },
  { css: '[class*="item2"] [class*="con2"]', why: 'hashed variant of the reply item' },
];

export const loginWall: FallbackList = [
  { css: '[class*="LoginCard"]', why: 'hashed visitor login card' },
  { css: '.woo-modal-main', why: 'design-system modal asking to log in', text: /登录/ },
  { css: '[class*="login"][class*="mask"], [class*="LoginPop"]', why: 'older login popup', text: /登录/ },
];

/** Observed for changes: wide enough to hold the feed scroller and a detail page's comments across SPA navigation. */
export const feedRoot: FallbackList = [
  { css: 'main', why: 'the app\'s main column: feed scroller, profile list or detail page with comments' },
  { css: '#app', why: 'app root' },
  { css: '#scroller.vue-recycle-scroller', why: 'virtual list of the feed' },
];

// s.weibo.com search results (综合, 实时, 热门, page=N): the classic server-rendered page, older than the Vue app and
// read by its own hooks (node-type, action-type, the card's mid), which public scrapers have relied on for years.

/** A post's result card; user, topic and 推荐 cards, the pager and 相关搜索 carry no feed_list_item hook. */
export const searchCard: FallbackList = [
  { css: 'div.card-wrap[action-type="feed_list_item"]', why: 's.weibo.com: result card of a post, with its mid' },
  { css: '[action-type="feed_list_item"][mid]', why: 'feed-item hook with a mid, whatever the wrapper' },
];

/** The text as shown: cut after about 140 characters, with 展开 (fl_unfold) at the end. */
export const searchText: FallbackList = [
  { css: 'p.txt[node-type="feed_list_content"]', why: 'the post text as shown' },
  { css: '[node-type="feed_list_content"]', why: 'text hook on another element' },
];

/** The whole text of a long post, hidden until 展开 and ending with 收起 (fl_fold). */
export const searchFullText: FallbackList = [
  { css: '[node-type="feed_list_content_full"]', why: 'the long post\'s whole text (display: none until 展开)' },
];

/** Controls inside the texts: their words (展开c, 收起d with an icon-font glyph) are no part of the post. */
export const searchFold = '[action-type="fl_unfold"], [action-type="fl_fold"]';

/** The reposted original inside a card: its author, text, counts and time link (only a box holding its text). */
export const searchRetweet: FallbackList = [
  { css: '.card-comment', why: 's.weibo.com: the original\'s grey box inside the content' },
  { css: '[node-type="feed_list_forwardContent"]', why: 'the original\'s text hook: its box is the block around it' },
];

export const searchRetweetText: FallbackList = [
  { css: 'p[node-type="feed_list_forwardContent"]', why: 'the original\'s text paragraph' },
  { css: '[node-type="feed_list_forwardContent"] [node-type="feed_list_content"]', why: 'older form: text inside a forwardContent block' },
  { css: 'p.txt', why: 'the one text paragraph of the original\'s box' },
];

export const searchAuthor: FallbackList = [
  { css: 'a.name[nick-name]', why: 'name link with the nick-name attribute (post and original)' },
  { css: 'a[nick-name]', why: 'nick-name hook on a link' },
  { css: '.info a[href*="weibo.com/"]', why: 'first profile link of the info row' },
];

/** The time link (//weibo.com/{uid}/{mblogid}?refer_flag=…), 来自 … after it; a post link that shows a time. */
export const searchTime: FallbackList = [
  { css: '.from a[href]', why: 'first link of div.from: the time, linking to the post' },
  { css: 'a[href*="weibo.com/"]', why: 'any link to the post that shows a time' },
];

/** Count cells: 转发 12, 评论 3, 赞 (zero) or the like count; told apart by their action hook or label. */
export const searchActs: FallbackList = [
  { css: '.card-act li', why: 's.weibo.com: the card\'s toolbar cells' },
  { css: '[action-type="feed_list_forward"], [action-type="feed_list_comment"], [action-type="feed_list_like"]', why: 'toolbar action hooks' },
];

export const searchRetweetActs: FallbackList = [
  { css: 'ul.act li', why: 'the original\'s count row (转发 5321 · 评论 2019 · like)' },
  { css: '.func li', why: 'cells of the original\'s function row' },
];

export const searchPromoted: FallbackList = [
  { css: '.card-top', why: 'label bar above a promoted result card', text: /^\s*(?:广告|推广|推荐|荐读|热推)\s*$/ },
];
