import type { SocialPage } from './social-layout-pages.ts';

// Douyin pages no saved fixture covers (issue 4): the comment list names nothing but its data-e2e hooks, the
// creator's comments carry a 作者 tag, a reply thread ends in 展开3条回复, counts print as 1.5w; a 图文 note whose
// labels (置顶, 作者赞过, 作者回复过, a 作者 badge) sit beside the words and inside the name link; fan-club, level and V
// badges beside the name over one-character words; a live room.

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const user = (id: string, name: string) => `<a href="//www.douyin.com/user/${id}" class="Hb7RtK2q"><span class="Wc4YnM8s">${name}</span></a>`;

interface Item { id: string; name: string; tags?: string; to?: string; when: string; likes: string; words: string; after?: string; replies?: string }
const item = (c: Item) => `<div data-e2e="comment-item" class="Ae4PzL0k">
<div class="Tn3GhB6v"><a href="//www.douyin.com/user/${c.id}"><span class="semi-avatar"><img src="${gif}" alt=""></span></a></div>
<div class="Ur8KdS1m"><div class="Jx5WqE7c">${user(c.id, c.name)}${c.tags ?? ''}${c.to ? `<svg class="Ib2OpK4d"></svg>${user(c.to.split('|')[0]!, c.to.split('|')[1]!)}` : ''}</div>
<div class="Ok1NbV3f"><span class="Xm9LsQ2a"><span><span>${c.words}</span></span></span></div>${c.after ?? ''}
<div class="Gv6TcR5y"><span class="Yp3HjU8w">${c.when}</span><div class="Qs2DfA7n"><p class="Ce8MzX1v"><span>${c.likes}</span></p></div><div class="Rl4BkN9e"><span>回复</span></div><div class="Fy7GuI3o"><span>分享</span></div></div>
${c.replies ? `<div class="Dw5ZeT0r">${c.replies}</div>` : ''}</div></div>`;
const tag = (t: string) => `<span class="Vt6XaC3s">${t}</span>`;

