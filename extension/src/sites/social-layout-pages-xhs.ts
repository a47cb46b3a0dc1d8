import type { SocialPage } from './social-layout-pages.ts';

// 小红书 and 快手 layouts no saved fixture covers (issue 14), with the chrome their pages carry: the side nav, a
// login prompt, the footer's licence lines, 相关推荐 cards. Times are Beijing time as printed; expectations are UTC
// against fixtureNow (2026-11-22 17:40 in Beijing).

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const xhsChrome = `<div class="side-bar"><ul class="channel-list"><li><a href="/explore">发现</a></li><li><a href="/livelist">直播</a></li><li><a href="/publish">发布</a></li><li><a href="/notification">通知</a></li></ul>
<div class="side-bar-component login-btn"><button type="button">登录</button></div><div class="login-tip">登录后推荐更懂你的笔记</div></div>`;
const xhsFooter = `<footer class="footer"><div>沪ICP备13030189号 | 营业执照 | 沪公网安备31010102002533号 | 增值电信业务经营许可证：沪B2-20150021</div><div>© 2014-2026 行吟信息科技（上海）有限公司</div></footer>`;
const xhsDoc = (title: string, body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title} - 小红书</title></head><body><div id="app"><div class="layout">${xhsChrome}<div class="main-content">${body}</div></div>${xhsFooter}</div></body></html>`;

interface Said { uid: string; name: string; words: string; date: string; likes: string; badge?: string }
/** A comment of the 2026 list: every class of the comment-item generation renamed, ids and data-user-id kept. */
const said = (s: Said, cls: string) => `<div class="${cls}"><a class="cmt-avatar" href="/user/profile/${s.uid}"><img src="${gif}" alt=""></a>
<div class="cmt-main"><div class="cmt-head"><a class="cmt-user" href="/user/profile/${s.uid}" data-user-id="${s.uid}">${s.name}</a>${s.badge ? `<span class="cmt-tag">${s.badge}</span>` : ''}</div>
<div class="cmt-text"><span>${s.words}</span></div>
<div class="cmt-foot"><span class="cmt-date">${s.date}</span><div class="cmt-actions"><span class="cmt-like"><svg class="reds-icon"><use xlink:href="#like"></use></svg><span>${s.likes}</span></span><span class="cmt-reply"><svg class="reds-icon"><use xlink:href="#reply"></use></svg><span>回复</span></span></div></div></div></div>`;
const thread = (c: Said, replies: Said[] = [], more = '') => `<div class="cmt-thread">${said(c, 'cmt-card')}${replies.length > 0 || more
  ? `<div class="cmt-replies">${replies.map((r) => said(r, 'cmt-card cmt-card-sub')).join('')}${more ? `<div class="cmt-more">${more}</div>` : ''}</div>` : ''}</div>`;

const renamedNote: SocialPage = {
  name: '小红书 note page: a release renamed the comment list (no comment-item), 作者 badge, 展开 N 条回复 threads, a lone reply',
  url: 'https://www.xiaohongshu.com/explore/6741c9d2000000001e04ab12?xsec_token=ABq8Zk3&xsec_source=pc_feed',
  html: xhsDoc('青禾酸奶到底还能不能喝', `<div id="noteContainer" class="note-container" data-type="normal">
