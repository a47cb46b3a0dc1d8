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
<div class="_con_4k7m2_12 woo-box-item-flex">${line(c.uid, c.name, c.words, c.badge)}
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

/** A comment of the three-column release: avatar, name:words line, then the time and a like button. */
const colComment = (c: Said, tag = '') => `<div class="_row_7h6g5_8"><a href="/u/${c.uid}"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a>
<div class="_body_7h6g5_9">${line(c.uid, c.name, c.words)}${tag}<div class="_meta_7h6g5_11"><span>${c.info}</span>${like(c.likes)}</div></div></div>`;
/** A card of another post beside the post: name, a relative time that links nowhere, text and a like count. */
const other = (uid: string, name: string, time: string, words: string, link = '') => `<div class="_recItem_5t4r3_2"><a href="/u/${uid}"><div class="woo-avatar-main"><img src="${gif}" class="woo-avatar-img" alt=""></div></a>
<div><a href="/u/${uid}" usercard="${uid}">${name}</a><span>${time}</span></div><div class="_recText_5t4r3_4">${words}${link}</div>${like('2.3万')}</div>`;

const columnComments: SocialPage = {
  name: 'weibo.com post page of a three-column release: the renamed comment list in the column before the post, with an ad card in it; 相关推荐 and the author’s other posts under the post; 微博热搜 and 正在热议 in the right column',
  url: 'https://weibo.com/5678901234/QcF1g2H3i',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文 - 微博</title></head><body><div id="app"><main class="_main_2k9d1_1">
<div class="_side_2k9d1_5"><div class="woo-panel-main _panel_7h6g5_1"><div class="_tabs_7h6g5_2"><span>评论 3</span><span>按热度</span><span>按时间</span></div><div class="_list_7h6g5_3">
${colComment({ uid: '6612340301', name: '检测行业从业者', words: '第三方检测一般要7到10个工作日，青禾这次说下周出结果算正常', info: '11-22 16:20 来自上海', likes: '862' })}
${colComment({ uid: '3300000001', name: '奶粉优选', words: '宝宝喝的奶粉选这款，新客立减50', info: '11-22 12:00', likes: '赞' }, '<span class="_tag_7h6g5_12">广告</span>')}
${colComment({ uid: '6612340302', name: '隔壁老王', words: '上次那个批次也是这么说的', info: '昨天 21:14 来自山东', likes: '37' })}
${colComment({ uid: '6612340303', name: '青禾乳业客服', words: '检测报告出来后会第一时间在官微公布，请大家以官方信息为准', info: '3分钟前 来自北京', likes: '赞' })}
</div></div></div>
<div class="_col_2k9d1_9"><article class="woo-panel-main"><header class="woo-box-flex"><a href="/u/5678901234" class="_name_1b05f_122" usercard="5678901234"><span>宝妈小雨</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/5678901234/QcF1g2H3i" title="2026-11-22 15:30">今天 15:30</a><div class="_from_1tpft_56">来自 iPhone客户端</div></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">青禾说检测报告下周出，我们就等着。</div></div>
<footer><div><i class="woo-font woo-font--retweet"></i><span> 12 </span></div><div><i class="woo-font woo-font--comment"></i><span> 3 </span></div><div>${like('1,024')}</div></footer></article>
<div class="woo-panel-main _rec_5t4r3_1"><div class="_recHead_5t4r3_3"><span>相关推荐</span></div>
${other('2100000001', '育儿好物分享', '3小时前', '秋冬给娃囤的几款奶粉，青禾的这款性价比最高')}
${other('2100000002', '乳品测评君', '11-21 18:00', '十款常温奶盲测，结果有点意外')}</div>
<div class="woo-panel-main _more_5t4r3_6"><div class="_recHead_5t4r3_3">她的其他微博</div>
<div class="_moreItem_5t4r3_7"><a href="/u/5678901234" usercard="5678901234">宝妈小雨</a><a href="https://weibo.com/5678901234/QcE0a1B2c" title="2026-11-20 10:00">11-20 10:00</a><div>孩子出院了，谢谢大家关心</div></div>
<div class="_moreItem_5t4r3_7"><a href="/u/5678901234" usercard="5678901234">宝妈小雨</a><a href="https://weibo.com/5678901234/QcD9z8Y7x" title="2026-11-18 21:30">11-18 21:30</a><div>青禾客服到现在都没回复</div></div></div></div>
<div class="_right_2k9d1_12"><div class="woo-panel-main _hot_9q8w7_1"><div class="_hotHead_9q8w7_2">微博热搜</div>
<div class="_hotItem_9q8w7_3"><span>1</span><a href="https://s.weibo.com/weibo?q=%23青禾牛奶检测结果%23">青禾牛奶检测结果</a><span>123万</span><span>沸</span></div>
<div class="_hotItem_9q8w7_3"><span>2</span><a href="https://s.weibo.com/weibo?q=%23奶粉抽检%23">奶粉抽检</a><span>86万</span><span>新</span></div></div>
<div class="woo-panel-main _talk_9q8w7_5"><div class="_hotHead_9q8w7_2">正在热议</div>
${other('2200000001', '财经观察', '1小时前', '青禾乳业股价今日下跌4%', '<a href="https://weibo.com/2200000001/QcG5h6J7k">全文</a>')}
${other('2200000002', '法治日报', '2小时前', '律师解读：食品质量纠纷如何取证', '<a href="https://weibo.com/2200000002/QcG5h6J7m">全文</a>')}</div></div>
</main></div></body></html>`,
  units: [
    { kind: 'post', author: '宝妈小雨', text: '青禾说检测报告下周出，我们就等着。', at: '2026-11-22T07:30:00.000Z', counts: { reposts: 12, comments: 3, likes: 1024 } },
    { kind: 'comment', author: '检测行业从业者', text: '第三方检测一般要7到10个工作日，青禾这次说下周出结果算正常', at: '2026-11-22T08:20:00.000Z', counts: { likes: 862 }, parent: 0 },
    { kind: 'comment', author: '隔壁老王', text: '上次那个批次也是这么说的', at: '2026-11-21T13:14:00.000Z', counts: { likes: 37 }, parent: 0 },
    { kind: 'comment', author: '青禾乳业客服', text: '检测报告出来后会第一时间在官微公布，请大家以官方信息为准', at: '2026-11-22T09:37:00.000Z', counts: { likes: 0 }, parent: 0 },
  ],
};

const badge = (cls: string, t: string) => `<span class="_${cls}_8u7y6_5">${t}</span>`;

const badgedComments: SocialPage = {
  name: 'weibo.com post page, renamed comment list: 铁粉, Lv5, V and 博主 badges between the name and the colon, one-character comments, 置顶 after it',
  url: 'https://weibo.com/5678901234/QcG1h2I3j',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博正文 - 微博</title></head><body><div id="app"><main><div class="_box_3Jeom_1">
<article class="woo-panel-main"><header class="woo-box-flex"><a href="/u/5678901234" class="_name_1b05f_122" usercard="5678901234"><span>宝妈小雨</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/5678901234/QcG1h2I3j" title="2026-11-22 14:00">今天 14:00</a><div class="_from_1tpft_56">来自 iPhone客户端</div></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">青禾的鲜奶降价了，一升便宜了两块。</div></div>
<footer><div><i class="woo-font woo-font--retweet"></i><span> 转发 </span></div><div><i class="woo-font woo-font--comment"></i><span> 4 </span></div><div>${like('96')}</div></footer></article>
<div class="woo-panel-main _feed_3iffy_2"><div class="_list_4k7m2_1"><div class="_head_8u7y6_1"><span>热门评论</span><span>按热度</span><span>按时间</span></div>
<div class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper">
${comment({ uid: '6612340401', name: '青禾老粉', words: '顶', info: '11-22 15:05 来自浙江', likes: '8', badge: badge('fan', '铁粉') }, [
  { uid: '5678901234', name: '宝妈小雨', words: '6', info: '11-22 16:00 来自上海', likes: '赞', badge: badge('tag', '博主') + badge('lv', 'Lv5') },
])}
${comment({ uid: '6612340402', name: '吃瓜路人', words: '？', info: '11-22 15:30 来自江苏', likes: '2', badge: badge('v', 'V') })}
${comment({ uid: '6612340403', name: '超市理货员', words: '置顶</span><span>降价牌昨晚就换好了，950ml的那种', info: '11-22 14:40 来自河北', likes: '40' })}
</div></div></div></div></div></main></div></body></html>`,
  units: [
    { kind: 'post', author: '宝妈小雨', text: '青禾的鲜奶降价了，一升便宜了两块。', at: '2026-11-22T06:00:00.000Z', counts: { reposts: 0, comments: 4, likes: 96 } },
    { kind: 'comment', author: '青禾老粉', text: '顶', at: '2026-11-22T07:05:00.000Z', counts: { likes: 8 }, parent: 0 },
    { kind: 'reply', author: '宝妈小雨', text: '6', at: '2026-11-22T08:00:00.000Z', counts: { likes: 0 }, parent: 1 },
    { kind: 'comment', author: '吃瓜路人', text: '？', at: '2026-11-22T07:30:00.000Z', counts: { likes: 2 }, parent: 0 },
    { kind: 'comment', author: '超市理货员', text: '降价牌昨晚就换好了，950ml的那种', at: '2026-11-22T06:40:00.000Z', counts: { likes: 40 }, parent: 0 },
  ],
};

export const weiboCommentPages: SocialPage[] = [renamedComments, columnComments, badgedComments];
