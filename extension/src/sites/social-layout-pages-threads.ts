import type { SocialPage } from './social-layout-pages.ts';

// weibo.com post pages (issue 4) whose comments show twice or whose lone reply sits before its comment: a release
// with no avatars shown prints a comment's only reply above its own name:words line, and the same comment comes
// again in 按时间 under 热门, or after a 查看更多 load. A reply stays its comment's; each comment is one unit.
// Times are Beijing time as printed; expectations are UTC against fixtureNow (17:40 in Beijing).

const like = (n: string) => `<button class="woo-like-main" title="赞"><span class="woo-like-iconWrap"><svg class="woo-like-icon"></svg></span><span class="woo-like-count">${n}</span></button>`;
const post = (mid: string, text: string) => `<article class="woo-panel-main"><header class="woo-box-flex"><a href="/u/5678901234" class="_name_1b05f_122" usercard="5678901234"><span>宝妈小雨</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/5678901234/${mid}" title="2026-11-22 16:00">今天 16:00</a><div class="_from_1tpft_56">来自 微博 weibo.com</div></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">${text}</div></div>
<footer><div><i class="woo-font woo-font--retweet"></i><span> 转发 </span></div><div><i class="woo-font woo-font--comment"></i><span> 3 </span></div><div>${like('2,048')}</div></footer></article>`;
const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文 - 微博</title></head><body><div id="app"><main>${body}</main></div></body></html>`;

interface Said { uid: string; name: string; words: string; info: string; likes: string }
const lineOf = (s: Said) => `<div class="_line_9c8d7_20"><a href="/u/${s.uid}" usercard="${s.uid}">${s.name}</a>:<span>${s.words}</span></div>`;
const metaOf = (s: Said) => `<div class="_meta_9c8d7_24 woo-box-flex"><div>${s.info}</div>${like(s.likes)}</div>`;
/** A comment of a release that shows no avatars; its only reply printed above (`first`) or under its own line. */
const bare = (c: Said, reply?: Said, first = false) => {
  const r = reply ? `<div class="_sub_9c8d7_30"><div class="_subCon_9c8d7_35">${lineOf(reply)}${metaOf(reply)}</div></div>` : '';
  return `<div class="vue-recycle-scroller__item-view"><div class="_item_9c8d7_5"><div class="_con_9c8d7_12 woo-box-item-flex">${first ? r : ''}${lineOf(c)}${metaOf(c)}${first ? '' : r}</div></div></div>`;
};

const lu: Said = { uid: '6612340101', name: '路人甲乙丙', words: '报销检查费就完了？青禾得公开检测报告', info: '昨天 14:05 来自广东', likes: '1.2万' };
const li: Said = { uid: '6612340105', name: '理性吃瓜', words: '等官方通报吧', info: '11-21 08:00 来自湖北', likes: '12' };
const fan: Said = { uid: '6612340106', name: '青禾老粉', words: '喝了十年了，这次也等结果', info: '11-21 20:30 来自浙江', likes: '3' };
const staff: Said = { uid: '1650123456', name: '青禾乳业客服', words: '已私信您，请留意查收', info: '3分钟前 来自北京', likes: '赞' };
const lawyer: Said = { uid: '6612340102', name: '律师小陈', words: '建议保留好病历和购买凭证', info: '11-20 09:12 来自北京', likes: '56' };

const postUnit = { kind: 'post' as const, author: '宝妈小雨', text: '青禾客服终于回电话了，说会给孩子报销检查费用。', at: '2026-11-22T08:00:00.000Z', counts: { reposts: 0, comments: 3, likes: 2048 } };
const unitOf = (s: Said, kind: 'comment' | 'reply', at: string, likes: number, parent: number) => ({ kind, author: s.name, text: s.words, at, counts: { likes }, parent });

const replyFirst: SocialPage = {
  name: 'weibo.com post page, renamed list with no avatars shown: a lone reply printed above its comment’s line, another under it',
  url: 'https://weibo.com/5678901234/QcH1i2J3k',
  html: page(`${post('QcH1i2J3k', '青禾客服终于回电话了，说会给孩子报销检查费用。')}
