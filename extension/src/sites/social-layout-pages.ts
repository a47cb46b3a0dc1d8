// Test pages (issue 4): weibo.com layouts no saved fixture covers, written the way the Vue app marks them up. Each
// page states what a frontline user would check in the side panel: one unit per post or comment, its words without
// buttons, author, time (the page prints Beijing time; expectations are UTC against fixtureNow, 17:40 in Beijing)
// and counts. `parent` is the index of the unit a repost, comment or reply points at.

export interface LayoutUnit {
  kind: 'post' | 'repost' | 'comment' | 'reply';
  author?: string;
  text: string;
  at?: string;
  counts?: Record<string, number>;
  truncated?: boolean;
  parent?: number;
}

export interface SocialPage {
  name: string;
  url: string;
  html: string;
  units: LayoutUnit[];
}

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const doc = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博</title></head><body><div id="app"><main>${body}</main></div></body></html>`;

interface Card { uid: string; mid: string; name: string; time: string; title?: string; from?: string; body: string; more?: string; counts: [string, string, string] }

/** A feed card of the current (new hashed, woo-*) generation, in a recycle scroller slot. */
function card(c: Card): string {
  const title = c.title ? ` title="${c.title}"` : '';
  return `<div class="vue-recycle-scroller__item-view"><div class="wbpro-scroller-item">
<article class="woo-panel-main _wrap_m3n8j_2"><div class="_body_m3n8j_63">
<header class="woo-box-flex"><a href="/u/${c.uid}" class="_avatar_1b05f_1"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a>
<div class="woo-box-item-flex _content_1b05f_43"><div class="woo-box-flex _nick_1b05f_25"><a href="/u/${c.uid}" class="_name_1b05f_122" usercard="${c.uid}"><span title="${c.name}">${c.name}</span></a></div>
<div class="woo-box-flex _info_1b05f_143"><a class="_time_1tpft_33" href="https://weibo.com/${c.uid}/${c.mid}"${title}>${c.time}</a><div class="_from_1tpft_56">来自 ${c.from ?? 'iPhone客户端'}</div></div></div></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">${c.body}</div>${c.more ?? ''}</div></div>
<footer class="_footer_m3n8j_71"><div class="woo-box-flex _bar_1tpft_95">
<div class="woo-box-item-flex"><div class="woo-box-flex _wrap_1tpft_108" role="button"><i class="woo-font woo-font--retweet"></i><span class="_num_1tpft_119"> ${c.counts[0]} </span></div></div>
<div class="woo-box-item-flex"><div class="woo-box-flex _wrap_1tpft_108" role="button"><i class="woo-font woo-font--comment"></i><span class="_num_1tpft_119"> ${c.counts[1]} </span></div></div>
<div class="woo-box-item-flex"><div class="woo-box-flex _wrap_1tpft_108"><button class="woo-like-main" title="赞"><span class="woo-like-iconWrap"><svg class="woo-like-icon"></svg></span><span class="woo-like-count"> ${c.counts[2]} </span></button></div></div>
</div></footer></article></div></div>`;
}

const feedTimes: SocialPage = {
  name: 'weibo.com feed: 收起 after an expanded long post, 展开, a video with one line, times without a title (刚刚, 昨天 14:05, 11-20)',
  url: 'https://weibo.com/',
  html: doc(`<div id="scroller" class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${card({ uid: '3001000001', mid: 'QcA1b2C3d', name: '燕麦奶爱好者', time: '刚刚', from: '微博 weibo.com', body: '青禾乳业的新品燕麦奶今天上架了，有人试过吗？', counts: ['转发', '评论', '赞'] })}
${card({ uid: '3001000002', mid: 'QcA1b2C3e', name: '长文博主', time: '昨天 14:05', body: '关于青禾乳业胀包事件的完整时间线：11月15日首例投诉，11月18日多地出现同批次胀包，11月20日官方声明称系运输温控问题，今天监管部门通报抽检结果。<br>我的看法是，企业回应还不够透明。<span class="expand">收起</span>', counts: ['56', '1.2万', '10万+'] })}
${card({ uid: '3001000003', mid: 'QcA1b2C3f', name: '吃瓜路人', time: '11-20 08:05', body: '青禾的客服说胀包是运输问题，可同一批次在超市冷柜里也胀了，这怎么解释？我已经把照片和小票都留好了，准备……<span class="expand">展开</span>', counts: ['3', '评论', '18'] })}
${card({ uid: '3001000004', mid: 'QcA1b2C3g', name: '现场直击', time: '11-22 16:05', title: '2026-11-22 16:05', body: '青禾工厂门口实拍', more: '<div class="_videoBox_k8s2n_1"><div class="wbpro-feed-video"><video preload="none"></video><div class="_info_k8s2n_9"><span>1.2万次观看</span><span>00:45</span></div></div></div>', counts: ['1.2万', '评论', '10万+'] })}
</div></div>`),
  units: [
    { kind: 'post', author: '燕麦奶爱好者', text: '青禾乳业的新品燕麦奶今天上架了，有人试过吗？', at: '2026-11-22T09:40:00.000Z', counts: { reposts: 0, comments: 0, likes: 0 } },
    { kind: 'post', author: '长文博主', text: '关于青禾乳业胀包事件的完整时间线：11月15日首例投诉，11月18日多地出现同批次胀包，11月20日官方声明称系运输温控问题，今天监管部门通报抽检结果。\n我的看法是，企业回应还不够透明。', at: '2026-11-21T06:05:00.000Z', counts: { reposts: 56, comments: 12_000, likes: 100_000 } },
    { kind: 'post', author: '吃瓜路人', text: '青禾的客服说胀包是运输问题，可同一批次在超市冷柜里也胀了，这怎么解释？我已经把照片和小票都留好了，准备……', at: '2026-11-20T00:05:00.000Z', counts: { reposts: 3, comments: 0, likes: 18 }, truncated: true },
    { kind: 'post', author: '现场直击', text: '青禾工厂门口实拍', at: '2026-11-22T08:05:00.000Z', counts: { reposts: 12_000, comments: 0, likes: 100_000 } },
  ],
};

export const weiboFeedPages: SocialPage[] = [feedTimes];