const douyinThreads: SocialPage = {
  name: 'douyin.com video: hashed comment list, 作者 and 置顶 tags, a reply thread with 展开3条回复, counts like 1.5w',
  url: 'https://www.douyin.com/video/7440000000000000001',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>抖音</title></head><body><div id="douyin-right-container">
<div data-e2e="video-detail" class="Kp0YrW4e"><div class="Sm1NoP6q"><video preload="none"></video></div>
<div data-e2e="detail-video-info" data-e2e-aweme-id="7440000000000000001" class="Lf3GhJ8k"><h1 class="Bn2VcX5z"><span><span>探访青禾牧场，奶源到底怎么样<img class="icon-emoji" alt="[思考]" src="${gif}"></span><a href="/search/青禾乳业"><span>#青禾乳业</span></a></span></h1>
<div class="Ty7UiO2p"><span data-e2e="detail-video-publish-time">发布时间：2026-11-20 19:30</span></div></div>
<div class="Qa9WsE1d"><div data-e2e="video-player-digg" class="Zx3CvB6n"><span>1.5w</span></div><div data-e2e="feed-comment-icon" class="Zx3CvB6n"><span>3456</span></div><div data-e2e="video-player-collect" class="Zx3CvB6n"><span>收藏</span></div><div data-e2e="video-player-share" class="Zx3CvB6n"><span>分享</span></div></div>
<div data-e2e="user-info" class="Mk8JhG5f">${user('MS4wLjABAAAAfarmVisit01', '牧场探访记')}</div>
<div class="comment-mainContent"><div class="Pl0OkI9u"><span>全部评论(3456)</span></div><div data-e2e="comment-list" class="Yh6TgB2n">
${item({ id: 'MS4wLjABAAAAfarmVisit01', name: '牧场探访记', tags: tag('作者') + tag('置顶'), when: '2天前·广东', likes: '1.5w', words: '补充一下：牧场是青禾乳业自己的，视频里的检测是第三方做的' })}
${item({ id: 'MS4wLjABAAAAdadMing02', name: '奶爸阿明', when: '1天前·江苏', likes: '2.3万', words: '第三方是哪家？青禾敢不敢公开检测报告', replies: `${item({ id: 'MS4wLjABAAAAfarmVisit01', name: '牧场探访记', tags: tag('作者'), when: '23小时前·广东', likes: '896', words: '报告在主页置顶，可以去看' })}
${item({ id: 'MS4wLjABAAAAlawyer03', name: '律师小陈', to: 'MS4wLjABAAAAfarmVisit01|牧场探访记', when: '20小时前·北京', likes: '赞', words: '主页那份只是摘要，完整报告才有说服力' })}
<div class="Ej1RfV7b"><button class="Wo4ZxL8m"><span>展开3条回复</span></button></div>` })}
${item({ id: 'MS4wLjABAAAAyogurt04', name: '酸奶爱好者', when: '11-19', likes: '12', words: '青禾的酸奶确实好喝', after: `<div class="Hn5TyU1i">${tag('作者赞过')}</div>` })}
</div></div></div></div></body></html>`,
  units: [
    { kind: 'post', author: '牧场探访记', text: '探访青禾牧场，奶源到底怎么样[思考]#青禾乳业', at: '2026-11-20T11:30:00.000Z', counts: { likes: 15_000, comments: 3456, collects: 0, shares: 0 } },
    { kind: 'comment', author: '牧场探访记', text: '补充一下：牧场是青禾乳业自己的，视频里的检测是第三方做的', at: '2026-11-20T09:40:00.000Z', counts: { likes: 15_000 }, parent: 0 },
    { kind: 'comment', author: '奶爸阿明', text: '第三方是哪家？青禾敢不敢公开检测报告', at: '2026-11-21T09:40:00.000Z', counts: { likes: 23_000 }, parent: 0 },
    { kind: 'reply', author: '牧场探访记', text: '报告在主页置顶，可以去看', at: '2026-11-21T10:40:00.000Z', counts: { likes: 896 }, parent: 2 },
    { kind: 'reply', author: '律师小陈', text: '主页那份只是摘要，完整报告才有说服力', at: '2026-11-21T13:40:00.000Z', counts: { likes: 0 }, parent: 2 },
    { kind: 'comment', author: '酸奶爱好者', text: '青禾的酸奶确实好喝', at: '2026-11-18T16:00:00.000Z', counts: { likes: 12 }, parent: 0 },
  ],
};

const video = (id: string, caption: string, comments: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>抖音</title></head><body><div id="douyin-right-container">
<div data-e2e="video-detail" class="Kp0YrW4e"><div data-e2e="detail-video-info" data-e2e-aweme-id="${id}" class="Lf3GhJ8k"><h1 class="Bn2VcX5z"><span><span>${caption}</span></span></h1>
<div class="Ty7UiO2p"><span data-e2e="detail-video-publish-time">发布时间：2026-11-21 10:00</span></div></div>
<div class="Qa9WsE1d"><div data-e2e="video-player-digg" class="Zx3CvB6n"><span>888</span></div><div data-e2e="feed-comment-icon" class="Zx3CvB6n"><span>4</span></div></div>
<div data-e2e="user-info" class="Mk8JhG5f">${user('MS4wLjABAAAAfarmVisit01', '牧场探访记')}</div>
<div class="comment-mainContent"><div data-e2e="comment-list" class="Yh6TgB2n">${comments}</div></div></div></div></body></html>`;

const douyinShort: SocialPage = {
  name: 'douyin.com video: comments that are only a number (666, 111) or one character (？), one with an 作者赞过 label',
  url: 'https://www.douyin.com/video/7440000000000000002',
  html: video('7440000000000000002', '青禾牧场挤奶全过程', `
${item({ id: 'MS4wLjABAAAAfan666', name: '老铁666', when: '1天前·山东', likes: '12', words: '666', after: `<div class="Hn5TyU1i">${tag('作者赞过')}</div>` })}
${item({ id: 'MS4wLjABAAAAask01', name: '好奇宝宝', when: '5小时前·河南', likes: '3', words: '？', replies: `${item({ id: 'MS4wLjABAAAAfarmVisit01', name: '牧场探访记', tags: tag('作者'), when: '4小时前·广东', likes: '1.2w', words: '111' })}` })}
${item({ id: 'MS4wLjABAAAAmilk05', name: '青禾奶粉用户', when: '2小时前·湖南', likes: '赞', words: '青禾的奶源看着放心' })}`),
  units: [
    { kind: 'post', author: '牧场探访记', text: '青禾牧场挤奶全过程', at: '2026-11-21T02:00:00.000Z', counts: { likes: 888, comments: 4 } },
    { kind: 'comment', author: '老铁666', text: '666', at: '2026-11-21T09:40:00.000Z', counts: { likes: 12 }, parent: 0 },
    { kind: 'comment', author: '好奇宝宝', text: '？', at: '2026-11-22T04:40:00.000Z', counts: { likes: 3 }, parent: 0 },
    { kind: 'reply', author: '牧场探访记', text: '111', at: '2026-11-22T05:40:00.000Z', counts: { likes: 12_000 }, parent: 2 },
    { kind: 'comment', author: '青禾奶粉用户', text: '青禾的奶源看着放心', at: '2026-11-22T07:40:00.000Z', counts: { likes: 0 }, parent: 0 },
  ],
};

const douyinNote: SocialPage = {
  name: 'douyin.com 图文 note: image carousel, labels beside the words (置顶, 作者赞过, 作者回复过) and a 作者 badge inside the name link',
  url: 'https://www.douyin.com/note/7440000000000000003',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>抖音</title><link rel="canonical" href="https://www.douyin.com/note/7440000000000000003"></head><body><div id="douyin-right-container">
<div data-e2e="video-detail" class="Kp0YrW4e"><div class="Sw4NeR2t"><div class="Pq7ZaM1x"><img src="${gif}" alt=""><img src="${gif}" alt=""><img src="${gif}" alt=""></div><div class="Cu3IwO8y"><span>1/3</span></div></div>
<div data-e2e="detail-video-info" data-e2e-aweme-id="7440000000000000003" class="Lf3GhJ8k"><h1 class="Bn2VcX5z"><span><span>三款低温奶冷藏七天后对比，结果有点意外</span><a href="/search/青禾乳业"><span>#青禾乳业</span></a></span></h1>
<div class="Ty7UiO2p"><span data-e2e="detail-video-publish-time">发布时间：2026-11-21 20:15</span></div></div>
<div class="Qa9WsE1d"><div data-e2e="video-player-digg" class="Zx3CvB6n"><span>2.1万</span></div><div data-e2e="feed-comment-icon" class="Zx3CvB6n"><span>968</span></div><div data-e2e="video-player-collect" class="Zx3CvB6n"><span>5320</span></div><div data-e2e="video-player-share" class="Zx3CvB6n"><span>分享</span></div></div>
<div data-e2e="user-info" class="Mk8JhG5f">${user('MS4wLjABAAAAmilkLab06', '奶品实验室')}</div>
<div class="comment-mainContent"><div data-e2e="comment-list" class="Yh6TgB2n">
${item({ id: 'MS4wLjABAAAAmilkLab06', name: '奶品实验室', tags: tag('作者'), when: '14小时前·上海', likes: '3021', words: `${tag('置顶')}<span>第三款是青禾的，开封前后都测了菌落总数</span>` })}
<div data-e2e="comment-item" class="Ae4PzL0k">
<div class="Tn3GhB6v"><a href="//www.douyin.com/user/MS4wLjABAAAAmilkLab06"><span class="semi-avatar"><img src="${gif}" alt=""></span></a></div>
<div class="Ur8KdS1m"><div class="Jx5WqE7c"><a href="//www.douyin.com/user/MS4wLjABAAAAmilkLab06" class="Hb7RtK2q"><span class="Wc4YnM8s">奶品实验室</span>${tag('作者')}</a></div>
<div class="Ok1NbV3f"><span class="Xm9LsQ2a"><span><span>明天发完整的检测视频</span></span></span></div>
<div class="Gv6TcR5y"><span class="Yp3HjU8w">12小时前·上海</span><div class="Qs2DfA7n"><p class="Ce8MzX1v"><span>518</span></p></div><div class="Rl4BkN9e"><span>回复</span></div></div></div></div>
${item({ id: 'MS4wLjABAAAAmomYa07', name: '小雅妈妈', when: '10小时前·浙江', likes: '86', words: '好看', after: `<div class="Hn5TyU1i">${tag('作者回复过')}</div>` })}
${item({ id: 'MS4wLjABAAAAbuyer08', name: '超市理货员', when: '9小时前·江苏', likes: '42', words: `${tag('作者赞过')}<span>冷柜温度才是关键，很多超市晚上会关一半</span>` })}
</div></div></div></div></body></html>`,
  units: [
    { kind: 'post', author: '奶品实验室', text: '三款低温奶冷藏七天后对比，结果有点意外#青禾乳业', at: '2026-11-21T12:15:00.000Z', counts: { likes: 21_000, comments: 968, collects: 5320, shares: 0 } },
    { kind: 'comment', author: '奶品实验室', text: '第三款是青禾的，开封前后都测了菌落总数', at: '2026-11-21T19:40:00.000Z', counts: { likes: 3021 }, parent: 0 },
    { kind: 'comment', author: '奶品实验室', text: '明天发完整的检测视频', at: '2026-11-21T21:40:00.000Z', counts: { likes: 518 }, parent: 0 },
    { kind: 'comment', author: '小雅妈妈', text: '好看', at: '2026-11-21T23:40:00.000Z', counts: { likes: 86 }, parent: 0 },
    { kind: 'comment', author: '超市理货员', text: '冷柜温度才是关键，很多超市晚上会关一半', at: '2026-11-22T00:40:00.000Z', counts: { likes: 42 }, parent: 0 },
  ],
};

const douyinLive: SocialPage = {
  name: 'douyin.com live room: streamer, 人在看, a product card naming the brand and the scrolling chat — no units',
  url: 'https://www.douyin.com/root/live/640012345678',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>奶品实验室的抖音直播间 - 抖音直播</title></head><body><div id="douyin-right-container">
<div class="Lv1RoM2a"><div class="Lv3HoS4t"><a href="//www.douyin.com/user/MS4wLjABAAAAmilkLab06" class="Lv5Na6m"><img src="${gif}" alt=""><span>奶品实验室</span></a><span class="Lv7Ba8d">直播中</span><span class="Lv9Vw0c">2.3万人在看</span><button class="Lv2Fo3l">关注</button></div>
<div class="Lv4Pl5y"><video preload="none"></video></div>
<div class="Lv6Gd7s"><div class="Lv8Cd9t"><img src="${gif}" alt=""><div><p>青禾乳业 鲜牛奶950ml×2</p><p><span>¥</span><span>39.9</span></p></div><button>去购买</button></div></div>
<div class="webcast-chatroom"><div class="webcast-chatroom___list">
<div class="webcast-chatroom___item"><span class="Lc1Nm2e">小雅妈妈：</span><span class="Lc3Tx4t">青禾的鲜奶今天有优惠吗</span></div>
<div class="webcast-chatroom___item"><span class="Lc1Nm2e">超市理货员：</span><span class="Lc3Tx4t">刚下单了两箱</span></div>
<div class="webcast-chatroom___item"><span class="Lc5Sy6s">欢迎 奶爸阿明 来到直播间</span></div>
</div><div class="webcast-chatroom___input"><textarea placeholder="与大家互动一下..."></textarea></div></div></div></div></body></html>`,
  units: [],
};

const douyinLevels: SocialPage = {
  name: 'douyin.com video: fan-club, level and V badges beside the name (粉丝团, Lv12, V, 铁粉) over one-character words',
  url: 'https://www.douyin.com/video/7440000000000000005',
  html: video('7440000000000000005', '青禾低温奶降价后第一天', `
${item({ id: 'MS4wLjABAAAAfanClub09', name: '奶茶续命', tags: tag('粉丝团') + tag('Lv12'), when: '3小时前·四川', likes: '5', words: '顶' })}
${item({ id: 'MS4wLjABAAAAold10', name: '青禾老用户', tags: tag('V'), when: '2小时前·河北', likes: '2', words: '6' })}
${item({ id: 'MS4wLjABAAAAwind11', name: '草原来的风', tags: tag('铁粉'), when: '1小时前·内蒙古', likes: '赞', words: '？', replies: `${item({ id: 'MS4wLjABAAAAfarmVisit01', name: '牧场探访记', tags: tag('作者') + tag('Lv5'), when: '30分钟前·广东', likes: '9', words: '赞' })}` })}`),
  units: [
    { kind: 'post', author: '牧场探访记', text: '青禾低温奶降价后第一天', at: '2026-11-21T02:00:00.000Z', counts: { likes: 888, comments: 4 } },
    { kind: 'comment', author: '奶茶续命', text: '顶', at: '2026-11-22T06:40:00.000Z', counts: { likes: 5 }, parent: 0 },
    { kind: 'comment', author: '青禾老用户', text: '6', at: '2026-11-22T07:40:00.000Z', counts: { likes: 2 }, parent: 0 },
    { kind: 'comment', author: '草原来的风', text: '？', at: '2026-11-22T08:40:00.000Z', counts: { likes: 0 }, parent: 0 },
    { kind: 'reply', author: '牧场探访记', text: '赞', at: '2026-11-22T09:10:00.000Z', counts: { likes: 9 }, parent: 3 },
  ],
};

export const douyinPages: SocialPage[] = [douyinThreads, douyinShort, douyinNote, douyinLive, douyinLevels];
