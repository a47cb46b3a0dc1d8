// Test pages (issue 4): article layouts of Chinese portals that no saved fixture covers, written the way those
// portals mark them up, with their page chrome (navigation, share bars, related lists, ads, footers). Each page
// states what a reader would see: headline, body paragraphs, source and time, and the reader comments.
// Times are Beijing time as printed on the page; the expectations are UTC.

export interface LayoutComment {
  author?: string;
  at?: string;
  text: string;
  likes?: number;
  /** A reply to the comment before it. */
  reply?: boolean;
}

export interface LayoutPage {
  name: string;
  url: string;
  html: string;
  headline: string;
  /** Paragraphs the article text must contain. */
  body: string[];
  /** How the article text ends: its last sentence whole, nothing after it. */
  end?: string;
  /** Page chrome the article text must not contain. */
  absent: string[];
  author?: string;
  publishedAt?: string;
  comments?: LayoutComment[];
}

const people: LayoutPage = {
  name: 'people.com.cn: .rm_txt_con body, 时间 | 来源 line, 相关新闻',
  url: 'http://finance.people.com.cn/n1/2026/1122/c1004-40123456.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青禾乳业回应“胀包”质疑：系运输环节温控失当--财经--人民网</title>
<meta name="keywords" content="青禾乳业 胀包 冷链"><meta name="publishdate" content="2026-11-22">
<meta name="source" content="来源：人民网－财经频道 原创稿"></head><body>
<div class="header_con"><div class="w1000"><a href="http://www.people.com.cn/" class="logo">人民网</a>
<div class="nav"><a href="http://politics.people.com.cn/">时政</a><a href="http://world.people.com.cn/">国际</a><a href="http://finance.people.com.cn/">财经</a><a href="http://society.people.com.cn/">社会</a><a href="http://opinion.people.com.cn/">观点</a></div></div></div>
<div class="main"><div class="layout rm_txt cf"><div class="col col-1 fl">
<div class="channel cf"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://finance.people.com.cn/">财经频道</a></div>
<h3 class="pre"></h3><h1>青禾乳业回应“胀包”质疑：系运输环节温控失当</h1><h4 class="sub"></h4>
<div class="col-1-1 fl">2026年11月22日14:05 | 来源：<a href="http://finance.people.com.cn/" target="_blank">人民网－财经频道</a></div>
<div class="col-1-1 fr"><div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">新浪微博</a><a class="qzone">QQ空间</a></div></div>
<div class="rm_txt_con cf">
<p style="text-indent: 2em;">人民网北京11月22日电 （记者林晓）近日，有消费者在社交平台反映，在超市购买的青禾乳业纯牛奶出现“胀包”现象。</p>
<p style="text-indent: 2em;">青禾乳业22日发布声明称，经初步排查，问题产品系运输环节冷链温控失当所致，涉及华北地区两个批次，公司已启动召回。</p>
<p style="text-indent: 2em;">业内人士表示，乳制品冷链“最后一公里”仍是行业短板，企业应加强对第三方物流的监管。</p>
<div class="edit cf">(责编：王震、高雷)</div></div>
<div class="rm_relevant cf"><div class="title">相关新闻</div><ul>
<li><a href="http://finance.people.com.cn/n1/2026/1120/c1004-40122001.html">乳制品冷链运输标准拟修订</a></li>
<li><a href="http://finance.people.com.cn/n1/2026/1030/c1004-40110002.html">青禾乳业前三季度营收同比增长8%</a></li></ul></div>
</div><div class="col col-2 fr"><div class="ph_list"><h2>热门排行</h2><ol><li><a href="#">多地发布寒潮预警</a></li><li><a href="#">新能源车下乡活动启动</a></li></ol></div></div></div></div>
<div class="foot"><p><a href="#">关于人民网</a>|<a href="#">报社概况</a>|<a href="#">招聘英才</a></p>
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright © 1997-2026 by www.people.com.cn. all rights reserved</p></div>
</body></html>`,
  headline: '青禾乳业回应“胀包”质疑：系运输环节温控失当',
  body: ['在超市购买的青禾乳业纯牛奶出现“胀包”现象', '涉及华北地区两个批次', '乳制品冷链“最后一公里”仍是行业短板'],
  absent: ['时政', '分享到', '新浪微博', '相关新闻', '前三季度营收', '热门排行', '寒潮', 'Copyright', '招聘英才', '责编'],
  // The dateline's reporter (人民网北京11月22日电 （记者林晓）), not the outlet 来源 names.
  author: '林晓',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const xinhua: LayoutPage = {
  name: 'news.cn: #detail body, time split into year / day / time spans, 来源 block',
  url: 'http://www.news.cn/fortune/2026-11/22/c_1130012345.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业召回两批次纯牛奶-新华网</title>
<meta name="keywords" content="青禾乳业,召回"></head><body>
<div class="topBar"><div class="widthMain"><a href="http://www.news.cn/">新华网</a> <a href="http://www.news.cn/politics/">时政</a> <a href="http://www.news.cn/fortune/">财经</a> <a href="http://www.news.cn/world/">国际</a></div></div>
<div class="header domPC"><div class="header-top clearfix">
<div class="header-time left"><span class="year"><em> 2026</em></span><span class="day"><em> 11</em>/<em>22</em></span><span class="time"> 14:05:03</span></div>
<div class="source">来源：新华网</div></div>
<div class="head-line clearfix"><h1><span class="title">青禾乳业召回两批次纯牛奶</span></h1>
<div class="pageShare"><div class="setFont">字体：<span>小</span><span>中</span><span>大</span></div><div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div></div>
<div class="main clearfix"><div class="main-left left">
<div id="detail"><span id="detailContent">
<p>　　新华社北京11月22日电（记者赵明）青禾乳业22日宣布，主动召回华北地区销售的两个批次纯牛奶。</p>
<p>　　据介绍，涉事批次在运输过程中冷链温度超标，公司已向市场监管部门报告，并开通退换货热线。</p>
</span><div id="articleEdit"><span class="tiyi1"><a href="javascript:;" class="advise">【纠错】</a></span><span class="editor">【责任编辑:王萌】</span></div></div>
<div class="columBox xglj"><div class="col-tit"><span>相关新闻</span></div><ul class="list"><li><a href="#">市场监管总局部署冬季食品安全检查</a></li></ul></div>
</div><div class="main-right right"><div class="columBox"><div class="col-tit"><span>最新</span></div><ul><li><a href="#">全国碳市场成交量创新高</a></li></ul></div></div></div>
<div class="foot"><a href="#">关于我们</a> | <a href="#">版权声明</a><p>Copyright © 2000-2026 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司 版权所有：新华通讯社</p></div>
</body></html>`,
  headline: '青禾乳业召回两批次纯牛奶',
  body: ['主动召回华北地区销售的两个批次纯牛奶', '开通退换货热线'],
  absent: ['时政', '字体', '分享到', '纠错', '相关新闻', '冬季食品安全', '碳市场', 'Copyright', '版权所有'],
  author: '赵明',
  publishedAt: '2026-11-22T06:05:03.000Z',
};

