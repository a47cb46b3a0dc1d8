import type { SocialPage } from './social-layout-pages.ts';

// Post pages of 2026-style releases (issue 4). weibo.com: a comment panel with 按热度/按时间 tabs whose every class
// is hashed, 楼中楼 replies under a comment ending in 展开N条回复, a pinned (置顶) comment, 作者赞过, like counts
// beside an icon or bare. m.weibo.cn: 热门评论 above the comments by time, the same comment in both lists, a
// 查看更多热门评论 row and a 加载更多 row. Times are Beijing time as printed; expectations are UTC against fixtureNow.

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const like = (n: string) => `<button class="woo-like-main" title="赞"><span class="woo-like-iconWrap"><svg class="woo-like-icon"></svg></span><span class="woo-like-count">${n}</span></button>`;

interface Said { uid: string; name: string; words: string; time: string; from: string; likes: string; label?: string }
/** The bar under a comment: time · 来自 · 回复 · like (an icon and its count). */
const bar = (s: Said) => `<div class="_bar_6y5t4_20"><span class="_tm_6y5t4_21">${s.time}</span><span class="_ip_6y5t4_22">来自${s.from}</span>${s.label ? `<span class="_lab_6y5t4_23">${s.label}</span>` : ''}<span class="_rp_6y5t4_24">回复</span><span class="_lk_6y5t4_25"><i class="woo-font woo-font--like"></i><span>${s.likes}</span></span></div>`;
/** A 楼中楼 reply: name:words on one line, its own bar under it. */
const floor = (s: Said) => `<div class="_flItem_6y5t4_31"><div class="_flLine_6y5t4_32"><a href="/u/${s.uid}" usercard="${s.uid}">${s.name}</a>:<span>${s.words}</span></div>${bar(s)}</div>`;
/**
 * A comment: its head row holds the name, a 置顶 badge, the time, 来自 and, at the right end, the like count with
 * its icon drawn by CSS (a bare number); the words follow, then 回复 and the 楼中楼 replies.
 */
const item = (s: Said, pin: boolean, floors: Said[] = [], more = '') => `<div class="_item_6y5t4_10"><a href="/u/${s.uid}" class="_ava_6y5t4_11"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a>
<div class="_main_6y5t4_12"><div class="_head_6y5t4_13"><a href="/u/${s.uid}" usercard="${s.uid}">${s.name}</a>${pin ? '<span class="_pin_6y5t4_14">置顶</span>' : ''}<span class="_tm_6y5t4_21">${s.time}</span><span class="_ip_6y5t4_22">来自${s.from}</span><span class="_lk_6y5t4_16">${s.likes}</span></div>
<div class="_words_6y5t4_15">${s.words}</div><div class="_ops_6y5t4_17">${s.label ? `<span class="_lab_6y5t4_23">${s.label}</span>` : ''}<span class="_rp_6y5t4_24">回复</span></div>
${floors.length > 0 ? `<div class="_floor_6y5t4_30">${floors.map(floor).join('')}${more}</div>` : ''}</div></div>`;