<div class="media-container"><div class="swiper-slide"><img src="${gif}" alt=""></div></div>
<div class="interaction-container"><div class="author-container"><div class="info"><a href="/user/profile/5f1a2b3c000000000100c3d4"><span class="username">营养师阿敏</span></a></div><div class="note-follow"><button type="button">关注</button></div></div>
<div class="note-scroller"><div class="note-content"><div id="detail-title" class="title">青禾酸奶到底还能不能喝？营养师说几句</div>
<div id="detail-desc" class="desc"><span class="note-text"><span>最近好多姐妹问青禾酸奶的事，抽检不合格的只是一个批次，看清生产日期就好。</span><a class="tag" href="/search_result?keyword=青禾乳业">#青禾乳业</a></span></div>
<div class="bottom-container"><span class="date">11-20 上海</span></div></div>
<div class="divider"></div>
<div class="cmt-section"><div class="cmt-total">共 1280 条评论</div><div class="cmt-list">
${thread({ uid: '61a0000000000000000000b1', name: '奶茶不加糖', words: '批次号在瓶盖上还是瓶身上呀', date: '11-21 广东', likes: '1.2万' }, [
  { uid: '5f1a2b3c000000000100c3d4', name: '营养师阿敏', words: '瓶盖内侧，印着生产日期和批次', date: '11-21 上海', likes: '356', badge: '作者' },
  { uid: '61a0000000000000000000b2', name: '小鹿乱撞', words: '回复 <a href="/user/profile/61a0000000000000000000b1">@奶茶不加糖</a>：我家那瓶是瓶身上', date: '2小时前 浙江', likes: '赞' },
], '展开 23 条回复')}
${thread({ uid: '61a0000000000000000000b3', name: '健身的猫', words: '一直喝青禾的无糖款，希望这次好好整改', date: '昨天 21:30 江苏', likes: '88' }, [
  { uid: '61a0000000000000000000b5', name: '青禾乳业官方', words: '感谢支持，整改进展会在官方账号同步', date: '1小时前 北京', likes: '12' },
])}
${thread({ uid: '61a0000000000000000000b4', name: '路过的小张', words: '收藏了，谢谢博主', date: '3小时前 北京', likes: '赞' })}
</div><div class="end-container">- THE END -</div></div></div>
<div class="interactions engage-bar engage-bar-style"><div class="input-box"><div class="content-edit"><span class="not-active"><div class="inner">说点什么...</div></span></div></div>
<span class="like-wrapper"><span class="count">2.6万</span></span><span class="collect-wrapper"><span class="count">收藏</span></span><span class="chat-wrapper"><span class="count">1280</span></span></div></div></div>`),
  units: [
    { kind: 'post', author: '营养师阿敏', text: '青禾酸奶到底还能不能喝？营养师说几句\n最近好多姐妹问青禾酸奶的事，抽检不合格的只是一个批次，看清生产日期就好。#青禾乳业', at: '2026-11-19T16:00:00.000Z', counts: { likes: 26_000, collects: 0, comments: 1280 } },
    { kind: 'comment', author: '奶茶不加糖', text: '批次号在瓶盖上还是瓶身上呀', at: '2026-11-20T16:00:00.000Z', counts: { likes: 12_000 }, parent: 0 },
    { kind: 'reply', author: '营养师阿敏', text: '瓶盖内侧，印着生产日期和批次', at: '2026-11-20T16:00:00.000Z', counts: { likes: 356 }, parent: 1 },
    { kind: 'reply', author: '小鹿乱撞', text: '回复 @奶茶不加糖：我家那瓶是瓶身上', at: '2026-11-22T07:40:00.000Z', counts: { likes: 0 }, parent: 1 },
    { kind: 'comment', author: '健身的猫', text: '一直喝青禾的无糖款，希望这次好好整改', at: '2026-11-21T13:30:00.000Z', counts: { likes: 88 }, parent: 0 },
    { kind: 'reply', author: '青禾乳业官方', text: '感谢支持，整改进展会在官方账号同步', at: '2026-11-22T08:40:00.000Z', counts: { likes: 12 }, parent: 4 },
    { kind: 'comment', author: '路过的小张', text: '收藏了，谢谢博主', at: '2026-11-22T06:40:00.000Z', counts: { likes: 0 }, parent: 0 },
  ],
};

const card = (id: string, title: string, name: string, uid: string, likes: string) => `<section class="note-item" data-width="1080" data-height="1440"><div class="cover-wrap">
<a href="/explore/${id}" style="display:none"></a><a class="cover mask ld" href="/search_result/${id}?xsec_token=AB${id.slice(-6)}&amp;xsec_source=pc_feed" target="_self"><img src="${gif}" alt=""></a></div>
<div class="footer"><a class="title" href="/search_result/${id}?xsec_token=AB${id.slice(-6)}&amp;xsec_source=pc_feed"><span>${title}</span></a>
<div class="card-bottom-wrapper"><a class="author" href="/user/profile/${uid}"><img class="author-avatar" src="${gif}" alt=""><span class="name">${name}</span></a>
<span class="like-wrapper like-active"><svg class="reds-icon like-icon"><use xlink:href="#like"></use></svg><span class="count">${likes}</span></span></div></div></section>`;

const exploreFeed: SocialPage = {
  name: '小红书 explore feed: note cards with titles, authors and 赞 counts (1.2万, 赞 = 0), channel bar and login prompt',
  url: 'https://www.xiaohongshu.com/explore?channel_id=homefeed_recommend',
  html: xhsDoc('发现', `<div class="channel-container"><div class="channel active">推荐</div><div class="channel">穿搭</div><div class="channel">美食</div><div class="channel">彩妆</div><div class="channel">母婴</div></div>