<div class="woo-panel-main _feed_3iffy_2"><div class="_list_9c8d7_1"><div class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${bare(lu)}${bare(li, staff, true)}${bare(fan, lawyer)}
</div></div></div></div>`),
  units: [
    postUnit,
    unitOf(lu, 'comment', '2026-11-21T06:05:00.000Z', 12_000, 0),
    unitOf(li, 'comment', '2026-11-21T00:00:00.000Z', 12, 0),
    unitOf(staff, 'reply', '2026-11-22T09:37:00.000Z', 0, 2),
    unitOf(fan, 'comment', '2026-11-21T12:30:00.000Z', 3, 0),
    unitOf(lawyer, 'reply', '2026-11-20T01:12:00.000Z', 56, 4),
  ],
};

/** A comment of the design-system list (.wbpro-list .item1 .con1), its replies in .list2. */
const item1 = (c: Said, replies: Said[] = []) => `<div class="vue-recycle-scroller__item-view"><div class="item1"><div class="item1in woo-box-flex">
<div><a href="/u/${c.uid}"><div class="woo-avatar-main"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="woo-avatar-img" alt=""></div></a></div>
<div class="con1 woo-box-item-flex"><div class="text"><a href="/u/${c.uid}" usercard="${c.uid}">${c.name}</a>:<span>${c.words}</span></div>
<div class="info woo-box-flex"><div>${c.info}</div>${like(c.likes)}</div>
${replies.length > 0 ? `<div class="list2">${replies.map((r) => `<div class="item2"><div class="con2 woo-box-item-flex"><div class="text"><a href="/u/${r.uid}" usercard="${r.uid}">${r.name}</a>:<span>${r.words}</span></div><div class="info woo-box-flex"><div>${r.info}</div>${like(r.likes)}</div></div></div>`).join('')}</div>` : ''}
</div></div></div></div>`;

const hotThenByTime: SocialPage = {
  name: 'weibo.com post page: a comment in 热门 and again in 按时间 (with its reply both times), the design-system list',
  url: 'https://weibo.com/5678901234/QcH2i3J4k',
  html: page(`${post('QcH2i3J4k', '青禾客服终于回电话了，说会给孩子报销检查费用。')}
<div class="woo-panel-main"><div class="wbpro-list"><div class="_head_8u7y6_1"><span>热门评论</span></div>
${item1(lu, [staff])}${item1(li)}
</div><div class="wbpro-list"><div class="_head_8u7y6_1"><span>按时间</span></div>
${item1(fan)}${item1(lu, [staff])}
</div></div>`),
  units: [
    postUnit,
    unitOf(lu, 'comment', '2026-11-21T06:05:00.000Z', 12_000, 0),
    unitOf(staff, 'reply', '2026-11-22T09:37:00.000Z', 0, 1),
    unitOf(li, 'comment', '2026-11-21T00:00:00.000Z', 12, 0),
    unitOf(fan, 'comment', '2026-11-21T12:30:00.000Z', 3, 0),
  ],
};

const moreLoaded: SocialPage = {
  name: 'weibo.com post page, renamed list: a 查看更多 load appends a page that repeats the last comments shown',
  url: 'https://weibo.com/5678901234/QcH3i4J5k',
  html: page(`${post('QcH3i4J5k', '青禾客服终于回电话了，说会给孩子报销检查费用。')}
<div class="woo-panel-main _feed_3iffy_2"><div class="_list_9c8d7_1"><div class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${bare(lu)}${bare(li, staff)}
${bare(li, staff)}${bare(fan)}
</div></div><div class="_more_9c8d7_40"><span>查看更多</span></div></div></div>`),
  units: [
    postUnit,
    unitOf(lu, 'comment', '2026-11-21T06:05:00.000Z', 12_000, 0),
    unitOf(li, 'comment', '2026-11-21T00:00:00.000Z', 12, 0),
    unitOf(staff, 'reply', '2026-11-22T09:37:00.000Z', 0, 2),
    unitOf(fan, 'comment', '2026-11-21T12:30:00.000Z', 3, 0),
  ],
};

/** A comment of a release that prints its replies box beside the comment's card (avatar, line, meta), not under it. */
const beside = (c: Said, reply?: Said, more = '') => `<div class="vue-recycle-scroller__item-view"><div class="_item_9c8d7_5"><div class="_card_9c8d7_8 woo-box-flex">
<a href="/u/${c.uid}"><div class="woo-avatar-main"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="woo-avatar-img" alt=""></div></a><div class="_con_9c8d7_12 woo-box-item-flex">${lineOf(c)}${metaOf(c)}</div></div>
${reply ? `<div class="_sub_9c8d7_30"><div class="_subCon_9c8d7_35">${lineOf(reply)}${metaOf(reply)}</div>${more}</div>` : ''}</div></div>`;

const answer: Said = { uid: '1650123456', name: '青禾乳业客服', words: '回复@青禾乳业官方:已私信您，请留意', info: '3分钟前 来自北京', likes: '赞' };

const replyBeside: SocialPage = {
  name: 'weibo.com post page, renamed list: a comment’s one reply shown (共2条回复) in a box beside its card, then plain comments',
  url: 'https://weibo.com/5678901234/QcH4i5J6k',
  html: page(`${post('QcH4i5J6k', '青禾客服终于回电话了，说会给孩子报销检查费用。')}
<div class="woo-panel-main _feed_3iffy_2"><div class="_list_9c8d7_1"><div class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${beside(lu, answer, '<div class="_more_9c8d7_40"><span>共2条回复</span></div>')}${beside(li)}${beside(fan)}
</div></div></div></div>`),
  units: [
    postUnit,
    unitOf(lu, 'comment', '2026-11-21T06:05:00.000Z', 12_000, 0),
    unitOf(answer, 'reply', '2026-11-22T09:37:00.000Z', 0, 1),
    unitOf(li, 'comment', '2026-11-21T00:00:00.000Z', 12, 0),
    unitOf(fan, 'comment', '2026-11-21T12:30:00.000Z', 3, 0),
  ],
};

export const weiboThreadPages: SocialPage[] = [replyFirst, hotThenByTime, moreLoaded, replyBeside];
