import type { LayoutPage } from './news-layout-pages.ts';

// More test pages (issue 4): a 百家号 article, 澎湃's older layout with its comments, a county news site with no
// helpful class at all, a portal whose comments are a plain list under a 网友评论 heading, a 36kr 快讯 with only a
// relative time, and a portal whose logo is the first h1.

const baijiahao: LayoutPage = {
  name: 'baijiahao.baidu.com: headline in an h2, 发布时间 as month-day and time in two spans',
  url: 'https://baijiahao.baidu.com/s?id=1785123456789012345&wfr=spider&for=pc',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业董事长回应胀包事件：责任在我们</title></head><body>
<div id="header"><a href="https://www.baidu.com/">百度首页</a><a href="https://passport.baidu.com/">登录</a></div>
<div id="article" class="article">
<div class="article-title"><h2>青禾乳业董事长回应胀包事件：责任在我们</h2></div>
<div class="article-desc clearfix"><div class="author-icon"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>
<div class="author-txt"><p class="author-name">乳业观察家</p><div class="article-source article-source-bjh"><span class="date">发布时间：11-22</span><span class="time">14:05</span><span class="account-authentication">优质财经领域创作者</span></div></div></div>
<div class="article-content">
<p><span class="bjh-p">11月22日，青禾乳业董事长在内部信中表示，胀包事件的责任在公司，不在物流合作方。</span></p>
<p><span class="bjh-p">他表示，青禾乳业将在三个月内完成华北冷链自建，并对受影响批次的消费者给予双倍补偿。</span></p>
<p><span class="bjh-p">业内人士认为，这一表态有助于平息舆论，但冷链投入将压缩公司本就不高的利润率。</span></p></div>
<div class="article-source">举报/反馈</div></div>
<div class="sider"><div class="title">相关文章</div><ul><li><a href="https://baijiahao.baidu.com/s?id=1785000000000000001">乳企扎堆自建冷链</a></li></ul></div>
<div id="footer"><span>©2026 Baidu</span> <a href="http://www.baidu.com/duty/">使用百度前必读</a> <a href="#">京ICP证030173号</a></div>
</body></html>`,
  headline: '青禾乳业董事长回应胀包事件：责任在我们',
  body: ['胀包事件的责任在公司', '完成华北冷链自建', '压缩公司本就不高的利润率'],
  absent: ['百度首页', '优质财经领域创作者', '举报/反馈', '相关文章', '使用百度前必读'],
  author: '乳业观察家',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const paperOld: LayoutPage = {
  name: 'thepaper.cn, older layout: .news_txt with <br> paragraphs, .news_about byline, comment_que comments',
  url: 'https://www.thepaper.cn/newsDetail_forward_30209876',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业胀包事件追踪：涉事物流商被约谈_澎湃新闻-The Paper</title></head><body>
<div class="head_banner"><a href="/">澎湃新闻</a><a href="/channel_25950">时事</a><a href="/channel_25951">财经</a><a href="/channel_25952">思想</a></div>
<div class="main_lt"><div class="newscontent">
<h1 class="news_title">青禾乳业胀包事件追踪：涉事物流商被约谈</h1>
<div class="news_about"><p>澎湃新闻记者 刘源</p><p>2026-11-22 14:05<span>来源：澎湃新闻</span></p></div>
<div class="news_txt" data-size="standard">11月22日，澎湃新闻从当地市场监管部门获悉，为青禾乳业提供冷链运输的物流公司已被约谈。<br><br>市场监管部门表示，将对涉事冷藏车辆的温控记录进行核查。<br><br>青禾乳业方面称，已暂停与该物流公司的合作。</div>
<div class="news_editor">责任编辑：李跃群</div>
<div class="news_love"><a class="zan" href="javascript:void(0)">点赞 32</a></div>
<div class="news_share"><span>分享到</span><a class="wx">微信</a><a class="wb">微博</a></div></div>
<div class="news_tit3">相关推荐</div><ul class="news_related"><li><a href="/newsDetail_forward_30200001">青禾乳业回应胀包</a></li></ul>
<div class="news_tit3">热门评论</div>
<div id="comment_list">
<div class="comment_que"><div class="aqwleft"><a href="/user_881201"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></div><div class="aqwright"><h3><a href="/user_881201">青山不老</a></h3>
<div class="ansright_cont"><a href="javascript:void(0)">约谈有什么用，要罚款才行</a></div><div class="ansright_time"><span>11-22 15:03</span><a class="zan">8</a><a>回复</a></div></div></div>
<div class="comment_que"><div class="aqwleft"><a href="/user_770342"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></div><div class="aqwright"><h3><a href="/user_770342">牛奶爱好者</a></h3>
<div class="ansright_cont"><a href="javascript:void(0)">青禾这次态度还算诚恳</a></div><div class="ansright_time"><span>11-22 16:20</span><a class="zan">3</a><a>回复</a></div></div></div></div>
</div><div class="footer"><a href="#">关于澎湃</a> <a href="#">在澎湃工作</a><p>沪ICP备14003370号 © 2014-2026 上海东方报业有限公司</p></div>
</body></html>`,
  headline: '青禾乳业胀包事件追踪：涉事物流商被约谈',
  body: ['物流公司已被约谈', '温控记录进行核查', '已暂停与该物流公司的合作'],
  absent: ['时事', '点赞', '分享到', '相关推荐', '热门评论', '要罚款才行', '上海东方报业'],
  author: '刘源',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '青山不老', at: '2026-11-22T07:03:00.000Z', text: '约谈有什么用，要罚款才行', likes: 8 },
    { author: '牛奶爱好者', at: '2026-11-22T08:20:00.000Z', text: '青禾这次态度还算诚恳', likes: 3 },
  ],
};