<div class="feeds-container">
${card('6741d0a1000000001e05ef01', '青禾酸奶喝出异物，商家回应了', '杭州宝妈日记', '5f1a2b3c000000000100a1b2', '1.2万')}
${card('6741d0a2000000001e05ef02', '平价早餐搭配｜一周不重样', '早餐研究所', '5f1a2b3c000000000100a1b3', '3456')}
${card('6741d0a3000000001e05ef03', '青禾新品测评：低糖款真的好喝吗', '测评君', '5f1a2b3c000000000100a1b4', '赞')}
</div><div class="feeds-loading">加载中...</div>`),
  units: [
    { kind: 'post', author: '杭州宝妈日记', text: '青禾酸奶喝出异物，商家回应了', counts: { likes: 12_000 } },
    { kind: 'post', author: '早餐研究所', text: '平价早餐搭配｜一周不重样', counts: { likes: 3456 } },
    { kind: 'post', author: '测评君', text: '青禾新品测评：低糖款真的好喝吗', counts: { likes: 0 } },
  ],
};

const ksDoc = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>快手</title></head><body><div id="app">
<header class="header-container"><a class="logo" href="/">快手</a><nav><a href="/new-reco">首页</a><a href="/brilliant">精选</a><a href="/live">直播</a></nav><div class="search"><input placeholder="搜索你感兴趣的视频和作者"></div><div class="login-btn">登录</div></header>
<main>${body}</main><footer class="footer">京ICP备11008044号-1 | 京公网安备11010802029880号 | 网络文化经营许可证 | 北京快手科技有限公司</footer></div></body></html>`;

interface KsSaid { uid: string; name: string; words: string; time: string; likes: string; badge?: string }
const ksItem = (c: KsSaid, cls: string, subs = '') => `<div class="${cls}"><div class="comment-item-portrait"><img src="${gif}" alt=""></div>
<div class="comment-item-body"><div class="comment-item-author"><a href="/profile/${c.uid}" class="author-name">${c.name}</a>${c.badge ? `<span class="comment-author-tag">${c.badge}</span>` : ''}</div>
<div class="comment-item-content">${c.words}</div>
<div class="comment-item-info"><span class="comment-item-time">${c.time}</span><span class="comment-item-like">${c.likes}</span><span class="comment-item-reply">回复</span></div>${subs}</div></div>`;
const ksComment = (c: KsSaid, replies: KsSaid[] = [], more = '') => ksItem(c, 'comment-item comment-list-item', replies.length > 0
  ? `<div class="comment-sub-list">${replies.map((r) => ksItem(r, 'comment-item comment-sub-item')).join('')}${more ? `<div class="comment-sub-more">${more}</div>` : ''}</div>` : '');