const weiboTabs: SocialPage = {
  name: 'weibo.com 2026 post page: hashed comment panel with 按热度/按时间 tabs, name · time · bare like count in a comment’s head row, a 置顶 comment, 楼中楼 replies ending in 展开12条回复, 作者赞过, a 666 comment',
  url: 'https://weibo.com/5678901234/QcJ2k3L4m',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文 - 微博</title></head><body><div id="app"><main class="_main_2k9d1_1"><div class="_detail_8j7h6_1">
<article class="woo-panel-main"><header class="woo-box-flex"><a href="/u/5678901234" class="_name_1b05f_122" usercard="5678901234"><span>宝妈小雨</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/5678901234/QcJ2k3L4m" title="2026-11-22 14:00">今天 14:00</a><div class="_from_1tpft_56">来自 iPhone客户端</div></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">青禾的检测报告出来了，说是合格，可孩子的过敏怎么解释？<img class="icon-emoji" alt="[疑问]" src="${gif}"></div></div>
<footer><div><i class="woo-font woo-font--retweet"></i><span> 356 </span></div><div><i class="woo-font woo-font--comment"></i><span> 1,024 </span></div><div>${like('2.1万')}</div></footer></article>
<div class="woo-panel-main _cmtPanel_6y5t4_1"><div class="_tabs_6y5t4_2"><div class="woo-tab-main"><div class="woo-tab-item-main _cur_6y5t4_3">按热度</div><div class="woo-tab-item-main">按时间</div></div><span class="_total_6y5t4_4">共1,024条评论</span></div>
<div class="_list_6y5t4_5">
${item({ uid: '5678901234', name: '宝妈小雨', words: '补充：孩子的过敏原检测单已经上传到相册了', time: '11-22 14:10', from: '上海', likes: '3,201' }, true)}
${item({ uid: '6612340401', name: '食品安全观察', words: `合格只说明抽检的那几项合格，过敏原不在常规检测项里<img class="icon-emoji" alt="[思考]" src="${gif}">`, time: '11-22 14:32', from: '北京', likes: '1.8万', label: '作者赞过' }, false, [
  { uid: '6612340402', name: '乳业从业者', words: '对，国标检测不包括过敏原标注之外的成分', time: '11-22 15:01', from: '内蒙古', likes: '860' },
  { uid: '5678901234', name: '宝妈小雨', words: '回复<a href="/n/乳业从业者" usercard="name=乳业从业者">@乳业从业者</a>:那该找谁检测？', time: '11-22 15:20', from: '上海', likes: '赞' },
], '<div class="_flMore_6y5t4_35"><span>展开12条回复</span><i class="woo-font woo-font--angleDown"></i></div>')}
${item({ uid: '6612340403', name: '老铁666', words: '666', time: '11-22 16:05', from: '辽宁', likes: '12' }, false)}
${item({ uid: '6612340404', name: '理性路人', words: '等第三方机构的结果吧', time: '1小时前', from: '浙江', likes: '赞' }, false)}
</div></div></div></main></div></body></html>`,
  units: [
    { kind: 'post', author: '宝妈小雨', text: '青禾的检测报告出来了，说是合格，可孩子的过敏怎么解释？[疑问]', at: '2026-11-22T06:00:00.000Z', counts: { reposts: 356, comments: 1024, likes: 21_000 } },
    { kind: 'comment', author: '宝妈小雨', text: '补充：孩子的过敏原检测单已经上传到相册了', at: '2026-11-22T06:10:00.000Z', counts: { likes: 3201 }, parent: 0 },
    { kind: 'comment', author: '食品安全观察', text: '合格只说明抽检的那几项合格，过敏原不在常规检测项里[思考]', at: '2026-11-22T06:32:00.000Z', counts: { likes: 18_000 }, parent: 0 },
    { kind: 'reply', author: '乳业从业者', text: '对，国标检测不包括过敏原标注之外的成分', at: '2026-11-22T07:01:00.000Z', counts: { likes: 860 }, parent: 2 },
    { kind: 'reply', author: '宝妈小雨', text: '回复@乳业从业者:那该找谁检测？', at: '2026-11-22T07:20:00.000Z', counts: { likes: 0 }, parent: 2 },
    { kind: 'comment', author: '老铁666', text: '666', at: '2026-11-22T08:05:00.000Z', counts: { likes: 12 }, parent: 0 },
    { kind: 'comment', author: '理性路人', text: '等第三方机构的结果吧', at: '2026-11-22T08:40:00.000Z', counts: { likes: 0 }, parent: 0 },
  ],
};

interface MSaid { uid: string; name: string; words: string; time: string; likes: string; badge?: string; replies?: string }
/** An m.weibo.cn comment card: name (and a badge) over the words, reply previews, then time and likes. */
const mComment = (c: MSaid) => `<div class="card m-avatar-box lite-page-list"><a href="/profile/${c.uid}" class="m-img-box"><img src="${gif}" alt=""></a>
<div class="m-box-dir m-box-col m-box-center"><div class="m-text-box"><h4 class="m-text-cut"><span class="m-text-cut"><a href="/profile/${c.uid}">${c.name}</a></span>${c.badge ?? ''}</h4><h3>${c.words}</h3></div>
${c.replies ?? ''}<div class="lite-bot m-box m-box-center-a"><span class="time">${c.time}</span><span class="lite-like m-box-col"><i class="lite-iconf lite-iconf-like"></i><em>${c.likes}</em></span></div></div></div>`;
const hot1: MSaid = {
  uid: '6612340501', name: '营养师阿兰', words: `过敏和奶粉合格不矛盾，乳蛋白过敏的孩子喝哪家都会过敏 <span class="url-icon"><img alt="[允悲]" src="${gif}"></span>`, time: '11-22 14:40', likes: '2.3万',
  badge: '<span class="m-tag">作者赞过</span>',
  replies: '<div class="cmt-sub-txt"><p><a href="/profile/5678901234">宝妈小雨</a>：<span>谢谢，明天去查过敏原</span></p><p class="m-text-cut"><span>共8条回复</span><i class="m-font m-font-arrow-right"></i></p></div>',
};
const hot2: MSaid = { uid: '6612340502', name: '青禾乳业客服', words: '您好，已安排专人联系您，请保持电话畅通', time: '11-22 15:02', likes: '1,206' };

const mobileHot: SocialPage = {
  name: 'm.weibo.cn detail: 热门评论 above the comments by time (one comment in both lists), a 查看更多热门评论 row, a 加载更多 row',
  url: 'https://m.weibo.cn/detail/4991000000000001',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文</title></head><body><div id="app"><div class="m-container-max"><div class="main-wrap">
<div class="wb-item-wrap"><div class="card m-panel card9 weibo-member"><div class="card-wrap"><div class="card-main">
<header class="weibo-top m-box m-avatar-box"><a href="/profile/5678901234" class="m-img-box"><img src="${gif}" alt=""></a>
<div class="m-box-dir m-box-col"><div class="m-text-box"><a href="/profile/5678901234"><h3 class="m-text-cut">宝妈小雨</h3></a><h4 class="m-text-cut"><span class="time">今天 14:00</span><span class="from">来自 iPhone客户端</span></h4></div></div></header>
<article class="weibo-main"><div class="weibo-og"><div class="weibo-text">青禾的检测报告出来了，说是合格，可孩子的过敏怎么解释？</div></div></article>
<footer class="m-ctrl-box m-box-center-a"><div class="m-diy-btn m-box-col"><i class="m-font m-font-forward"></i><h4>356</h4></div><div class="m-diy-btn m-box-col"><i class="m-font m-font-comment"></i><h4>1024</h4></div><div class="m-diy-btn m-box-col"><i class="m-icon m-icon-like"></i><h4>2.1万</h4></div></footer></div></div></div></div>
<div class="lite-page-tab"><div class="tab-item">转发 356</div><div class="tab-item cur">评论 1024</div><div class="tab-item">赞 2.1万</div></div>
<div class="comment-content">
<div class="card m-panel card-title"><h4 class="m-title-box">热门评论</h4></div>
${mComment(hot1)}
${mComment(hot2)}
<div class="card m-panel lite-page-more"><div class="m-box m-box-center"><a href="/detail/4991000000000001?type=hot">查看更多热门评论 &gt;</a></div></div>
<div class="card m-panel card-title"><h4 class="m-title-box">最新评论</h4></div>
${mComment({ uid: '6612340503', name: '路人丙', words: '666', time: '3分钟前', likes: '赞' })}
${mComment({ uid: '6612340504', name: '等报告的人', words: '回复<a href="/n/营养师阿兰">@营养师阿兰</a>:那怎么确认是不是乳蛋白过敏？', time: '10分钟前', likes: '5' })}
${mComment(hot2)}
<div class="card m-panel lite-page-more"><div class="m-box m-box-center m-loading"><span>加载更多</span></div></div>
</div></div></div></div></body></html>`,
  units: [
    { kind: 'post', author: '宝妈小雨', text: '青禾的检测报告出来了，说是合格，可孩子的过敏怎么解释？', at: '2026-11-22T06:00:00.000Z', counts: { reposts: 356, comments: 1024, likes: 21_000 } },
    { kind: 'comment', author: '营养师阿兰', text: '过敏和奶粉合格不矛盾，乳蛋白过敏的孩子喝哪家都会过敏 [允悲]', at: '2026-11-22T06:40:00.000Z', counts: { likes: 23_000 }, parent: 0 },
    { kind: 'reply', author: '宝妈小雨', text: '谢谢，明天去查过敏原', parent: 1 },
    { kind: 'comment', author: '青禾乳业客服', text: '您好，已安排专人联系您，请保持电话畅通', at: '2026-11-22T07:02:00.000Z', counts: { likes: 1206 }, parent: 0 },
    { kind: 'comment', author: '路人丙', text: '666', at: '2026-11-22T09:37:00.000Z', counts: { likes: 0 }, parent: 0 },
    { kind: 'comment', author: '等报告的人', text: '回复@营养师阿兰:那怎么确认是不是乳蛋白过敏？', at: '2026-11-22T09:30:00.000Z', counts: { likes: 5 }, parent: 0 },
  ],
};

export const pages2026: { weibo: SocialPage[]; mobile: SocialPage[] } = { weibo: [weiboTabs], mobile: [mobileHot] };
