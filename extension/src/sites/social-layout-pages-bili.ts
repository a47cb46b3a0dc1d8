import type { SocialPage } from './social-layout-pages.ts';

// B站, 知乎 and 公众号 layouts no saved fixture covers (issue 14). B站 comments sit in nested open shadow roots,
// written as declarative shadow roots (fixture-doc.ts attaches them). Times are Beijing time as printed;
// expectations are UTC against fixtureNow (2026-11-22 17:40 in Beijing).

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const sr = (html: string) => `<template shadowrootmode="open">${html}</template>`;

interface Bili { mid: string; name: string; words: string; date: string; likes: string; up?: boolean; top?: boolean }
/** The 2026 renderer: #user-name is a box around the link, the UP badge beside it, 置顶 printed in the text. */
const body = (c: Bili) => `<div id="body"><a id="user-avatar" href="//space.bilibili.com/${c.mid}"><img src="${gif}" alt=""></a><div id="main">
<div id="header"><bili-comment-user-info>${sr(`<div id="info"><div id="user-name"><a href="//space.bilibili.com/${c.mid}" target="_blank">${c.name}</a></div><div id="user-level"><img src="${gif}" alt="LV6"></div>${c.up ? '<div id="user-up">UP</div>' : ''}</div>`)}</bili-comment-user-info></div>
<div id="content"><bili-rich-text>${sr(`<p id="contents">${c.top ? '<i id="top">置顶</i>' : ''}<span>${c.words}</span></p>`)}</bili-rich-text></div>
<div id="footer"><bili-comment-action-buttons-renderer>${sr(`<div id="pubdate">${c.date}</div><div id="like"><button><svg></svg><span id="count">${c.likes}</span></button></div><div id="dislike"><button><svg></svg></button></div><div id="reply"><button>回复</button></div>`)}</bili-comment-action-buttons-renderer></div></div></div>`;
const biliThread = (c: Bili, replies: Bili[] = [], more = '') => `<bili-comment-thread-renderer>${sr(`<bili-comment-renderer id="comment">${sr(body(c))}</bili-comment-renderer>
<div id="replies"><bili-comment-replies-renderer>${sr(`<div id="expander"><div id="expander-contents">${replies.map((r) => `<bili-comment-reply-renderer>${sr(body(r))}</bili-comment-reply-renderer>`).join('')}</div>${more ? `<div id="view-more"><bili-text-button>${sr(`<button>${more}</button>`)}</bili-text-button></div>` : ''}</div>`)}</bili-comment-replies-renderer></div>`)}</bili-comment-thread-renderer>`;