const kuaishouThreads: SocialPage = {
  name: '快手 short-video page: comments with 作者 badge, replies under their comment, 展开 N 条回复, 相关推荐 beside',
  url: 'https://www.kuaishou.com/short-video/3xqinghe2026rep',
  html: ksDoc(`<div class="video-detail"><div class="player"><video muted preload="none"></video></div>
<div class="video-info"><div class="profile-user-name"><a href="/profile/3xauthor99">青禾探店</a></div><button class="follow-btn">+ 关注</button>
<h1 class="video-info-title">去青禾牧场实地看了一圈，说说我看到的 #青禾乳业</h1><div class="video-info-time">11-21 10:00</div><div class="video-like-count">1.5万</div></div>
<div class="share-row"><span>分享到</span><a>微信</a><a>QQ</a><a>微博</a><a>复制链接</a></div>
<div class="comment-list"><div class="comment-total">评论 326</div>
${ksComment({ uid: '3xuser11', name: '牛奶爱好者', words: '牧场看着挺干净的，抽检的事怎么说', time: '11-21 12:00', likes: '2.3万' }, [
  { uid: '3xauthor99', name: '青禾探店', words: '抽检那批是外包工厂的，视频最后有说', time: '11-21 13:05', likes: '860', badge: '作者' },
  { uid: '3xuser12', name: '小米粥', words: '回复 @牛奶爱好者：同问', time: '3小时前', likes: '赞' },
], '展开 12 条回复')}
${ksComment({ uid: '3xuser13', name: '理性路人', words: '恰饭视频吧', time: '1小时前', likes: '45' })}
</div>
<div class="video-recommend"><div class="recommend-title">相关推荐</div>
<div class="video-card"><a href="/short-video/3xrec001"><img src="${gif}" alt=""><div class="video-card-title">青禾牛奶开箱测评</div></a><div class="video-card-footer"><a href="/profile/3xrec01">测评小王</a><span>1.1万</span></div></div>
<div class="video-card"><a href="/short-video/3xrec002"><img src="${gif}" alt=""><div class="video-card-title">牧场日常vlog</div></a><div class="video-card-footer"><a href="/profile/3xrec02">草原牧民</a><span>3.2万</span></div></div></div>
<div class="comment-input"><textarea placeholder="善语结善缘，恶言伤人心"></textarea><button class="comment-submit" type="button">发送</button></div></div>`),
  units: [
    { kind: 'post', author: '青禾探店', text: '去青禾牧场实地看了一圈，说说我看到的 #青禾乳业', at: '2026-11-21T02:00:00.000Z', counts: { likes: 15_000 } },
    { kind: 'comment', author: '牛奶爱好者', text: '牧场看着挺干净的，抽检的事怎么说', at: '2026-11-21T04:00:00.000Z', counts: { likes: 23_000 }, parent: 0 },
    { kind: 'reply', author: '青禾探店', text: '抽检那批是外包工厂的，视频最后有说', at: '2026-11-21T05:05:00.000Z', counts: { likes: 860 }, parent: 1 },
    { kind: 'reply', author: '小米粥', text: '回复 @牛奶爱好者：同问', at: '2026-11-22T06:40:00.000Z', counts: { likes: 0 }, parent: 1 },
    { kind: 'comment', author: '理性路人', text: '恰饭视频吧', at: '2026-11-22T08:40:00.000Z', counts: { likes: 45 }, parent: 0 },
  ],
};

interface Item { id: string; uid: string; name: string; words: string; date: string; likes: string; badge?: string }
/** The comment-item generation as it renders now; a reply's item no longer carries comment-item-sub. */
const item = (c: Item) => `<div id="comment-${c.id}" class="comment-item"><div class="comment-inner-container"><div class="avatar"><a href="/user/profile/${c.uid}"><img class="avatar-item" src="${gif}" alt=""></a></div>
<div class="right"><div class="author-wrapper"><div class="author"><a class="name" href="/user/profile/${c.uid}" data-user-id="${c.uid}">${c.name}</a>${c.badge ? `<span class="tag">${c.badge}</span>` : ''}</div></div>
<div class="content"><span class="note-text">${c.words}</span></div>
<div class="info"><div class="date"><span>${c.date}</span></div>
<div class="interactions"><div class="like"><span class="like-wrapper"><span class="count">${c.likes}</span></span></div><div class="reply icon-container"><span class="count">回复</span></div></div></div></div></div></div>`;

