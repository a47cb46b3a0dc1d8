// Test pages (issue 4): weibo.com layouts no saved fixture covers, written the way the Vue app marks them up. Each
// page states what a frontline user would check in the side panel: one unit per post or comment, its words without
// buttons, author, time (the page prints Beijing time; expectations are UTC against fixtureNow, 17:40 in Beijing)
// and counts. `parent` is the index of the unit a repost, comment or reply points at.

import { fixtureNow, pageAt } from './fixture-doc.ts';
import type { SiteAdapter, Unit } from './types.ts';

export interface LayoutUnit {
  kind: 'post' | 'repost' | 'comment' | 'reply' | 'article';
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

/** What a frontline user checks of each unit in the side panel, in the shape of `SocialPage.units`. */
export function seenUnits(units: Unit[]): LayoutUnit[] {
  return units.map((u) => {
    const parent = u.parentKey === undefined ? -1 : units.findIndex((o) => o.key === u.parentKey);
    return Object.fromEntries(Object.entries({
      kind: u.kind, author: u.author?.name, text: u.text, at: u.publishedAt, counts: u.counts,
      truncated: u.truncated || undefined, parent: parent >= 0 ? parent : undefined,
    }).filter(([, v]) => v !== undefined)) as unknown as LayoutUnit;
  });
}

/** The units `adapter` finds on the page `p`, at the fixtures' time. */
export const unitsOfPage = (adapter: SiteAdapter, p: SocialPage) => adapter.findUnits(pageAt(p.url, p.html), fixtureNow);

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

/** A card of a release whose CSS-modules classes no selector names: only woo-* panels, hrefs and titles remain. */
function hashedCard(head: string, body: string, nested: string, counts: [string, string, string]): string {
  return `<div class="vue-recycle-scroller__item-view"><div class="_item_p0o9i_1"><div class="_card_x1y2z_3" role="article">
<div class="_head_x1y2z_8">${head}</div>
<div class="_wbpro-feed-content_x1y2z"><div class="_text_x1y2z_20">${body}</div>${nested}</div>
<div class="_toolbar_x1y2z_40"><div class="_btn_x1y2z_41"><span class="_ico_x1y2z_42"></span><span>${counts[0]}</span></div><div class="_btn_x1y2z_41"><span class="_ico_x1y2z_43"></span><span>${counts[1]}</span></div><div class="_btn_x1y2z_41"><span class="_ico_x1y2z_44"></span><span>${counts[2]}</span></div></div>
</div></div></div>`;
}
const head = (uid: string, name: string, mid: string, title: string, shown: string) =>
  `<a href="/u/${uid}" class="_ava_x1y2z_9"><img src="${gif}" alt=""></a><div><a href="/u/${uid}" class="_nm_x1y2z_10">${name}</a><div class="_sub_x1y2z_11"><a href="https://weibo.com/${uid}/${mid}" title="${title}" class="_tm_x1y2z_12">${shown}</a><span>来自 微博 weibo.com</span></div></div>`;

const hashedRepost: SocialPage = {
  name: 'weibo.com, every hashed class renamed (_wbpro-feed-content_x1y2z): a repost nesting its original, then a plain post',
  url: 'https://weibo.com/',
  html: doc(`<div id="scroller" class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${hashedCard(head('4002000001', '消费维权君', 'QcB1x2Y3z', '2026-11-22 17:10', '30分钟前'), '//@乳品观察:转发微博 这次必须给个说法', `<div class="_reBox_k3m4n_1"><div class="_reHead_k3m4n_2"><a href="/u/1650123456" class="_reName_k3m4n_3">@青禾乳业官方</a><a href="https://weibo.com/1650123456/QcB0a1B2c" title="2026-11-22 11:00" class="_tm_x1y2z_12">今天 11:00</a></div><div class="_reText_k3m4n_4">关于网传产品质量问题的说明：相关批次产品已封存送检，结果将及时公布。</div><div class="_reBar_k3m4n_5"><span>转发 5321</span> · <span>评论 2019</span> · <span>赞 1.1万</span></div></div>`, ['1.2万', '评论', '10万+'])}
${hashedCard(head('4002000002', '理性消费者', 'QcB1x2Y4a', '2026-11-21 14:05', '昨天 14:05'), '青禾的酸奶我家一直在喝，没遇到问题，大家理性看待', '', ['转发', '3', '赞'])}
</div></div>`),
  units: [
    { kind: 'repost', author: '消费维权君', text: '//@乳品观察:转发微博 这次必须给个说法', at: '2026-11-22T09:10:00.000Z', counts: { reposts: 12_000, comments: 0, likes: 100_000 }, parent: 1 },
    { kind: 'post', author: '青禾乳业官方', text: '关于网传产品质量问题的说明：相关批次产品已封存送检，结果将及时公布。', at: '2026-11-22T03:00:00.000Z', counts: { reposts: 5321, comments: 2019, likes: 11_000 } },
    { kind: 'post', author: '理性消费者', text: '青禾的酸奶我家一直在喝，没遇到问题，大家理性看待', at: '2026-11-21T06:05:00.000Z', counts: { reposts: 0, comments: 3, likes: 0 } },
  ],
};

const deletedOriginal: SocialPage = {
  name: 'weibo.com: a repost whose original was deleted (抱歉，此微博已被作者删除)',
  url: 'https://weibo.com/',
  html: doc(`<div id="scroller" class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${card({ uid: '5003000001', mid: 'QcC1d2E3f', name: '老用户阿强', time: '5分钟前', title: '2026-11-22 17:35', body: '删得这么快？青禾心虚了吧', more: '<div class="_retweet_1tpft_61"><div class="wbpro-feed-reText _wbtext_1psp9_14">抱歉，此微博已被作者删除。查看帮助：<a href="https://t.cn/abc">网页链接</a></div></div>', counts: ['2', '5', '9'] })}
</div></div>`),
  units: [
    { kind: 'repost', author: '老用户阿强', text: '删得这么快？青禾心虚了吧', at: '2026-11-22T09:35:00.000Z', counts: { reposts: 2, comments: 5, likes: 9 } },
  ],
};

export const weiboFeedPages: SocialPage[] = [feedTimes, hashedRepost, deletedOriginal];
