import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose reader comments are one character (顶, 赞, 6, ？) under a commenter's name printed as
// plain text, no profile link and no avatar: in a head row with the time, in a row of its own over the words and
// a footer, as a <dt> over a <dd>. The name is longer than the words; it is still the author, and the character
// (a number, a 赞 that reads like a zero count) is still the comment, and so are words that are a badge word whole
// (沙发, 置顶 asked for).

const article = (site: string, byline: string, comments: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青禾乳业宣布低温奶降价一成_${site}</title></head><body>
<div class="nav"><a href="/">${site}</a><a href="/news/">新闻</a><a href="/life/">生活</a></div>
<div class="wrap"><h1>青禾乳业宣布低温奶降价一成</h1><div class="info">${byline}</div>
<div class="content"><p>青禾乳业22日宣布，自12月1日起旗下低温鲜奶全线降价一成，华北、华东门店同步执行。</p>
<p>公司称，降价源于自建冷链投用后物流成本下降，产品配方和检测标准不变。</p></div></div>
${comments}
<div class="footer"><p>${site}版权所有</p></div></body></html>`;

const headline = '青禾乳业宣布低温奶降价一成';
const body = ['旗下低温鲜奶全线降价一成', '产品配方和检测标准不变。'];

const headRows: LayoutPage = {
  name: 'a city portal list: head rows of a plain-text name and the time over one-character words (顶, 赞, 6, ？) and 沙发',
  url: 'https://www.dzwww.com/xinwen/shehuixinwen/202611/t20261122_13234567.htm',
  html: article('大众网', '<span>2026-11-22 14:05</span> 来源：大众日报', `<div class="pl-box"><h3>网友评论</h3><div class="pl-list">
<div class="pl-item"><div class="pl-hd"><span class="pl-name">泉城路老张</span><span class="pl-time">2026-11-22 15:02</span></div><div class="pl-txt">顶</div></div>
<div class="pl-item"><div class="pl-hd"><span class="pl-name">趵突泉边遛弯</span><span class="pl-time">2026-11-22 15:10</span></div><div class="pl-txt">赞</div></div>
<div class="pl-item"><div class="pl-hd"><span class="pl-name">历下区宝妈</span><span class="pl-time">2026-11-22 15:21</span></div><div class="pl-txt">6</div></div>
<div class="pl-item"><div class="pl-hd"><span class="pl-name">千佛山下</span><span class="pl-time">2026-11-22 15:40</span></div><div class="pl-txt">？</div></div>
<div class="pl-item"><div class="pl-hd"><span class="pl-name">大明湖畔</span><span class="pl-time">2026-11-22 14:30</span></div><div class="pl-txt">沙发</div></div>
<div class="pl-item"><div class="pl-hd"><span class="pl-name">济南老王</span><span class="pl-time">2026-11-22 16:05</span></div><div class="pl-txt">降价是好事，就怕以后偷偷换配方</div></div>
</div></div>`),
  headline,
  body,
  absent: ['网友评论', '偷偷换配方', '版权所有'],
  author: '大众日报',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '泉城路老张', at: '2026-11-22T07:02:00.000Z', text: '顶' },
    { author: '趵突泉边遛弯', at: '2026-11-22T07:10:00.000Z', text: '赞' },
    { author: '历下区宝妈', at: '2026-11-22T07:21:00.000Z', text: '6' },
    { author: '千佛山下', at: '2026-11-22T07:40:00.000Z', text: '？' },
    { author: '大明湖畔', at: '2026-11-22T06:30:00.000Z', text: '沙发' },
    { author: '济南老王', at: '2026-11-22T08:05:00.000Z', text: '降价是好事，就怕以后偷偷换配方' },
  ],
};

const nameRows: LayoutPage = {
  name: 'a mobile news page: the plain-text name in a row of its own with the region, one-character words, then time · 回复 · 赞(n)',
  url: 'https://m.hebnews.cn/hebei/2026-11/22/content_9023456.htm',
  html: article('河北新闻网', '<span>来源：河北日报</span><span>2026-11-22 14:05</span>', `<div class="m-sec"><div class="m-sec-hd"><span>评论（4）</span></div><ul class="m-sec-bd">
<li><div class="m-u"><span class="m-u-n">燕赵小哥</span><span class="m-u-l">河北石家庄</span></div><div class="m-c">顶</div><div class="m-f"><span>2小时前</span><span>回复</span><span>赞(12)</span></div></li>
<li><div class="m-u"><span class="m-u-n">滹沱河边</span><span class="m-u-l">河北正定</span></div><div class="m-c">6</div><div class="m-f"><span>1小时前</span><span>回复</span><span>赞(3)</span></div></li>
<li><div class="m-u"><span class="m-u-n">保定府的猫</span><span class="m-u-l">河北保定</span></div><div class="m-c">？</div><div class="m-f"><span>40分钟前</span><span>回复</span><span>赞(0)</span></div></li>
<li><div class="m-u"><span class="m-u-n">唐山老李</span><span class="m-u-l">河北唐山</span></div><div class="m-c">降了一成还是比别家贵</div><div class="m-f"><span>20分钟前</span><span>回复</span><span>赞(7)</span></div></li>
</ul></div>`),
  headline,
  body,
  absent: ['评论（4）', '比别家贵', '版权所有'],
  author: '河北日报',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '燕赵小哥', at: '2026-11-22T07:40:00.000Z', text: '顶', likes: 12 },
    { author: '滹沱河边', at: '2026-11-22T08:40:00.000Z', text: '6', likes: 3 },
    { author: '保定府的猫', at: '2026-11-22T09:00:00.000Z', text: '？', likes: 0 },
    { author: '唐山老李', at: '2026-11-22T09:20:00.000Z', text: '降了一成还是比别家贵', likes: 7 },
  ],
};

const dlRows: LayoutPage = {
  name: 'a 我来说两句 box: <dl> comments, the plain-text name alone in a <dt>, one-character words and the time in the <dd>',
  url: 'http://www.wfnews.com.cn/news/2026-11/22/content_2923456.htm',
  html: article('潍坊新闻网', '<span>2026-11-22 14:05</span><span>来源：潍坊晚报</span>', `<div class="wlsl"><div class="wlsl-top"><b>我来说两句</b></div>
<div class="wlsl-form"><textarea placeholder="文明上网，理性发言"></textarea><a href="javascript:;" class="btn">发表评论</a></div>
<div class="wlsl-list">
<dl><dt><span>潍坊网友</span></dt><dd><p>赞</p><div class="ft"><span>2026-11-22 15:21</span><a href="javascript:;">回复</a></div></dd></dl>
<dl><dt><span>白浪河畔</span></dt><dd><p>顶</p><div class="ft"><span>2026-11-22 16:08</span><a href="javascript:;">回复</a></div></dd></dl>
<dl><dt><span>寿光菜农</span></dt><dd><p>降价了，周末去囤一箱</p><div class="ft"><span>2026-11-22 17:02</span><a href="javascript:;">回复</a></div></dd></dl>
</div></div>`),
  headline,
  body,
  absent: ['我来说两句', '文明上网', '囤一箱', '版权所有'],
  author: '潍坊晚报',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '潍坊网友', at: '2026-11-22T07:21:00.000Z', text: '赞' },
    { author: '白浪河畔', at: '2026-11-22T08:08:00.000Z', text: '顶' },
    { author: '寿光菜农', at: '2026-11-22T09:02:00.000Z', text: '降价了，周末去囤一箱' },
  ],
};

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const sinaItem = (uid: string, name: string, area: string, words: string, time: string, votes: number) => `<div class="item clearfix">
<div class="head"><a href="https://weibo.com/u/${uid}"><img src="${gif}" alt=""></a></div>
<div class="cont"><div class="info"><a class="name" href="https://weibo.com/u/${uid}">${name}</a><span class="area">${area}</span></div><div class="txt">${words}</div>
<div class="action"><span class="time">${time}</span><a class="vote" href="javascript:;">赞 <em>${votes}</em></a><a class="reply" href="javascript:;">回复</a></div></div></div>`;

const sinaLinked: LayoutPage = {
  name: 'finance.sina.com.cn 网友评论 (found by structure): linked names with a [region] beside them over one-character words, and 置顶 asked for',
  url: 'https://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7790022.shtml',
  html: article('新浪财经', '<span>2026年11月22日 14:05</span> 来源：新浪财经', `<div id="SI_Comment" class="sina-comment-wrap">
<div class="hd"><h3>网友评论</h3><span class="count">已有<em>4</em>条评论</span></div><div class="list">
${sinaItem('5566780001', '手机用户8801', '[北京]', '顶', '11月22日 15:02', 36)}
${sinaItem('5566780002', '理性投资者', '[上海]', '？', '11月22日 15:40', 4)}
${sinaItem('5566780003', '乳业观察', '[广东]', '降价一成，利润率还撑得住吗', '11月22日 16:15', 9)}
${sinaItem('5566780004', '青禾铁粉', '[内蒙古]', '置顶', '11月22日 16:40', 1)}
</div></div>`),
  headline,
  body,
  absent: ['网友评论', '利润率'],
  author: '新浪财经',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '手机用户8801', at: '2026-11-22T07:02:00.000Z', text: '顶', likes: 36 },
    { author: '理性投资者', at: '2026-11-22T07:40:00.000Z', text: '？', likes: 4 },
    { author: '乳业观察', at: '2026-11-22T08:15:00.000Z', text: '降价一成，利润率还撑得住吗', likes: 9 },
    { author: '青禾铁粉', at: '2026-11-22T08:40:00.000Z', text: '置顶', likes: 1 },
  ],
};

export const shortWordPages: LayoutPage[] = [headRows, nameRows, dlRows, sinaLinked];
export { nameRows };