const plainReplies: SocialPage = {
  name: '小红书 note page: reply items under .reply-container without comment-item-sub, 作者 tag, 回复 name： words, 展开 N 条回复',
  url: 'https://www.xiaohongshu.com/explore/6741e5f6000000001e06aa01?xsec_token=ABz7Yh1&xsec_source=pc_search',
  html: xhsDoc('青禾低糖酸奶回购', `<div id="noteContainer" class="note-container" data-type="normal">
<div class="author-container"><div class="info"><a href="/user/profile/5f1a2b3c000000000100e5f6"><span class="username">爱吃酸奶的鱼</span></a></div></div>
<div class="note-scroller"><div class="note-content"><div id="detail-title" class="title">青禾低糖酸奶无限回购</div>
<div id="detail-desc" class="desc"><span class="note-text"><span>抽检那批和我买的不是一个批次，继续回购。</span></span></div><div class="bottom-container"><span class="date">编辑于 昨天 20:15 江苏</span></div></div>
<div class="comments-el"><div class="comments-container"><div class="total">共 57 条评论</div><div class="list-container">
<div class="parent-comment">${item({ id: '6741e601000000001f00b001', uid: '61a0000000000000000000c1', name: '酸奶星人', words: '哪里买的呀，超市还有吗', date: '11-21 江苏', likes: '45' })}
<div class="reply-container"><div class="list-container">${item({ id: '6741e602000000001f00b002', uid: '5f1a2b3c000000000100e5f6', name: '爱吃酸奶的鱼', words: '回复 <a class="note-content-user" href="/user/profile/61a0000000000000000000c1">酸奶星人</a> : 盒马和山姆都有', date: '11-21 江苏', likes: '6', badge: '作者' })}</div>
<div class="show-more">展开 8 条回复</div></div></div>
<div class="parent-comment">${item({ id: '6741e603000000001f00b003', uid: '61a0000000000000000000c3', name: '控糖小能手', words: '低糖款热量多少', date: '5小时前 上海', likes: '赞' })}</div>
</div><div class="end-container">- THE END -</div></div></div></div>
<div class="interactions engage-bar engage-bar-style"><span class="like-wrapper"><span class="count">568</span></span><span class="collect-wrapper"><span class="count">120</span></span><span class="chat-wrapper"><span class="count">57</span></span></div></div>`),
  units: [
    { kind: 'post', author: '爱吃酸奶的鱼', text: '青禾低糖酸奶无限回购\n抽检那批和我买的不是一个批次，继续回购。', at: '2026-11-21T12:15:00.000Z', counts: { likes: 568, collects: 120, comments: 57 } },
    { kind: 'comment', author: '酸奶星人', text: '哪里买的呀，超市还有吗', at: '2026-11-20T16:00:00.000Z', counts: { likes: 45 }, parent: 0 },
    { kind: 'reply', author: '爱吃酸奶的鱼', text: '回复 酸奶星人 : 盒马和山姆都有', at: '2026-11-20T16:00:00.000Z', counts: { likes: 6 }, parent: 1 },
    { kind: 'comment', author: '控糖小能手', text: '低糖款热量多少', at: '2026-11-22T04:40:00.000Z', counts: { likes: 0 }, parent: 0 },
  ],
};

/**
 * The renamed list opening with a thread of one comment and its one reply: the card and the replies box sit side by
 * side like two comments, and the plain comment after the thread has no other thread to repeat with.
 */
const loneThreadFirst: SocialPage = {
  ...renamedNote,
  name: '小红书 note page, renamed comment list: a thread of one comment and one reply first, then a plain comment',
  html: renamedNote.html.replace(/<div class="cmt-thread">[\s\S]*?(?=<div class="cmt-thread">)/, ''),
  units: [renamedNote.units[0]!, { ...renamedNote.units[4]!, parent: 0 }, { ...renamedNote.units[5]!, parent: 1 }, { ...renamedNote.units[6]!, parent: 0 }],
};