const county: LayoutPage = {
  name: 'a county news site: <p>s in a bare <div>, 今天是 date in the top bar, 发布时间：…:03, 上一篇/下一篇',
  url: 'http://www.cangxian.gov.cn/xwzx/bdxw/202611/t20261122_123456.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业沧县工厂扩建项目开工_沧县人民政府</title></head><body>
<div class="top"><div class="w1200"><span>今天是：2026年11月22日 星期日</span><a href="#">设为首页</a><a href="#">加入收藏</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bdxw/">本地新闻</a></div>
<div class="con"><h1>青禾乳业沧县工厂扩建项目开工</h1>
<div class="msg">发布时间：2026-11-22 14:05:03　来源：沧县融媒体中心　作者：张伟　浏览次数：<span id="hits">1024</span></div>
<div>
<p>11月22日上午，青禾乳业沧县工厂扩建项目举行开工仪式。</p>
<p>该项目总投资3.2亿元，建成后将新增年产10万吨液态奶生产能力，带动当地就业600余人。</p>
<p>县委主要负责同志出席仪式并讲话，要求相关部门做好项目服务保障。</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></p></div>
<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a></div>
<div class="prev-next"><p>上一篇：<a href="t20261121_123401.html">我县召开冬季安全生产会议</a></p><p>下一篇：<a href="t20261123_123502.html">沧县举办农民丰收节</a></p></div></div>
<div class="xgyd"><h3>相关阅读</h3><ul><li><a href="#">青禾乳业捐建乡村学校操场</a><span>2026-11-20</span></li><li><a href="#">我县奶牛养殖规模稳步扩大</a><span>2026-11-18</span></li></ul></div>
<div class="ad"><a href="#"><span>广告</span>冬季供暖缴费入口</a></div></div>
<div class="footer"><p><a href="#">网站地图</a>|<a href="#">联系我们</a>|<a href="#">隐私声明</a></p>
<p>主办单位：沧县人民政府办公室　版权所有：沧县融媒体中心</p><p>冀ICP备12345678号　冀公网安备13092102000123号</p></div>
</body></html>`,
  headline: '青禾乳业沧县工厂扩建项目开工',
  body: ['扩建项目举行开工仪式', '带动当地就业600余人', '做好项目服务保障'],
  absent: ['今天是', '政务公开', '当前位置', '分享到', '上一篇', '冬季安全生产', '相关阅读', '捐建', '供暖', '网站地图', 'ICP备'],
  author: '张伟',
  publishedAt: '2026-11-22T06:05:03.000Z',
};

const portalWithList: LayoutPage = {
  name: 'a regional portal: comments are a plain list under a 网友评论 heading, likes as 赞(12)',
  url: 'https://hn.rednet.cn/content/646744/58/14123456.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业长沙门店恢复销售 - 红网</title></head><body>
<div class="topnav"><a href="/">首页</a><a href="/news/">新闻</a><a href="/finance/">财经</a><a href="/live/">直播</a></div>
<div class="wrap"><div class="art-box"><h1>青禾乳业长沙门店恢复销售</h1>
<div class="art-meta"><span>2026-11-22 14:05</span><span>来源：红网</span><span>作者：李娜</span></div>
<div class="art-con" id="content"><p>记者22日走访发现，青禾乳业在长沙的多家门店已恢复纯牛奶销售。</p>
<p>门店工作人员介绍，新到货批次均附有第三方检测报告，消费者可扫码查询。</p>
<p>有市民表示，会先观望一段时间再购买。</p></div>
<div class="art-share"><span>分享到：</span><a>微信</a><a>QQ</a></div></div>
<div class="box"><div class="box-hd"><h3>网友评论</h3><span>已有2条评论</span></div><ul class="box-bd">
<li><div class="u"><a href="https://i.rednet.cn/u/881201">湘江边的猫</a><span class="t">2026-11-22 15:02</span></div><p>青禾的酸奶我一直买，希望这次好好整改</p><div class="op"><a href="javascript:;">赞(12)</a><a href="javascript:;">回复</a></div></li>
<li><div class="u"><a href="https://i.rednet.cn/u/903317">岳麓山下</a><span class="t">2026-11-22 15:40</span></div><p>检测报告能公开在官网上吗</p><div class="op"><a href="javascript:;">赞(3)</a><a href="javascript:;">回复</a></div></li>
</ul></div>
<div class="box"><div class="box-hd"><h3>相关新闻</h3></div><ul class="box-bd"><li><a href="#">长沙开展乳制品专项抽检</a><span>2026-11-21 09:30</span></li><li><a href="#">湖南奶业振兴行动启动</a><span>2026-11-19 10:00</span></li></ul></div></div>
<div class="footer"><p><a href="#">关于红网</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a></p><p>红网版权所有 湘ICP备05000123号</p></div>
</body></html>`,
  headline: '青禾乳业长沙门店恢复销售',
  body: ['已恢复纯牛奶销售', '消费者可扫码查询', '先观望一段时间再购买'],
  absent: ['直播', '分享到', '网友评论', '好好整改', '相关新闻', '专项抽检', '广告服务', '版权所有'],
  author: '李娜',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '湘江边的猫', at: '2026-11-22T07:02:00.000Z', text: '青禾的酸奶我一直买，希望这次好好整改', likes: 12 },
    { author: '岳麓山下', at: '2026-11-22T07:40:00.000Z', text: '检测报告能公开在官网上吗', likes: 3 },
  ],
};