const biliUpBadge: SocialPage = {
  name: 'B站 video page: comments in nested open shadow roots, 楼中楼 replies, UP主 badge, a pinned comment, 相关推荐 column',
  url: 'https://www.bilibili.com/video/BV1Gq4y1R7Qa/',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>青禾牧场探访_哔哩哔哩_bilibili</title></head><body>
<div id="biliMainHeader"><div class="bili-header__bar"><ul class="left-entry"><li><a href="//www.bilibili.com">首页</a></li><li><a href="//www.bilibili.com/anime/">番剧</a></li><li><a href="//live.bilibili.com">直播</a></li></ul><div class="header-login-entry"><span>登录</span></div></div></div>
<div id="app"><div class="video-container-v1"><div class="left-container">
<div class="video-info-container"><h1 class="video-title" data-title="青禾牧场探访：一瓶牛奶是怎么来的">青禾牧场探访：一瓶牛奶是怎么来的</h1>
<div class="video-info-meta"><span class="view-text">12.3万</span><span class="dm-text">856</span><span class="pubdate-ip-text">2026-11-20 18:00:00</span></div></div>
<div class="video-toolbar-left"><div class="video-like-info">8620</div><div class="video-coin-info">2301</div><div class="video-fav-info">1.1万</div><div class="video-share-info">分享</div></div>
<div class="video-desc-container"><span class="desc-info-text">受邀探访青禾乳业的牧场，本视频非广告。</span></div>
<div class="video-tag-container"><a class="tag-link" href="//search.bilibili.com/all?keyword=青禾乳业">青禾乳业</a><a class="tag-link">美食探店</a></div>
<div id="commentapp"><bili-comments>${sr(`<div id="header"><bili-comments-header-renderer>${sr('<div id="navbar"><div id="title">评论 <span id="count">1024</span></div><div id="sort"><button>最热</button><button>最新</button></div></div>')}</bili-comments-header-renderer></div>
<div id="contents"><div id="feed">
${biliThread({ mid: '32100001', name: '美食侦探阿杰', words: '评论区问得多的：视频里的检测报告原件放在简介了', date: '2026-11-20 18:05', likes: '3201', up: true, top: true })}
${biliThread({ mid: '32100021', name: '拉面不加香菜', words: '青禾的牧场居然这么大', date: '11-21 09:30', likes: '1.2万' }, [
  { mid: '32100001', name: '美食侦探阿杰', words: '是的，拍了一整天都没逛完', date: '11-21 10:00', likes: '520', up: true },
  { mid: '32100022', name: '芝士就是力量', words: '回复 <a href="//space.bilibili.com/32100001" data-type="mention">@美食侦探阿杰</a> :能拍拍挤奶车间吗', date: '2小时前', likes: '' },
], '共 36 条回复，点击查看')}
${biliThread({ mid: '32100023', name: '打工人小李', words: '恰饭就恰饭，坦荡一点', date: '1小时前', likes: '88' })}
</div></div>`)}</bili-comments></div></div>
<div class="right-container"><div class="up-panel-container"><div class="up-detail"><a class="up-name" href="//space.bilibili.com/32100001">美食侦探阿杰</a><span class="up-description">探店/测评 商务合作请私信</span></div><button class="follow-btn">+ 关注 12.5万</button></div>
<div class="rec-list"><div class="rec-title">相关推荐</div><div class="video-page-card-small"><a href="/video/BV1xx411c7mu"><p class="title">青禾牛奶盲测，能喝出区别吗</p></a><div class="upname"><a href="//space.bilibili.com/32100030">测评实验室</a></div><div class="playinfo">5.6万 · 1200</div></div></div></div>
</div></div><div class="international-footer">bilibili 哔哩哔哩弹幕视频网 ©2009-2026 沪ICP备13002172号-3</div>
<script>window.__INITIAL_STATE__={"aid":113500009,"bvid":"BV1Gq4y1R7Qa","videoData":{"aid":113500009,"bvid":"BV1Gq4y1R7Qa","title":"青禾牧场探访：一瓶牛奶是怎么来的","pubdate":1795168800,"desc":"受邀探访青禾乳业的牧场，本视频非广告。","owner":{"mid":32100001,"name":"美食侦探阿杰"},"stat":{"view":123000,"danmaku":856,"reply":1024,"favorite":11000,"coin":2301,"share":0,"like":8620}}};</script>
</body></html>`,
  units: [
    { kind: 'post', author: '美食侦探阿杰', text: '青禾牧场探访：一瓶牛奶是怎么来的\n受邀探访青禾乳业的牧场，本视频非广告。', at: '2026-11-20T10:00:00.000Z', counts: { likes: 8620, collects: 11_000, shares: 0, comments: 1024, views: 123_000 } },
    { kind: 'comment', author: '美食侦探阿杰', text: '评论区问得多的：视频里的检测报告原件放在简介了', at: '2026-11-20T10:05:00.000Z', counts: { likes: 3201 }, parent: 0 },
    { kind: 'comment', author: '拉面不加香菜', text: '青禾的牧场居然这么大', at: '2026-11-21T01:30:00.000Z', counts: { likes: 12_000 }, parent: 0 },
    { kind: 'reply', author: '美食侦探阿杰', text: '是的，拍了一整天都没逛完', at: '2026-11-21T02:00:00.000Z', counts: { likes: 520 }, parent: 2 },
    { kind: 'reply', author: '芝士就是力量', text: '回复 @美食侦探阿杰 :能拍拍挤奶车间吗', at: '2026-11-22T07:40:00.000Z', counts: { likes: 0 }, parent: 2 },
    { kind: 'comment', author: '打工人小李', text: '恰饭就恰饭，坦荡一点', at: '2026-11-22T08:40:00.000Z', counts: { likes: 88 }, parent: 0 },
  ],
};

/** A release that prints the UP badge inside the #user-name box and a 热评 tag after the words: neither is read. */
const biliBadgesMoved: SocialPage = {
  ...biliUpBadge,
  name: 'B站 video page: the UP badge inside the #user-name box, a 热评 tag after a comment’s words',
  html: biliUpBadge.html
    .replace(/<\/a><\/div>(<div id="user-level">.*?<\/div>)<div id="user-up">UP<\/div>/g, '</a><span id="user-up">UP</span></div>$1')
    .replace('坦荡一点</span>', '坦荡一点</span><i id="hot">热评</i>'),
};

export const bilibiliPages = [biliUpBadge, biliBadgesMoved];