/** The renamed list again: level, V and floor badges beside the names, over comments of one character; a 置顶 tag. */
const badgedNote: SocialPage = {
  name: '小红书 note page, renamed comment list: Lv5, V, #3 and 楼主 badges beside the names, one-character comments, 置顶 before words',
  url: 'https://www.xiaohongshu.com/explore/6741c9d2000000001e04ab99?xsec_token=ABq8Zk9&xsec_source=pc_feed',
  html: xhsDoc('青禾低温奶降价一成', `<div id="noteContainer" class="note-container" data-type="normal">
<div class="interaction-container"><div class="author-container"><div class="info"><a href="/user/profile/5f1a2b3c000000000100c3d4"><span class="username">营养师阿敏</span></a></div></div>
<div class="note-scroller"><div class="note-content"><div id="detail-title" class="title">青禾低温奶降价一成</div>
<div id="detail-desc" class="desc"><span class="note-text"><span>今天去超市看了，青禾的鲜奶确实便宜了。</span></span></div>
<div class="bottom-container"><span class="date">11-22 上海</span></div></div>
<div class="cmt-section"><div class="cmt-total">共 5 条评论</div><div class="cmt-list">
${thread({ uid: '61a0000000000000000c0101', name: '奶茶不加糖', words: '顶', date: '2小时前 广东', likes: '12', badge: 'Lv5' }, [
  { uid: '5f1a2b3c000000000100c3d4', name: '营养师阿敏', words: '赞', date: '1小时前 上海', likes: '3', badge: '楼主' },
])}
${thread({ uid: '61a0000000000000000c0102', name: '健身的猫', words: '6', date: '3小时前 江苏', likes: '8', badge: 'V' })}
${thread({ uid: '61a0000000000000000c0103', name: '路过的小张', words: '？', date: '4小时前 北京', likes: '赞', badge: '#3' })}
${thread({ uid: '61a0000000000000000c0104', name: '控糖小能手', words: '</span><span class="cmt-pin">置顶</span><span>降价的是950ml装，小瓶没变', date: '5小时前 上海', likes: '31' })}
</div></div></div>
<div class="interactions engage-bar engage-bar-style"><span class="like-wrapper"><span class="count">326</span></span><span class="collect-wrapper"><span class="count">41</span></span><span class="chat-wrapper"><span class="count">5</span></span></div></div></div>`),
  units: [
    { kind: 'post', author: '营养师阿敏', text: '青禾低温奶降价一成\n今天去超市看了，青禾的鲜奶确实便宜了。', at: '2026-11-21T16:00:00.000Z', counts: { likes: 326, collects: 41, comments: 5 } },
    { kind: 'comment', author: '奶茶不加糖', text: '顶', at: '2026-11-22T07:40:00.000Z', counts: { likes: 12 }, parent: 0 },
    { kind: 'reply', author: '营养师阿敏', text: '赞', at: '2026-11-22T08:40:00.000Z', counts: { likes: 3 }, parent: 1 },
    { kind: 'comment', author: '健身的猫', text: '6', at: '2026-11-22T06:40:00.000Z', counts: { likes: 8 }, parent: 0 },
    { kind: 'comment', author: '路过的小张', text: '？', at: '2026-11-22T05:40:00.000Z', counts: { likes: 0 }, parent: 0 },
    { kind: 'comment', author: '控糖小能手', text: '降价的是950ml装，小瓶没变', at: '2026-11-22T04:40:00.000Z', counts: { likes: 31 }, parent: 0 },
  ],
};


/**
 * The same list after a release dropped the reply's modifier class: the reply's item is the comment's own template,
 * and only the 展开 2 条回复 beside it in the box tells the box from a comment.
 */
const loneThreadNoModifier: SocialPage = {
  ...loneThreadFirst,
  name: '小红书 note page, renamed comment list: a thread of one comment and one reply (no modifier class, 展开 2 条回复 beside it) first, then a plain comment',
  html: loneThreadFirst.html.replace('cmt-card cmt-card-sub', 'cmt-card').replace(/(<div class="cmt-replies">[\s\S]*?<\/div><\/div><\/div><\/div>)(<\/div><\/div>)/, '$1<div class="cmt-more">展开 2 条回复</div>$2'),
};