const chinanews: LayoutPage = {
  name: 'chinanews.com.cn: .left_zw body, "2026年11月22日 14:05　来源：中国新闻网"',
  url: 'http://www.chinanews.com.cn/cj/2026/11-22/10123456.shtml',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业就产品胀包致歉 称将全额退款-中新网</title></head><body>
<div id="navbar"><a href="/">首页</a> | <a href="/scroll-news/news1.html">滚动</a> | <a href="/china/">时政</a> | <a href="/finance/">财经</a> | <a href="/society/">社会</a></div>
<div class="content_maincontent_more"><div class="content_left_nav">中新网 &gt; 财经中心 &gt; 产经</div>
<h1 class="content_left_title">青禾乳业就产品胀包致歉 称将全额退款</h1>
<div class="content_left_time">2026年11月22日 14:05　来源：中国新闻网　<div class="content_left_share">分享到：<a>微信</a><a>微博</a></div></div>
<div class="left_zw" style="position:relative">
<p>　　中新网11月22日电 青禾乳业22日就部分纯牛奶出现胀包一事发布致歉信，称将为消费者全额退款。</p>
<p>　　致歉信说，公司将更换华北区域的冷链承运商，并邀请第三方机构对全部在售批次进行抽检。</p>
<p>　　此前，多地消费者反映购买的青禾乳业产品出现异味。(完)</p></div>
<div class="left_name"><div class="left_name">【编辑:王琴】</div></div>
<div class="adInContent"><a href="http://ad.example.com/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="广告"></a></div>
<div class="content_botnews"><div class="title">相关新闻：</div><ul>
<li><a href="/cj/2026/11-21/10122001.shtml">乳企冬季冷链检查启动</a><span>11-21 10:02</span></li>
<li><a href="/cj/2026/11-20/10121003.shtml">奶价连续三周回落</a><span>11-20 09:15</span></li></ul></div></div>
<div class="pagebottom"><a href="#">关于我们</a> | <a href="#">About us</a> | <a href="#">联系我们</a><p>本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。</p><p>Copyright ©1999-2026 chinanews.com. All Rights Reserved</p></div>
</body></html>`,
  headline: '青禾乳业就产品胀包致歉 称将全额退款',
  body: ['称将为消费者全额退款', '更换华北区域的冷链承运商', '出现异味'],
  absent: ['滚动', '财经中心', '分享到', '广告', '相关新闻', '奶价', '关于我们', 'Copyright'],
  author: '中国新闻网',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const kr36: LayoutPage = {
  name: '36kr: hashed React classes, relative time shown, time only in a Baidu cambrian JSON-LD block',
  url: 'https://36kr.com/p/3012345678901234',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业的冷链难题_36氪</title>
<meta name="description" content="一次胀包事件，暴露出区域乳企的冷链短板。">
<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"https://36kr.com/p/3012345678901234","appid":"1612345678901234","title":"青禾乳业的冷链难题","images":[],"description":"一次胀包事件，暴露出区域乳企的冷链短板。","pubDate":"2026-11-22T14:05:00","upDate":"2026-11-22T14:05:00"}</script>
</head><body><div id="app"><div class="kr-layout">
<div class="sc-1hr0x9 kr-header"><a href="/">36氪</a><a href="/information/web_news/">最新</a><a href="/information/technology/">科技</a><a href="/information/finance/">财经</a><a href="/user/login">登录</a></div>
<div class="sc-9qp2ld Fj3kZp"><div class="sc-a8f1d3 hXq2Vr">
<h1 class="sc-d4b1ce kLmNoP">青禾乳业的冷链难题</h1>
<div class="sc-4e7a0b qRsTuv"><a class="sc-0ff2aa" href="/user/5123456">新消费日报</a><span class="sc-77c1d2">·3小时前</span></div>
<div class="sc-f3e9b1 pWxYz1"><p>一次胀包事件，让青禾乳业的冷链短板暴露在公众面前。</p>
<p>记者了解到，青禾乳业在华北的配送依赖三家第三方物流公司，其中一家的冷藏车温控记录存在缺失。</p>
<p>区域乳企普遍面临类似难题：自建冷链成本高，外包又难以管控。</p></div>
<div class="sc-2b1f7c aBcDeF">本文来自微信公众号“新消费日报”，36氪经授权发布。</div>
<div class="sc-8c4e1f share-bar"><span>分享至</span><span>微信</span><span>微博</span><span>收藏 128</span></div>
</div><div class="sc-3c1b7e gHiJkL"><h3>推荐阅读</h3>
<div class="sc-5d2e8a"><a href="/p/3012345670000001">乳业寒冬里的区域品牌</a><span>1天前</span></div>
<div class="sc-5d2e8a"><a href="/p/3012345670000002">低温奶的生意经</a><span>2天前</span></div></div></div>
<div class="sc-6b0f1d kr-footer"><a href="/pages/about">关于36氪</a><a href="/pages/hire">加入我们</a><p>© 2011~2026 北京多氪信息科技有限公司 | 京ICP备12031756号-6</p></div>
</div></div></body></html>`,
  headline: '青禾乳业的冷链难题',
  body: ['让青禾乳业的冷链短板暴露在公众面前', '冷藏车温控记录存在缺失', '外包又难以管控'],
  absent: ['登录', '分享至', '收藏', '推荐阅读', '低温奶的生意经', '加入我们', 'ICP备'],
  author: '新消费日报',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const readerNotes: LayoutPage = {
  name: 'an evening paper: comments under 精彩留言 in a list with no comment class, longer than the short article',
  url: 'https://www.xawb.com/news/2026-11/22/content_1123456.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业西安仓库完成整改_西安晚报</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news/">新闻</a><a href="/epaper/">数字报</a></div>
<div class="wrap"><h1>青禾乳业西安仓库完成整改</h1><div class="info">2026-11-22 14:05　来源：西安晚报　作者：周宁</div>
<div class="txt"><p>记者22日从市场监管部门获悉，青禾乳业西安仓库已完成冷库温控整改，并通过复查。</p></div>
<div class="notes"><h3>精彩留言</h3><ul>
<li><div class="who"><b>长安街坊</b><i>2026-11-22 15:30</i></div><p>整改完了就好，希望以后别再出这种事，我们家孩子每天都要喝青禾的牛奶，家长真的很担心。</p><div class="act"><span>赞(9)</span></div></li>
<li><div class="who"><b>曲江小李</b><i>2026-11-22 16:45</i></div><p>复查结果能不能也公布一下，光说通过了不够，消费者需要看到具体的检测数据和整改措施。</p><div class="act"><span>赞(4)</span></div></li>
</ul></div></div>
<div class="foot"><p>西安晚报社 版权所有 陕ICP备05001234号</p></div>
</body></html>`,
  headline: '青禾乳业西安仓库完成整改',
  body: ['已完成冷库温控整改，并通过复查'],
  absent: ['数字报', '精彩留言', '孩子每天', '检测数据', '版权所有'],
  author: '周宁',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '长安街坊', at: '2026-11-22T07:30:00.000Z', text: '整改完了就好，希望以后别再出这种事，我们家孩子每天都要喝青禾的牛奶，家长真的很担心。', likes: 9 },
    { author: '曲江小李', at: '2026-11-22T08:45:00.000Z', text: '复查结果能不能也公布一下，光说通过了不够，消费者需要看到具体的检测数据和整改措施。', likes: 4 },
  ],
};

export const portalPages: LayoutPage[] = [people, xinhua, chinanews, kr36, readerNotes];