const kr36Flash: LayoutPage = {
  name: '36kr 快讯: no JSON-LD, the byline shows only a relative time (3小时前)',
  url: 'https://36kr.com/newsflashes/3012345678901299',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业完成华北冷链招标_36氪</title></head><body>
<div id="app"><div class="sc-1hr0x9 kr-header"><a href="/">36氪</a><a href="/newsflashes">快讯</a><a href="/user/login">登录</a></div>
<div class="sc-9qp2ld Fj3kZp"><div class="sc-a8f1d3 newsflash-item">
<h1 class="sc-d4b1ce kLmNoP">青禾乳业完成华北冷链招标</h1>
<div class="sc-4e7a0b qRsTuv"><span class="sc-77c1d2">3小时前</span></div>
<div class="sc-f3e9b1 pWxYz1"><p>36氪获悉，青禾乳业已完成华北冷链运输招标，三家中标企业将于12月起承担配送，合同期三年。</p></div>
<div class="sc-8c4e1f share-bar"><span>分享至</span><span>微信</span><span>微博</span></div></div></div>
<div class="sc-6b0f1d kr-footer"><a href="/pages/about">关于36氪</a><p>© 2011~2026 北京多氪信息科技有限公司 | 京ICP备12031756号-6</p></div></div>
</body></html>`,
  headline: '青禾乳业完成华北冷链招标',
  body: ['三家中标企业将于12月起承担配送'],
  absent: ['快讯', '登录', '3小时前', '分享至', '关于36氪'],
  publishedAt: '2026-11-22T06:40:00.000Z',
};

const daheLogo: LayoutPage = {
  name: 'dahe.cn: the logo is the first h1 on the page (a link home), the headline an h1#4g_title, *_baidu byline ids',
  url: 'https://news.dahe.cn/2026/11-22/1912345.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业郑州分公司开展开放日活动-大河网</title></head><body>
<div class="top"><div class="logo"><h1><a href="https://www.dahe.cn/" title="大河网">大河网 河南第一新闻门户网站</a></h1></div>
<div class="nav"><a href="https://news.dahe.cn/">新闻</a><a href="https://city.dahe.cn/">城市</a><a href="https://biz.dahe.cn/">财经</a></div></div>
<div class="main"><div class="mainLeft">
<h1 id="4g_title">青禾乳业郑州分公司开展开放日活动</h1>
<div class="source"><p id="pubtime_baidu">2026-11-22 14:05</p><p id="source_baidu">来源：<a href="https://www.dahe.cn/">大河网</a></p><p id="author_baidu">作者：赵阳</p></div>
<div id="mainCon"><p>22日，青禾乳业郑州分公司举办工厂开放日，邀请50余名市民参观生产线。</p>
<p>参观者在讲解员带领下了解了原奶检测、灭菌灌装和冷链出库等环节。</p></div>
<div id="editor_baidu">责任编辑：孙婷</div></div>
<div class="mainRight"><div class="hot"><h3>热点新闻</h3><ul><li><a href="#">郑州地铁新线开通</a></li></ul></div></div></div>
<div class="footer"><a href="#">关于我们</a><p>大河网版权所有 豫ICP备11018230号</p></div>
</body></html>`,
  headline: '青禾乳业郑州分公司开展开放日活动',
  body: ['邀请50余名市民参观生产线', '冷链出库等环节'],
  absent: ['新闻门户', '城市', '热点新闻', '地铁', '版权所有'],
  author: '赵阳',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

export const morePages: LayoutPage[] = [baijiahao, paperOld, county, portalWithList, kr36Flash, daheLogo];
