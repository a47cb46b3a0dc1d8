import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose reader comments sit in a box no class names: a city portal's 我来说两句 box (a
// textarea, 最新评论 / 最热评论 tabs, then dl blocks of name, words, time, 回复 and 赞), and a mobile page whose list
// is headed 评论（23） in a plain span, one whose comment holds the author's lone reply, and an old portal's table of
// name-and-time rows over words rows. Names are plain text in a row of their own, not profile links.

const wfnews: LayoutPage = {
  name: 'a city portal: a 我来说两句 box with a textarea and 最新评论 tabs, comments as <dl> name over words and time',
  url: 'http://www.wfnews.com.cn/news/2026-11/22/content_2912345.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业潍坊牧场通过有机认证_潍坊新闻网</title></head><body>
<div class="topbar"><div class="w1100"><a href="/">潍坊新闻网首页</a><a href="/news/">潍坊</a><a href="/sd/">山东</a><a href="/video/">视频</a><a href="/epaper/">数字报</a></div></div>
<div class="w1100 main"><div class="left">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">潍坊新闻</a> &gt; 正文</div>
<h1>青禾乳业潍坊牧场通过有机认证</h1>
<div class="info"><span>2026-11-22 14:05</span><span>来源：潍坊晚报</span><span>作者：马骏</span></div>
<div class="content">
<p>记者22日获悉，青禾乳业潍坊牧场通过国家有机产品认证，成为全市第三家获得认证的规模化牧场。</p>
<p>据了解，该牧场存栏奶牛2600头，饲草全部来自周边合作社种植的有机苜蓿。</p>
</div>
<div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<div class="xgyd"><h3>相关阅读</h3><ul><li><a href="/news/2026-11/20/content_2911001.htm">潍坊奶业振兴三年行动启动</a><span>2026-11-20</span></li><li><a href="/news/2026-11/18/content_2910045.htm">寿光有机蔬菜出口增长</a><span>2026-11-18</span></li></ul></div>
<div class="wlsl">
<div class="wlsl-top"><b>我来说两句</b><span>已有<em>3</em>人参与</span></div>
<div class="wlsl-form"><textarea placeholder="文明上网，理性发言，请遵守新闻评论服务协议"></textarea>
<div class="wlsl-bar"><label><input type="checkbox">匿名发表</label><a href="javascript:;" class="btn">发表评论</a></div></div>
<ul class="wlsl-tab"><li class="on">最新评论</li><li>最热评论</li></ul>
<div class="wlsl-list">
<dl><dt><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><span>潍坊网友</span></dt>
<dd><p>牧场就在我们村边上，环境确实搞得不错，青禾的奶现在我家天天喝。</p>
<div class="ft"><span>2026-11-22 15:21</span><a href="javascript:;">回复</a><a href="javascript:;">赞(6)</a></div></dd></dl>
<dl><dt><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><span>白浪河畔</span></dt>
<dd><p>有机认证每年都要复审吧？希望能一直保持下去。</p>
<div class="ft"><span>2026-11-22 16:08</span><a href="javascript:;">回复</a><a href="javascript:;">赞(2)</a></div></dd></dl>
<dl><dt><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><span>山东潍坊网友</span></dt>
<dd><p>苜蓿种植带动了周边农户增收，是好事。</p>
<div class="ft"><span>2026-11-22 17:02</span><a href="javascript:;">回复</a><a href="javascript:;">赞(0)</a></div></dd></dl>
</div><div class="wlsl-more"><a href="javascript:;">查看更多评论</a></div></div>
</div><div class="right"><div class="hot"><h3>热点排行</h3><ol><li><a href="#">潍坊风筝节筹备启动</a></li><li><a href="#">青州古城入选夜游名录</a></li></ol></div></div></div>
<div class="footer"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a></p><p>潍坊新闻网版权所有 鲁ICP备09023456号</p></div>
</body></html>`,
  headline: '青禾乳业潍坊牧场通过有机认证',
  body: ['成为全市第三家获得认证的规模化牧场', '有机苜蓿。'],
  absent: ['数字报', '当前位置', '分享到', '相关阅读', '寿光', '我来说两句', '文明上网', '最新评论', '天天喝', '复审', '查看更多评论', '热点排行', '版权所有'],
  author: '马骏',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '潍坊网友', at: '2026-11-22T07:21:00.000Z', text: '牧场就在我们村边上，环境确实搞得不错，青禾的奶现在我家天天喝。', likes: 6 },
    { author: '白浪河畔', at: '2026-11-22T08:08:00.000Z', text: '有机认证每年都要复审吧？希望能一直保持下去。', likes: 2 },
    { author: '山东潍坊网友', at: '2026-11-22T09:02:00.000Z', text: '苜蓿种植带动了周边农户增收，是好事。', likes: 0 },
  ],
};

const hebnewsMobile: LayoutPage = {
  name: 'm.hebnews.cn: a mobile article, comments under a plain <span>评论（23）</span>, relative times, bare like counts',
  url: 'https://m.hebnews.cn/hebei/2026-11/22/content_9012345.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>青禾乳业石家庄新工厂投产 日产低温奶200吨_河北新闻网</title></head><body>
<header class="m-top"><a class="back" href="javascript:history.back()">返回</a><a class="logo" href="https://m.hebnews.cn/">河北新闻网</a><a class="app" href="https://app.hebnews.cn/">打开APP</a></header>
<div class="m-page"><div class="m-art">
<h1 class="m-art-h">青禾乳业石家庄新工厂投产 日产低温奶200吨</h1>
<div class="m-art-src"><span>来源：河北日报</span><span>2026-11-22 14:05</span></div>
<div class="m-art-bd">
<p>11月22日，青禾乳业石家庄新工厂正式投产，设计日产低温奶200吨，产品将覆盖京津冀主要城市。</p>
<p>工厂负责人介绍，新厂采用全封闭灌装线，出厂产品由自有冷藏车配送，全程温度可追溯。</p>
<p>当天，工厂还与周边12家奶牛养殖场签订了长期收购协议。</p>
</div>
<div class="m-art-ft"><span class="read">阅读 1.2万</span><span class="good">点赞 86</span></div>
<div class="m-share"><span>分享到</span><a>微信好友</a><a>朋友圈</a><a>微博</a></div></div>
<div class="m-sec"><div class="m-sec-hd"><span>评论（23）</span><a href="javascript:;">写评论</a></div>
<ul class="m-sec-bd">
<li><div class="m-u"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><span class="m-u-n">燕赵小哥</span><span class="m-u-l">河北石家庄</span></div>
<div class="m-c">家门口就能喝到新鲜的低温奶了，支持青禾！</div>
<div class="m-f"><span>2小时前</span><span>回复</span><span class="m-f-z">12</span></div></li>
<li><div class="m-u"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><span class="m-u-n">滹沱河边</span><span class="m-u-l">河北正定</span></div>
<div class="m-c">收购协议签了几年？养殖户最关心这个。</div>
<div class="m-f"><span>1小时前</span><span>回复</span><span class="m-f-z">5</span></div></li>
</ul><a class="m-more" href="javascript:;">查看全部23条评论</a></div>
<div class="m-rel"><div class="m-rel-hd">相关推荐</div>
<a class="m-rel-it" href="/hebei/2026-11/21/content_9011001.htm"><span>河北奶业振兴推进会召开</span><em>11-21</em></a>
<a class="m-rel-it" href="/hebei/2026-11/20/content_9010032.htm"><span>石家庄新增3条冷链专线</span><em>11-20</em></a></div></div>
<footer class="m-foot"><p>河北新闻网版权所有 冀ICP备09018766号</p></footer>
</body></html>`,
  headline: '青禾乳业石家庄新工厂投产 日产低温奶200吨',
  body: ['产品将覆盖京津冀主要城市', '全程温度可追溯', '签订了长期收购协议。'],
  absent: ['打开APP', '阅读 1.2万', '点赞', '分享到', '朋友圈', '评论（23）', '写评论', '支持青禾', '收购协议签了几年', '查看全部', '相关推荐', '冷链专线', '版权所有'],
  author: '河北日报',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '燕赵小哥', at: '2026-11-22T07:40:00.000Z', text: '家门口就能喝到新鲜的低温奶了，支持青禾！', likes: 12 },
    { author: '滹沱河边', at: '2026-11-22T08:40:00.000Z', text: '收购协议签了几年？养殖户最关心这个。', likes: 5 },
  ],
};

