import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) from content systems older and newer than the portals': a county 融媒体 site still laid out
// in tables (headline in <td class="newsTitle">, 作者：通讯员 刘明, 字体 and 打印本页 rows), and news.cn's current
// article page (headline in h1 > span.title, photo caption inside the body, 【纠错】 and 【责任编辑】 after it).

const hejianTables: LayoutPage = {
  name: 'a county 融媒体 site in tables: <td class="newsTitle"> headline, 作者：通讯员 刘明, (编辑：… 审核：…) right-aligned',
  url: 'http://www.hjxrmt.com/html/2026/xwzx_1122/41234.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业与我县签订奶源合作协议 - 河间融媒</title></head><body>
<table width="1000" align="center" class="topTable"><tr><td><a href="/"><img src="/images/logo.jpg" alt="河间融媒"></a></td><td class="topnav"><a href="/">首页</a> | <a href="/html/xwzx/">新闻中心</a> | <a href="/html/zwgk/">政务公开</a> | <a href="/html/hjsp/">河间视频</a></td></tr></table>
<table width="1000" align="center"><tr><td class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/html/xwzx/">新闻中心</a> &gt;&gt; 正文</td></tr></table>
<table width="1000" align="center" class="mainTable"><tr><td width="700" valign="top">
<table width="100%"><tr><td class="newsTitle" align="center">青禾乳业与我县签订奶源合作协议</td></tr>
<tr><td class="newsInfo" align="center">作者：通讯员 刘明　来源：河间融媒　点击数：<span id="hits">512</span>　更新时间：2026-11-22 14:05</td></tr>
<tr><td class="newsFont">字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a></td></tr>
<tr><td class="newsContent" id="fontzoom">
<p>　　11月22日，青禾乳业与我县签订奶源合作协议，未来三年将在我县收购生鲜乳不少于15万吨。</p>
<p>　　根据协议，青禾乳业将为合作牧场提供技术指导和检测服务，并按优质优价原则收购。</p>
<p>　　县委、县政府有关负责同志出席签约仪式。</p>
<p align="right">（编辑：赵丽　审核：孙强）</p>
</td></tr>
<tr><td class="newsTool" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
<table width="100%" class="prenext"><tr><td>上一篇：<a href="/html/2026/xwzx_1121/41201.html">我县召开冬季安全生产工作会议</a></td></tr><tr><td>下一篇：<a href="/html/2026/xwzx_1123/41250.html">河间市举办第三届农民丰收节</a></td></tr></table>
</td><td width="300" valign="top" class="rightTd"><div class="rbox"><div class="rbox-t">热点新闻</div><ul><li><a href="#">河间驴肉火烧入选非遗名录</a></li><li><a href="#">我县新增两条公交线路</a></li></ul></div></td></tr></table>
<table width="1000" align="center" class="footTable"><tr><td align="center">主办：中共河间市委宣传部　承办：河间市融媒体中心<br>河间融媒版权所有　冀ICP备16012345号-1</td></tr></table>
</body></html>`,
  headline: '青禾乳业与我县签订奶源合作协议',
  body: ['收购生鲜乳不少于15万吨', '按优质优价原则收购', '出席签约仪式。'],
  absent: ['政务公开', '您现在的位置', '点击数', '字体', '编辑：赵丽', '审核', '打印本页', '关闭窗口', '上一篇', '丰收节', '热点新闻', '驴肉火烧', '版权所有'],
  author: '刘明',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const xinhuaCurrent: LayoutPage = {
  name: 'news.cn, current layout: h1 > span.title, a photo and its caption inside #detailContent, 新华网评 box after',
  url: 'http://www.news.cn/fortune/20261122/a1b2c3d4e5f6/c.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业启动华北冷链改造 首批200辆冷藏车交付-新华网</title>
<meta name="keywords" content="青禾乳业,冷链"><meta name="description" content="青禾乳业启动华北冷链改造"></head><body>
<div class="header-top"><div class="logo"><a href="http://www.news.cn/"><img src="/logo.png" alt="新华网"></a></div>
<div class="nav"><a href="http://www.news.cn/politics/">时政</a><a href="http://www.news.cn/local/">地方</a><a href="http://www.news.cn/fortune/">财经</a><a href="http://www.news.cn/world/">国际</a></div></div>
<div class="header domPC"><div class="header-cont clearfix"><div class="header-time left"><span class="year"><em>2026</em></span><span class="day"><em>11</em>/<em>22</em></span><span class="time">14:05:03</span></div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">青禾乳业启动华北冷链改造 首批200辆冷藏车交付</span><span class="btn-audio"></span></h1></div>
<div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal">中</span><span id="fontBig">大</span></div><div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail">
<span id="detailContent">
<p>　　新华社天津11月22日电（记者赵明、钱红）青禾乳业22日在天津启动华北冷链改造项目，首批200辆新能源冷藏车交付使用。</p>
<p style="text-align:center"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></p>
<p style="text-align:center">　　11月22日，首批新能源冷藏车在青禾乳业天津物流中心交付。新华社记者 李然 摄</p>
<p>　　据了解，新车配备双温区车厢和实时温度上传设备，数据可在企业和监管部门平台同步查看。</p>
<p>　　天津市市场监管委有关负责人表示，将把企业冷链数据纳入“互联网+监管”平台。</p>
</span>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:;" class="advise">【纠错】</a></span><span class="editor">【责任编辑:王萌】</span></div></div>
<div class="columBox xglj"><div class="col-tit"><span>相关新闻</span></div><ul class="list"><li><a href="#">新能源冷藏车推广提速</a><span>2026-11-20</span></li></ul></div>
<div class="columBox"><div class="col-tit"><span>新华网评</span></div><ul><li><a href="#">网评：冷链短板要靠长期投入补齐</a></li></ul></div>
</div><div class="main-right right"><div class="columBox"><div class="col-tit"><span>最新</span></div><ul><li><a href="#">全国碳市场成交量创新高</a></li></ul></div></div></div>
<div class="foot"><a href="#">关于我们</a> | <a href="#">版权声明</a><p>Copyright © 2000-2026 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司 版权所有：新华通讯社</p></div>
</body></html>`,
  headline: '青禾乳业启动华北冷链改造 首批200辆冷藏车交付',
  body: ['首批200辆新能源冷藏车交付使用', '新华社记者 李然 摄', '纳入“互联网+监管”平台。'],
  absent: ['时政', '字体', '分享到', '纠错', '责任编辑', '相关新闻', '新华网评', '冷链短板要靠', '碳市场', 'Copyright', '版权所有'],
  author: '赵明、钱红',
  publishedAt: '2026-11-22T06:05:03.000Z',
};

export const cmsPages: LayoutPage[] = [hejianTables, xinhuaCurrent];
