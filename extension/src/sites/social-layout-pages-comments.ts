import type { SocialPage } from './social-layout-pages.ts';

// A weibo.com post page whose comment list a release renamed throughout (issue 4): no wbpro-list, item1/con1,
// .text/.info or list2/item2/con2 is left, only hashed classes and the woo-* design system. Comments are found by
// structure, a lone reply too, and one-character comments survive ("赞" reads like a zero count); a 查看图片
// link is no part of a comment's words. Times are Beijing time as printed; expectations are UTC against fixtureNow.

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const like = (n: string) => `<button class="woo-like-main" title="赞"><span class="woo-like-iconWrap"><svg class="woo-like-icon"></svg></span><span class="woo-like-count">${n}</span></button>`;
const line = (uid: string, name: string, words: string, badge = '') => `<div class="_line_4k7m2_20"><a href="/u/${uid}" usercard="${uid}">${name}</a>${badge}:<span>${words}</span></div>`;

interface Said { uid: string; name: string; words: string; info: string; likes: string; badge?: string }
const reply = (r: Said) => `<div class="_subItem_4k7m2_33"><div class="_subCon_4k7m2_35 woo-box-item-flex">
${line(r.uid, r.name, r.words, r.badge)}<div class="_meta_4k7m2_24 woo-box-flex"><div>${r.info}</div>${like(r.likes)}</div></div></div>`;
const comment = (c: Said, replies: Said[] = [], more = '') => `<div class="vue-recycle-scroller__item-view"><div class="_item_4k7m2_5"><div class="_in_4k7m2_9 woo-box-flex">
<div><a href="/u/${c.uid}"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a></div>
<div class="_con_4k7m2_12 woo-box-item-flex">${line(c.uid, c.name, c.words)}
<div class="_meta_4k7m2_24 woo-box-flex"><div>${c.info}</div><div class="woo-box-flex"><span class="woo-box-flex"><i class="woo-font woo-font--comment"></i></span>${like(c.likes)}</div></div>
${replies.length > 0 ? `<div class="_sub_4k7m2_30">${replies.map(reply).join('')}${more}</div>` : ''}</div></div></div></div>`;

const renamedComments: SocialPage = {
  name: 'weibo.com post page: a comment list whose every class a release renamed, replies under a comment, a lone reply and the one-character comments 赞 and ？',
  url: 'https://weibo.com/5678901234/QcE1f2G3h',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文 - 微博</title></head><body><div id="app"><main><div class="_box_3Jeom_1">
<article class="woo-panel-main"><header class="woo-box-flex"><a href="/u/5678901234" class="_name_1b05f_122" usercard="5678901234"><span>宝妈小雨</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/5678901234/QcE1f2G3h" title="2026-11-22 16:00">今天 16:00</a><div class="_from_1tpft_56">来自 微博 weibo.com</div></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">青禾客服终于回电话了，说会给孩子报销检查费用。</div></div>
<footer><div><i class="woo-font woo-font--retweet"></i><span> 转发 </span></div><div><i class="woo-font woo-font--comment"></i><span> 4 </span></div><div>${like('1.5万')}</div></footer></article>
<div class="woo-panel-main _feed_3iffy_2"><div class="_list_4k7m2_1"><div class="_head_8u7y6_1"><span>热门评论</span><span>按热度</span><span>按时间</span></div>
<div class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${comment({ uid: '6612340101', name: '路人甲乙丙', words: '报销检查费就完了？青禾得公开检测报告', info: '昨天 14:05 来自广东', likes: '1.2万' }, [
  { uid: '5678901234', name: '宝妈小雨', words: '回复<a href="/n/路人甲乙丙" usercard="name=路人甲乙丙">@路人甲乙丙</a>:对，我也在等报告', info: '刚刚 来自上海', likes: '赞', badge: '<span class="_tag_8u7y6_5">博主</span>' },
  { uid: '6612340102', name: '律师小陈', words: '建议保留好病历和购买凭证<a href="https://photo.weibo.com/h5/comment/compic_id/1022:5123456789" target="_blank"><span class="_pic_8u7y6_7"><i class="woo-font woo-font--imgComment"></i>查看图片</span></a>', info: '11-20 09:12 来自北京', likes: '56' },
], '<div class="_more_8u7y6_9"><span>共12条回复</span><i class="woo-font woo-font--angleRight"></i></div>')}
${comment({ uid: '6612340103', name: '青禾老粉', words: '赞', info: '11-21 20:30 来自浙江', likes: '3' })}
${comment({ uid: '6612340104', name: '吃瓜路人', words: '？', info: '5分钟前 来自江苏', likes: '赞' })}
${comment({ uid: '6612340105', name: '理性吃瓜', words: '等官方通报吧', info: '11-21 08:00 来自湖北', likes: '12' }, [
  { uid: '1650123456', name: '青禾乳业客服', words: '已私信您，请留意查收', info: '3分钟前 来自北京', likes: '赞' },
])}
</div></div></div></div></div></main></div></body></html>`,
  units: [
    { kind: 'post', author: '宝妈小雨', text: '青禾客服终于回电话了，说会给孩子报销检查费用。', at: '2026-11-22T08:00:00.000Z', counts: { reposts: 0, comments: 4, likes: 15_000 } },
    { kind: 'comment', author: '路人甲乙丙', text: '报销检查费就完了？青禾得公开检测报告', at: '2026-11-21T06:05:00.000Z', counts: { likes: 12_000 }, parent: 0 },
    { kind: 'reply', author: '宝妈小雨', text: '回复@路人甲乙丙:对，我也在等报告', at: '2026-11-22T09:40:00.000Z', counts: { likes: 0 }, parent: 1 },
    { kind: 'reply', author: '律师小陈', text: '建议保留好病历和购买凭证', at: '2026-11-20T01:12:00.000Z', counts: { likes: 56 }, parent: 1 },
    { kind: 'comment', author: '青禾老粉', text: '赞', at: '2026-11-21T12:30:00.000Z', counts: { likes: 3 }, parent: 0 },
    { kind: 'comment', author: '吃瓜路人', text: '？', at: '2026-11-22T09:35:00.000Z', counts: { likes: 0 }, parent: 0 },
    { kind: 'comment', author: '理性吃瓜', text: '等官方通报吧', at: '2026-11-21T00:00:00.000Z', counts: { likes: 12 }, parent: 0 },
    { kind: 'reply', author: '青禾乳业客服', text: '已私信您，请留意查收', at: '2026-11-22T09:37:00.000Z', counts: { likes: 0 }, parent: 6 },
  ],
};

export const weiboCommentPages: SocialPage[] = [renamedComments];