export const xiaohongshuPages = [renamedNote, exploreFeed, plainReplies, loneThreadFirst, loneThreadNoModifier, badgedNote];
export { plainReplies };
/** The same page after a release renamed the comment classes (comment-item, comment-list-item, comment-item-*). */
const kuaishouRenamed: SocialPage = {
  ...kuaishouThreads,
  name: '快手 short-video page: a release renamed every comment class; comments and replies found by structure',
  url: 'https://www.kuaishou.com/short-video/3xqinghe2026ren',
  html: kuaishouThreads.html.replace(/comment-(item|list-item|sub-item|sub-list|sub-more|list|total)(?=[-" ])/g, (_, c: string) => `cmt2-${c.replace(/-/g, '')}`),
};

/** The renamed page with one reply under the first comment: no repeated block inside it, a modified copy of its item. */
const kuaishouLoneReply: SocialPage = {
  ...kuaishouRenamed,
  name: '快手 short-video page, renamed comment classes: a comment with one reply nested in its body',
  url: 'https://www.kuaishou.com/short-video/3xqinghe2026one',
  html: kuaishouRenamed.html.replace(/<div class="cmt2-item cmt2-subitem">(?=(?:(?!cmt2-subitem)[\s\S])*?小米粥)[\s\S]*?(?=<div class="cmt2-submore">)/, ''),
  units: kuaishouRenamed.units.filter((u) => u.author !== '小米粥'),
};

/** Fan-club, floor and V badges beside the names, over comments of one character, a 热评 tag before words; renamed too. */
const kuaishouBadges: SocialPage = {
  name: '快手 short-video page: 粉丝团, 1楼 and V badges beside the names, one-character comments, 热评 before words',
  url: 'https://www.kuaishou.com/short-video/3xqinghe2026bdg',
  html: ksDoc(`<div class="video-detail"><div class="video-info"><div class="profile-user-name"><a href="/profile/3xauthor99">青禾探店</a></div>
<h1 class="video-info-title">青禾低温奶降价，超市实拍 #青禾乳业</h1><div class="video-info-time">11-22 09:00</div><div class="video-like-count">3260</div></div>
<div class="comment-list"><div class="comment-total">评论 5</div>
${ksComment({ uid: '3xuser21', name: '牛奶爱好者', words: '顶', time: '2小时前', likes: '15', badge: '粉丝团' }, [
  { uid: '3xauthor99', name: '青禾探店', words: '赞', time: '1小时前', likes: '2', badge: 'V' },
])}
${ksComment({ uid: '3xuser22', name: '理性路人', words: '6', time: '3小时前', likes: '7', badge: '1楼' })}
${ksComment({ uid: '3xuser23', name: '小米粥', words: '？', time: '4小时前', likes: '赞', badge: 'Lv3' })}
${ksComment({ uid: '3xuser24', name: '超市理货员', words: '<span class="cmt-hot">热评</span>我们店里降价牌昨晚就换好了', time: '5小时前', likes: '64' })}
</div></div>`),
  units: [
    { kind: 'post', author: '青禾探店', text: '青禾低温奶降价，超市实拍 #青禾乳业', at: '2026-11-22T01:00:00.000Z', counts: { likes: 3260 } },
    { kind: 'comment', author: '牛奶爱好者', text: '顶', at: '2026-11-22T07:40:00.000Z', counts: { likes: 15 }, parent: 0 },
    { kind: 'reply', author: '青禾探店', text: '赞', at: '2026-11-22T08:40:00.000Z', counts: { likes: 2 }, parent: 1 },
    { kind: 'comment', author: '理性路人', text: '6', at: '2026-11-22T06:40:00.000Z', counts: { likes: 7 }, parent: 0 },
    { kind: 'comment', author: '小米粥', text: '？', at: '2026-11-22T05:40:00.000Z', counts: { likes: 0 }, parent: 0 },
    { kind: 'comment', author: '超市理货员', text: '我们店里降价牌昨晚就换好了', at: '2026-11-22T04:40:00.000Z', counts: { likes: 64 }, parent: 0 },
  ],
};

const kuaishouBadgesRenamed: SocialPage = {
  ...kuaishouBadges,
  name: '快手 short-video page, renamed comment classes: badges beside the names, one-character comments found by structure',
  url: 'https://www.kuaishou.com/short-video/3xqinghe2026bdr',
  html: kuaishouBadges.html.replace(/comment-(item|list-item|sub-item|sub-list|sub-more|list|total)(?=[-" ])/g, (_, c: string) => `cmt2-${c.replace(/-/g, '')}`),
};

export const kuaishouPages = [kuaishouThreads, kuaishouRenamed, kuaishouLoneReply, kuaishouBadges, kuaishouBadgesRenamed];
