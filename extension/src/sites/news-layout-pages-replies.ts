import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose reader comments hold an author's or the outlet's reply (作者回复, 小编回复, 官方回复)
// nested inside them with a name and time row of its own, unlike the comment's template. The comment keeps its
// words, the reply is a reply of it, and the comments after it are still there. A label is no name: 作者回复 with
// no name beside it is a reply without an author.

const article = (title: string, site: string, byline: string, comments: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${title}_${site}</title></head><body>
<div class="nav"><a href="/">${site}</a><a href="/news/">新闻</a><a href="/finance/">财经</a></div>
<div class="wrap"><h1>${title}</h1><div class="info">${byline}</div>
<div class="content"><p>青禾乳业6日宣布，旗下低温鲜奶将在华东地区推行“24小时到店”配送，首批覆盖上海、杭州、南京三城。</p>
<p>公司称，新配送体系依托自建冷链车队，全程温度控制在2至6摄氏度。</p></div></div>
${comments}
<div class="footer"><p>${site}版权所有</p></div></body></html>`;

const title = '青禾鲜奶华东推行24小时到店';
const body = ['首批覆盖上海、杭州、南京三城。', '全程温度控制在2至6摄氏度。'];

const officialReply: LayoutPage = {
  name: 'a portal comment list: names in plain text, comments holding the brand account’s 官方回复 (and a follow-up) with a name and time row of their own',
  url: 'https://www.eastday.com/n/2026/1206/c1234-40912345.html',
  html: article(title, '东方网', '<span>2026-12-06 16:20</span> 来源：东方网', `<div class="pl-box"><h3>网友评论</h3><div class="pl-list">
<div class="pl-item"><div class="pl-hd"><span class="pl-name">奶爸阿明</span><span class="pl-time">2026-12-06 17:02</span></div><div class="pl-txt">孩子喝了两年了，希望配送快了品质也别降</div>
<div class="pl-reply"><div class="pl-reply-hd"><span class="pl-name">青禾乳业</span><em class="pl-tag">官方回复</em><span class="pl-time">2026-12-06 18:10</span></div><div class="pl-reply-txt">感谢关注，配送提速不改变任何一道检测。</div></div></div>
<div class="pl-item"><div class="pl-hd"><span class="pl-name">静安白领</span><span class="pl-time">2026-12-06 17:30</span></div><div class="pl-txt">上海什么时候能覆盖到郊区</div>
<div class="pl-reply"><div class="pl-reply-hd"><span class="pl-name">青禾乳业</span><em class="pl-tag">官方回复</em><span class="pl-time">2026-12-06 18:12</span></div><div class="pl-reply-txt">松江、嘉定门店预计一月覆盖。</div></div>
<div class="pl-reply"><div class="pl-reply-hd"><span class="pl-name">静安白领</span><span class="pl-time">2026-12-06 18:40</span></div><div class="pl-reply-txt">好的，谢谢</div></div></div>
<div class="pl-item"><div class="pl-hd"><span class="pl-name">钱塘观潮</span><span class="pl-time">2026-12-06 17:45</span></div><div class="pl-txt">杭州这边超市已经能买到当天的了</div></div>
</div></div>`),
  headline: title,
  body,
  absent: ['网友评论', '品质也别降', '检测', '版权所有'],
  author: '东方网',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { author: '奶爸阿明', at: '2026-12-06T09:02:00.000Z', text: '孩子喝了两年了，希望配送快了品质也别降' },
    { author: '青禾乳业', at: '2026-12-06T10:10:00.000Z', text: '感谢关注，配送提速不改变任何一道检测。', reply: true },
    { author: '静安白领', at: '2026-12-06T09:30:00.000Z', text: '上海什么时候能覆盖到郊区' },
    { author: '青禾乳业', at: '2026-12-06T10:12:00.000Z', text: '松江、嘉定门店预计一月覆盖。', reply: true },
    { author: '静安白领', at: '2026-12-06T10:40:00.000Z', text: '好的，谢谢', reply: true },
    { author: '钱塘观潮', at: '2026-12-06T09:45:00.000Z', text: '杭州这边超市已经能买到当天的了' },
  ],
};

const authorReplyTwo: LayoutPage = {
  name: 'a column page: two comments each holding a 作者回复 row (the label, no name) with its own time, one plain comment',
  url: 'https://www.jfdaily.com/staticsg/res/html/web/newsDetail.html?id=712345',
  html: article(title, '上观新闻', '<span>2026-11-22 14:05</span> 来源：解放日报', `<div class="talk"><div class="talk-tit">精彩留言</div>
<div class="talk-one"><div class="talk-top"><span class="talk-u">梧桐树下</span><span class="talk-d">11-22 15:02</span><span class="talk-z">12</span></div><p class="talk-c">冷链车队是自建的还是外包的？</p>
<div class="talk-re"><div class="talk-re-top"><b>作者回复</b><span>11-22 16:20</span></div><p>文中写了，是自建车队。</p></div></div>
<div class="talk-one"><div class="talk-top"><span class="talk-u">南京路上</span><span class="talk-d">11-22 15:20</span><span class="talk-z">3</span></div><p class="talk-c">南京的门店名单能公布一下吗</p>
<div class="talk-re"><div class="talk-re-top"><b>作者回复</b><span>11-22 16:35</span></div><p>名单公司还没有发布，发布后我们会更新。</p></div></div>
<div class="talk-one"><div class="talk-top"><span class="talk-u">石库门老王</span><span class="talk-d">11-22 15:50</span><span class="talk-z">0</span></div><p class="talk-c">早该这样了，冷链就是要自己管</p></div>
</div>`),
  headline: title,
  body,
  absent: ['精彩留言', '自建的还是外包', '名单', '版权所有'],
  author: '解放日报',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '梧桐树下', at: '2026-11-22T07:02:00.000Z', text: '冷链车队是自建的还是外包的？', likes: 12 },
    { at: '2026-11-22T08:20:00.000Z', text: '文中写了，是自建车队。', reply: true },
    { author: '南京路上', at: '2026-11-22T07:20:00.000Z', text: '南京的门店名单能公布一下吗', likes: 3 },
    { at: '2026-11-22T08:35:00.000Z', text: '名单公司还没有发布，发布后我们会更新。', reply: true },
    { author: '石库门老王', at: '2026-11-22T07:50:00.000Z', text: '早该这样了，冷链就是要自己管', likes: 0 },
  ],
};

const editorReplyTwoComments: LayoutPage = {
  name: 'a city portal with two comments, the first holding a 小编回复 block (name row of label and time over its words)',
  url: 'http://www.njdaily.cn/news/2026/1206/5312345.html',
  html: article(title, '南报网', '<span>2026-12-06 16:20</span> 来源：南京日报', `<div class="wypl"><h4>网友评论（2）</h4>
<ul class="wypl-list">
<li><div class="hd"><span>紫金山下</span><span>江苏南京</span><span>2小时前</span></div><div class="bd">鼓楼区的门店明天能买到吗？</div>
<div class="xb"><div class="xb-hd"><span>小编回复</span><span>1小时前</span></div><div class="xb-bd">首批门店名单以青禾官方公布为准。</div></div></li>
<li><div class="hd"><span>秦淮夜话</span><span>江苏南京</span><span>3小时前</span></div><div class="bd">配送快是好事，价格别涨就行</div></li>
</ul></div>`),
  headline: title,
  body,
  absent: ['网友评论', '鼓楼区', '官方公布', '版权所有'],
  author: '南京日报',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { author: '紫金山下', at: '2026-11-22T07:40:00.000Z', text: '鼓楼区的门店明天能买到吗？' },
    { at: '2026-11-22T08:40:00.000Z', text: '首批门店名单以青禾官方公布为准。', reply: true },
    { author: '秦淮夜话', at: '2026-11-22T06:40:00.000Z', text: '配送快是好事，价格别涨就行' },
  ],
};

const replyAboveFooter: LayoutPage = {
  name: 'a portal whose comment prints name, words, then the 作者回复 box, and its own time, 回复 and 赞 in a footer row last',
  url: 'https://www.guancha.cn/economy/2026_12_06_771234.shtml',
  html: article(title, '观察者网', '<span>2026-12-06 16:20</span> 来源：观察者网', `<div class="all-comments"><div class="cmt-title">全部评论</div><ul class="cmt-ul">
<li><div class="u-row"><span class="u-name">沪上阿姨</span><span class="u-loc">上海</span></div><p class="u-txt">自建冷链成本不低，会不会转嫁到零售价上？</p>
<div class="au-box"><div class="au-hd"><span>作者回复</span><span>2026-12-06 18:05</span></div><p>公司表示现阶段零售价不变。</p></div>
<div class="u-ft"><span class="u-time">2026-12-06 17:11</span><a href="javascript:;">回复</a><a href="javascript:;">赞(9)</a></div></li>
<li><div class="u-row"><span class="u-name">冷链老兵</span><span class="u-loc">江苏</span></div><p class="u-txt">2到6度全程控温说起来容易，最后一公里最难</p>
<div class="u-ft"><span class="u-time">2026-12-06 17:25</span><a href="javascript:;">回复</a><a href="javascript:;">赞(4)</a></div></li>
</ul></div>`),
  headline: title,
  body,
  absent: ['全部评论', '零售价', '最后一公里', '版权所有'],
  author: '观察者网',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { author: '沪上阿姨', at: '2026-12-06T09:11:00.000Z', text: '自建冷链成本不低，会不会转嫁到零售价上？', likes: 9 },
    { at: '2026-12-06T10:05:00.000Z', text: '公司表示现阶段零售价不变。', reply: true },
    { author: '冷链老兵', at: '2026-12-06T09:25:00.000Z', text: '2到6度全程控温说起来容易，最后一公里最难', likes: 4 },
  ],
};

const shortWords: LayoutPage = {
  name: 'a portal list whose plain-text names are longer than the words under them (支持, 同问, 好评), one with a 小编回复',
  url: 'https://news.hangzhou.com.cn/shxw/content/2026-12/06/content_8912345.htm',
  html: article(title, '杭州网', '<span>2026-12-06 16:20</span> 来源：杭州日报', `<div class="plun"><h3>网友评论</h3><div class="plun-list">
<div class="plun-one"><div class="plun-hd"><span class="plun-name">钱塘江边的老陈</span><span class="plun-time">2026-12-06 17:02</span></div><div class="plun-txt">支持</div></div>
<div class="plun-one"><div class="plun-hd"><span class="plun-name">拱墅区宝妈小林</span><span class="plun-time">2026-12-06 17:15</span></div><div class="plun-txt">同问</div>
<div class="plun-re"><div class="plun-re-hd"><span>小编回复</span><span>2026-12-06 18:00</span></div><div class="plun-re-txt">杭州首批门店名单已在青禾官方公众号公布。</div></div></div>
<div class="plun-one"><div class="plun-hd"><span class="plun-name">西溪湿地跑步的人</span><span class="plun-time">2026-12-06 17:40</span></div><div class="plun-txt">好评，早上买到的都是当天的</div></div>
</div></div>`),
  headline: title,
  body,
  absent: ['网友评论', '同问', '首批门店名单', '版权所有'],
  author: '杭州日报',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { author: '钱塘江边的老陈', at: '2026-12-06T09:02:00.000Z', text: '支持' },
    { author: '拱墅区宝妈小林', at: '2026-12-06T09:15:00.000Z', text: '同问' },
    { at: '2026-12-06T10:00:00.000Z', text: '杭州首批门店名单已在青禾官方公众号公布。', reply: true },
    { author: '西溪湿地跑步的人', at: '2026-12-06T09:40:00.000Z', text: '好评，早上买到的都是当天的' },
  ],
};

export const replyPages: LayoutPage[] = [officialReply, authorReplyTwo, editorReplyTwoComments, replyAboveFooter, shortWords];