const ycwbMobile: LayoutPage = {
  name: 'm.ycwb.com: a mobile comment list with IP属地, 发表于 times, icon likes and one 作者 reply (name：words) under a comment',
  url: 'https://m.ycwb.com/2026-11/22/content_53012345.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>青禾乳业广州配送中心启用 华南门店次日达_金羊网</title>
<meta property="og:title" content="青禾乳业广州配送中心启用 华南门店次日达"></head><body>
<div class="top-bar"><a href="https://m.ycwb.com/" class="logo"><img src="/logo.png" alt="金羊网"></a><a class="open-app" href="#">APP内打开</a></div>
<div class="article-wrap">
<h1 class="art-title">青禾乳业广州配送中心启用 华南门店次日达</h1>
<div class="art-meta"><span class="src">羊城晚报</span><span class="author">记者 陈思 通讯员 林海</span><span class="time">2026-11-22 14:05</span></div>
<div class="art-body">
<p>羊城晚报讯 11月22日，青禾乳业华南配送中心在广州黄埔区启用，华南地区门店可实现次日达。</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></p>
<p class="img-desc">配送中心的自动化分拣线 记者 陈思 摄</p>
<p>据介绍，该中心冷库温度分三档管理，低温奶、常温奶和冰品分区存放。</p>
<p>此前，华南门店的低温奶需从长沙仓调拨，运输时间超过20小时。</p>
</div>
<div class="art-tips">本文为羊城晚报原创，转载请注明出处</div>
<div class="art-like"><span class="like-btn"><i class="icon-like"></i>赞 58</span></div>
</div>
<div class="cmt-wrap">
<div class="cmt-head">热门评论<span class="num">(3)</span></div>
<div class="cmt-item"><img class="avatar" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<div class="cmt-main"><div class="cmt-user"><span class="nick">老广喝早茶</span><span class="ip">IP属地：广东</span></div>
<div class="cmt-text">次日达好评，之前买低温奶总是临期的。</div>
<div class="cmt-bottom"><span class="date">发表于 11-22 15:12</span><span class="reply-btn">回复</span><span class="zan"><i class="icon-zan"></i>21</span></div>
<div class="cmt-replies"><div class="cmt-reply"><span class="nick">青禾乳业华南</span><span class="tag">作者</span>：感谢支持，我们会继续提升配送时效。<span class="date">11-22 16:01</span></div></div>
</div></div>
<div class="cmt-item"><img class="avatar" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<div class="cmt-main"><div class="cmt-user"><span class="nick">黄埔小陈</span><span class="ip">IP属地：广东</span></div>
<div class="cmt-text">就在我们公司旁边，每天早上冷藏车排长队。</div>
<div class="cmt-bottom"><span class="date">发表于 昨天 21:40</span><span class="reply-btn">回复</span><span class="zan"><i class="icon-zan"></i>6</span></div>
</div></div>
<div class="cmt-more"><a href="#">查看全部3条评论</a></div></div>
<div class="rec"><div class="rec-title">为你推荐</div>
<a class="rec-item" href="/2026-11/21/content_53011111.htm"><span>广州冬季蔬菜供应充足</span><em>羊城晚报 11-21</em></a>
<a class="rec-item" href="/2026-11/20/content_53010001.htm"><span>黄埔新增两座冷链物流园</span><em>金羊网 11-20</em></a></div>
<div class="foot">羊城晚报报业集团版权所有 粤ICP备05071234号</div>
</body></html>`,
  headline: '青禾乳业广州配送中心启用 华南门店次日达',
  body: ['华南地区门店可实现次日达', '配送中心的自动化分拣线', '运输时间超过20小时。'],
  absent: ['APP内打开', '转载请注明出处', '赞 58', '热门评论', '临期', '感谢支持', '排长队', '查看全部', '为你推荐', '冷链物流园', '版权所有'],
  author: '陈思',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '老广喝早茶', at: '2026-11-22T07:12:00.000Z', text: '次日达好评，之前买低温奶总是临期的。', likes: 21 },
    { author: '青禾乳业华南', at: '2026-11-22T08:01:00.000Z', text: '感谢支持，我们会继续提升配送时效。', reply: true },
    { author: '黄埔小陈', at: '2026-11-21T13:40:00.000Z', text: '就在我们公司旁边，每天早上冷藏车排长队。', likes: 6 },
  ],
};

const czTable: LayoutPage = {
  name: 'an old city portal: 网友评论 as a table, each comment a row of name, 发表于 time and floor over a row of words',
  url: 'http://www.cangzhou.gov.cn/czrmt/xwzx/202611/t20261122_99123.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业沧州工厂开放参观预约 - 沧州新闻网</title></head><body>
<div class="top"><a href="/">沧州新闻网</a> <a href="/xw/">新闻</a> <a href="/sp/">视频</a> <a href="/epaper/">数字报</a></div>
<div class="wrap"><div class="lcol">
<h1>青禾乳业沧州工厂开放参观预约</h1>
<div class="info">2026-11-22 14:05:00　来源：沧州日报　作者：高远</div>
<div class="zw"><p>从下周起，市民可通过青禾乳业公众号预约参观沧州工厂，每周六开放两场，每场限30人。</p>
<p>参观路线包括原奶检测、灌装车间和成品冷库，全程约一个半小时。</p></div>
<div class="plk"><div class="plk-t"><b>网友评论</b>（共2条）</div>
<table width="100%" cellspacing="0" class="plk-tb">
<tr class="plk-h"><td>沧州网友 <b>运河边</b>　发表于：2026-11-22 15:21</td><td align="right">1楼</td></tr>
<tr class="plk-c"><td colspan="2">带孩子去看过一次，讲解很专业，冷库里真冷。</td></tr>
<tr class="plk-h"><td>沧州网友 <b>狮城老李</b>　发表于：2026-11-22 16:47</td><td align="right">2楼</td></tr>
<tr class="plk-c"><td colspan="2">预约名额太少了，周六根本抢不到。</td></tr>
</table>
<form class="plk-form"><textarea name="content" rows="4"></textarea><br><input type="submit" value="发表评论"> 　<span>请遵守《互联网新闻信息服务管理规定》</span></form></div>
</div><div class="rcol"><div class="rbox"><div class="rbox-t">热点推荐</div><ul><li><a href="#">沧州狮城公园冬季开放时间调整</a></li></ul></div></div></div>
<div class="foot">沧州新闻网版权所有 冀ICP备05012345号</div>
</body></html>`,
  headline: '青禾乳业沧州工厂开放参观预约',
  body: ['每周六开放两场，每场限30人', '全程约一个半小时。'],
  absent: ['数字报', '网友评论', '运河边', '冷库里真冷', '抢不到', '1楼', '互联网新闻信息服务', '热点推荐', '版权所有'],
  author: '高远',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '运河边', at: '2026-11-22T07:21:00.000Z', text: '带孩子去看过一次，讲解很专业，冷库里真冷。' },
    { author: '狮城老李', at: '2026-11-22T08:47:00.000Z', text: '预约名额太少了，周六根本抢不到。' },
  ],
};

export const commentBoxPages: LayoutPage[] = [wfnews, hebnewsMobile, ycwbMobile, czTable];
