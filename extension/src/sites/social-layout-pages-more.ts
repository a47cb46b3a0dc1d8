import type { SocialPage } from './social-layout-pages.ts';

// More test pages (issue 4): a weibo.com comment list, m.weibo.cn cards and comments, and a Douyin video page whose
// comment list uses hashed classes only. Times are Beijing time as printed; expectations are UTC against fixtureNow.

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const page = (title: string, body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><div id="app">${body}</div></body></html>`;

const like = (n: string) => `<button class="woo-like-main" title="赞"><span class="woo-like-iconWrap"><svg class="woo-like-icon"></svg></span><span class="woo-like-count">${n}</span></button>`;
const wbComment = (uid: string, name: string, words: string, info: string, likes: string, replies = '') => `<div class="vue-recycle-scroller__item-view"><div class="wbpro-scroller-item"><div class="item1"><div class="item1in woo-box-flex">
<div><a href="/u/${uid}"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a></div>
<div class="con1 woo-box-item-flex"><div class="text"><a href="/u/${uid}" usercard="${uid}">${name}</a>:<span>${words}</span></div>
<div class="info woo-box-flex"><div>${info}</div><div class="woo-box-flex"><span class="woo-box-flex"><i class="woo-font woo-font--comment"></i></span>${like(likes)}</div></div>${replies}</div></div></div></div></div>`;
const wbReply = (uid: string, name: string, words: string, info: string, likes: string, badge = '') => `<div class="item2"><div class="con2 woo-box-item-flex">
<div class="text"><a href="/u/${uid}" usercard="${uid}">${name}</a>${badge}:<span>${words}</span></div><div class="info woo-box-flex"><div>${info}</div>${like(likes)}</div></div></div>`;

const weiboHotComments: SocialPage = {
  name: 'weibo.com detail: 热门评论 in a recycle scroller, replies (回复@…:), a 博主 badge, a 查看图片 link and a 共12条回复 link',
  url: 'https://weibo.com/5678901234/QcD1e2F3g',
  html: page('微博正文 - 微博', `<main><article class="woo-panel-main"><header class="woo-box-flex"><a href="/u/5678901234" class="_name_1b05f_122" usercard="5678901234"><span>宝妈小雨</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/5678901234/QcD1e2F3g" title="2026-11-22 16:00">今天 16:00</a><div class="_from_1tpft_56">来自 微博 weibo.com</div></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">青禾客服终于回电话了，说会给孩子报销检查费用。</div></div>
<footer><div><i class="woo-font woo-font--retweet"></i><span> 转发 </span></div><div><i class="woo-font woo-font--comment"></i><span> 2 </span></div><div>${like('1.5万')}</div></footer></article>
<div class="wbpro-list"><div class="_head_8u7y6_1"><span>热门评论</span><span>按热度</span><span>按时间</span></div>
<div class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${wbComment('6612340101', '路人甲乙丙', '报销检查费就完了？青禾得公开检测报告', '昨天 14:05 来自广东', '1.2万', `<div class="list2">${wbReply('5678901234', '宝妈小雨', '回复<a href="/n/路人甲乙丙" usercard="name=路人甲乙丙">@路人甲乙丙</a>:对，我也在等报告', '刚刚 来自上海', '赞', '<span class="_tag_8u7y6_5">博主</span>')}${wbReply('6612340102', '律师小陈', '建议保留好病历和购买凭证<a href="https://photo.weibo.com/h5/comment/compic_id/1022:5123456789" target="_blank"><span class="_pic_8u7y6_7"><i class="woo-font woo-font--imgComment"></i>查看图片</span></a>', '11-20 09:12 来自北京', '56')}<div class="_more_8u7y6_9"><span>共12条回复</span><i class="woo-font woo-font--angleRight"></i></div></div>`)}
${wbComment('6612340103', '理性吃瓜', '等官方通报吧', '11-21 20:30 来自浙江', '评论')}
</div></div></div></main>`),
  units: [
    { kind: 'post', author: '宝妈小雨', text: '青禾客服终于回电话了，说会给孩子报销检查费用。', at: '2026-11-22T08:00:00.000Z', counts: { reposts: 0, comments: 2, likes: 15_000 } },
    { kind: 'comment', author: '路人甲乙丙', text: '报销检查费就完了？青禾得公开检测报告', at: '2026-11-21T06:05:00.000Z', counts: { likes: 12_000 }, parent: 0 },
    { kind: 'reply', author: '宝妈小雨', text: '回复@路人甲乙丙:对，我也在等报告', at: '2026-11-22T09:40:00.000Z', counts: { likes: 0 }, parent: 1 },
    { kind: 'reply', author: '律师小陈', text: '建议保留好病历和购买凭证', at: '2026-11-20T01:12:00.000Z', counts: { likes: 56 }, parent: 1 },
    { kind: 'comment', author: '理性吃瓜', text: '等官方通报吧', at: '2026-11-21T12:30:00.000Z', counts: { likes: 0 }, parent: 0 },
  ],
};

const mCard = (uid: string, name: string, time: string, og: string, rp: string, counts: [string, string, string]) => `<div class="card m-panel card9 weibo-member"><div class="card-wrap"><div class="card-main">
<header class="weibo-top m-box m-avatar-box"><a href="https://m.weibo.cn/profile/${uid}" class="m-img-box"><img src="${gif}" alt=""></a>
<div class="m-box-dir m-box-col"><div class="m-text-box"><a href="https://m.weibo.cn/profile/${uid}"><h3 class="m-text-cut">${name}</h3></a><h4 class="m-text-cut"><span class="time">${time}</span><span class="from"> 来自 微博 weibo.com</span></h4></div></div></header>
<article class="weibo-main"><div class="weibo-og"><div class="weibo-text">${og}</div></div>${rp}</article>
<footer class="m-ctrl-box m-box-center-a"><div class="m-diy-btn m-box-col"><i class="m-font m-font-forward"></i><h4>${counts[0]}</h4></div><div class="m-diy-btn m-box-col"><i class="m-font m-font-comment"></i><h4>${counts[1]}</h4></div><div class="m-diy-btn m-box-col"><i class="m-icon m-icon-like"></i><h4>${counts[2]}</h4></div></footer></div></div></div>`;

const mobileFeed: SocialPage = {
  name: 'm.weibo.cn feed: a 全文 card, a repost whose truncated original has its own 全文 link, times 刚刚 / 昨天 14:05 / 11-20',
  url: 'https://m.weibo.cn/',
  html: page('微博', `<div class="wb-item-wrap">
${mCard('7001000001', '乳业观察', '刚刚', '青禾乳业胀包事件最新进展：监管部门已对华北两个批次抽检，结果预计下周公布，企业称运输环节温控失当……<a href="/status/4990000000000001">全文</a>', '', ['1.2万', '评论', '10万+'])}
${mCard('7001000002', '转发小能手', '昨天 14:05', '//等结果', '<div class="weibo-rp"><div class="weibo-text"><span><a href="https://m.weibo.cn/n/青禾乳业官方">@青禾乳业官方</a>:</span>关于网传产品质量问题的说明：我司已成立专项调查组……<a href="/status/4990000000000002">全文</a></div></div>', ['转发', '3', '赞'])}
${mCard('7001000003', '青禾老用户', '11-20', '喝了十年青禾，这次希望给个说法', '', ['2', '5', '18'])}
</div>`),
  units: [
    { kind: 'post', author: '乳业观察', text: '青禾乳业胀包事件最新进展：监管部门已对华北两个批次抽检，结果预计下周公布，企业称运输环节温控失当……', at: '2026-11-22T09:40:00.000Z', counts: { reposts: 12_000, comments: 0, likes: 100_000 }, truncated: true },
    { kind: 'repost', author: '转发小能手', text: '//等结果', at: '2026-11-21T06:05:00.000Z', counts: { reposts: 0, comments: 3, likes: 0 }, parent: 2 },
    { kind: 'post', author: '青禾乳业官方', text: '@青禾乳业官方:关于网传产品质量问题的说明：我司已成立专项调查组……', truncated: true },
    { kind: 'post', author: '青禾老用户', text: '喝了十年青禾，这次希望给个说法', at: '2026-11-19T16:00:00.000Z', counts: { reposts: 2, comments: 5, likes: 18 } },
  ],
};

const mobileReplies: SocialPage = {
  name: 'm.weibo.cn detail: reply previews end in a 共5条回复 link',
  url: 'https://m.weibo.cn/detail/4990000000000003',
  html: page('微博正文', `<div class="wb-item-wrap">${mCard('7001000004', '宝妈小雨', '5分钟前', '青禾的检测报告出来了吗？', '', ['转发', '2', '9'])}</div>
<div class="comment-content"><div class="card m-avatar-box lite-page-list"><a href="/profile/7001000005" class="m-img-box"><img src="${gif}" alt=""></a>
<div class="m-box-dir m-box-col m-box-center"><div class="m-text-box"><h4 class="m-text-cut"><span class="m-text-cut"><a href="/profile/7001000005">等报告的人</a></span></h4><h3>还没有，青禾说下周公布</h3></div>
<div class="cmt-sub-txt"><p><a href="/profile/7001000004">宝妈小雨</a>：<span>谢谢告知</span></p><p class="m-text-cut"><span>共5条回复</span><i class="m-font m-font-arrow-right"></i></p></div>
<div class="lite-bot m-box m-box-center-a"><span class="time">3分钟前</span><span class="lite-like m-box-col"><i class="lite-iconf lite-iconf-like"></i><em>1.5万</em></span></div></div></div></div>`),
  units: [
    { kind: 'post', author: '宝妈小雨', text: '青禾的检测报告出来了吗？', at: '2026-11-22T09:35:00.000Z', counts: { reposts: 0, comments: 2, likes: 9 } },
    { kind: 'comment', author: '等报告的人', text: '还没有，青禾说下周公布', at: '2026-11-22T09:37:00.000Z', counts: { likes: 15_000 }, parent: 0 },
    { kind: 'reply', author: '宝妈小雨', text: '谢谢告知', parent: 1 },
  ],
};

export const weiboMorePages: SocialPage[] = [weiboHotComments];
export const mobilePages: SocialPage[] = [mobileFeed, mobileReplies];
