import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose chrome sits inside the article container itself: 头条 puts headline and byline in
// `.article-content`, 搜狐号 ends the article with 返回搜狐，查看更多, and a city portal wraps its logo in an h1 and
// puts 相关阅读 and an ad between the body's paragraphs. Last, 中华网's comments, whose names are plain text.

const toutiao: LayoutPage = {
  name: 'toutiao.com: headline and byline inside .article-content, body in <article class="syl-article-base">',
  url: 'https://www.toutiao.com/article/7441234567890123456/',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业宣布自建华北冷链 - 今日头条</title></head><body>
<div class="toutiao-header"><a href="/">今日头条</a><a href="/">首页</a><a href="/video/">视频</a><a href="/auth/page/login">登录</a></div>
<div class="main"><div class="left-sidebar"><a>点赞</a><a>评论</a><a>收藏</a><a>分享</a></div>
<div class="article-content"><h1>青禾乳业宣布自建华北冷链</h1>
<div class="article-meta"><span>2026-11-22 14:05</span><span class="dot">·</span><span class="name"><a class="user-name" href="https://www.toutiao.com/c/user/token/MS4wLjABAAAAqinghe/" target="_blank">冷链观察</a></span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
<p>青禾乳业22日宣布，将投资5亿元在华北自建冷链物流体系。</p>
<p>公司表示，新体系投用后，华北地区的配送全程温度将实时上传并向消费者公开。</p>
<p>此前，青禾乳业因产品胀包事件受到质疑。</p></article>
<div class="article-tag"><a href="/search/?keyword=%E9%9D%92%E7%A6%BE">青禾乳业</a><a href="/search/?keyword=%E5%86%B7%E9%93%BE">冷链</a></div></div>
<div class="right-sidebar"><div class="title">相关推荐</div><ul><li><a href="#">奶企扎堆布局低温奶</a></li></ul></div></div>
<div class="footer"><a href="#">关于头条</a> <a href="#">用户协议</a><p>© 2026 今日头条 京ICP证140141号</p></div>
</body></html>`,
  headline: '青禾乳业宣布自建华北冷链',
  body: ['在华北自建冷链物流体系', '实时上传并向消费者公开', '受到质疑'],
  absent: ['首页', '登录', '收藏', '冷链观察', '2026-11-22', '相关推荐', '用户协议'],
  author: '冷链观察',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const sohuHao: LayoutPage = {
  name: 'sohu.com 搜狐号: article#mp-editor ending in 返回搜狐，查看更多 and a 声明 line',
  url: 'https://www.sohu.com/a/823456789_121876',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业新品低温奶上市_搜狐网</title>
<meta property="og:title" content="青禾乳业新品低温奶上市"><meta itemprop="datePublished" content="2026-11-22 14:05">
<meta name="mediaid" content="乳业头条"></head><body>
<div class="head-container"><a href="//www.sohu.com/">搜狐</a><a href="//news.sohu.com/">新闻</a><a href="//business.sohu.com/">财经</a></div>
<div class="left main"><div class="text"><div class="text-title"><h1>青禾乳业新品低温奶上市</h1></div>
<div class="article-info"><span class="time" id="news-time">2026-11-22 14:05</span><span data-role="original-link">来源: <a href="//mp.sohu.com/profile?xpt=qinghe">乳业头条</a></span></div>
<article class="article" id="mp-editor">
<p>青禾乳业22日推出新款低温鲜奶，保质期7天，首批在京津冀300家门店上架。</p>
<p>公司相关负责人介绍，新品全程冷链配送，门店冷柜温度将接入公司监控平台。</p>
<a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom"><i class="backsohu"></i>返回搜狐，查看更多</a>
<p data-role="editor-name">责任编辑：<span></span></p></article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="article-oper"><span class="read-num">阅读 (2458)</span><span class="like">点赞 12</span></div></div></div>
<div class="footer"><a href="#">搜狐首页</a> <a href="#">广告服务</a><p>Copyright © 2026 Sohu All Rights Reserved</p></div>
</body></html>`,
  headline: '青禾乳业新品低温奶上市',
  body: ['首批在京津冀300家门店上架', '接入公司监控平台'],
  absent: ['新闻', '返回搜狐', '平台声明', '责任编辑', '阅读', '点赞', 'Copyright'],
  author: '乳业头条',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const cityPortal: LayoutPage = {
  name: 'a city portal: logo in an h1, the headline in .title, 相关阅读 and an ad between the body paragraphs',
  url: 'http://www.czxw.cn/news/2026-11/22/content_8812345.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业向沧州捐赠10万盒牛奶_沧州新闻网</title></head><body>
<div class="header"><div class="logo"><h1><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="沧州新闻网"></a></h1></div>
<div class="menu"><a href="/">首页</a><a href="/news/">新闻</a><a href="/shehui/">社会</a><a href="/tiyu/">体育</a></div></div>
<div class="container"><div class="article"><div class="title">青禾乳业向沧州捐赠10万盒牛奶</div>
<div class="info">2026-11-22 14:05:03 来源：沧州日报 作者：韩雪 编辑：刘洋</div>
<div class="content" id="zoom">
<p>　　11月22日，青禾乳业向沧州市慈善总会捐赠10万盒纯牛奶，将分发给全市中小学生。</p>
<div class="xgyd"><p>【相关阅读】</p><ul><li><a href="/news/2026-11/20/content_8811001.htm">青禾乳业沧县工厂扩建项目开工</a></li><li><a href="/news/2026-11/18/content_8810045.htm">我市启动学生饮用奶计划</a></li></ul></div>
<p>　　据了解，此次捐赠的牛奶均为新生产批次，附有第三方检测报告。</p>
<div class="ad"><a href="http://ad.czxw.cn/c?id=12"><span class="ad-tag">广告</span><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="沧州银行信用卡"></a></div>
<p>　　市慈善总会表示，将于本周内完成分发。</p></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div></div></div>
<div class="footer"><p><a href="#">关于我们</a> | <a href="#">联系我们</a></p><p>沧州新闻网 版权所有 冀ICP备09012345号</p></div>
</body></html>`,
  headline: '青禾乳业向沧州捐赠10万盒牛奶',
  body: ['将分发给全市中小学生', '附有第三方检测报告', '将于本周内完成分发'],
  absent: ['沧州新闻网', '体育', '相关阅读', '学生饮用奶计划', '广告', '沧州银行', '分享到', '版权所有'],
  author: '韩雪',
  publishedAt: '2026-11-22T06:05:03.000Z',
};

const chinaCom: LayoutPage = {
  name: 'news.china.com: comments whose names are plain spans (no profile link), 顶(5), an area beside the name',
  url: 'https://news.china.com/socialgd/10000169/20261122/47123456.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业回应消费者投诉_新闻频道_中华网</title></head><body>
<div class="top_nav"><a href="https://www.china.com/">中华网</a><a href="https://news.china.com/">新闻</a><a href="https://military.china.com/">军事</a></div>
<div id="chan_mainBlk_lft"><h1 id="chan_newsTitle">青禾乳业回应消费者投诉</h1>
<div id="chan_newsInfo">2026-11-22 14:05:03　来源：中华网　<span class="chan_newsInfo_comment">评论 <em>2</em></span></div>
<div id="chan_newsDetail"><p>针对消费者在投诉平台反映的纯牛奶异味问题，青禾乳业22日回应称，已联系全部投诉用户并安排退款。</p>
<p>青禾乳业表示，涉事批次的留样检测结果将在一周内公布。</p></div>
<div class="box-comment"><div class="cmt-hd"><h3>网友评论</h3></div><ul class="cmt-list">
<li class="cmt-li"><div class="cmt-top"><span class="cmt-name">中华网友</span><span class="cmt-area">四川成都</span><span class="cmt-date">2026-11-22 15:10</span></div>
<div class="cmt-txt">退款是应该的，检测结果一定要公开</div><div class="cmt-ft"><span class="cmt-zan">顶(5)</span><span class="cmt-reply">回复</span></div></li>
<li class="cmt-li"><div class="cmt-top"><span class="cmt-name">爱喝奶的小王</span><span class="cmt-area">广东广州</span><span class="cmt-date">2026-11-22 16:02</span></div>
<div class="cmt-txt">青禾客服态度还不错，已经给我退了</div><div class="cmt-ft"><span class="cmt-zan">顶(2)</span><span class="cmt-reply">回复</span></div></li></ul></div></div>
<div class="footer"><a href="#">关于我们</a><p>Copyright © 2026 China.com All Rights Reserved</p></div>
</body></html>`,
  headline: '青禾乳业回应消费者投诉',
  body: ['已联系全部投诉用户并安排退款', '留样检测结果将在一周内公布'],
  absent: ['军事', '评论', '网友评论', '检测结果一定要公开', 'Copyright'],
  author: '中华网',
  publishedAt: '2026-11-22T06:05:03.000Z',
  comments: [
    { author: '中华网友', at: '2026-11-22T07:10:00.000Z', text: '退款是应该的，检测结果一定要公开', likes: 5 },
    { author: '爱喝奶的小王', at: '2026-11-22T08:02:00.000Z', text: '青禾客服态度还不错，已经给我退了', likes: 2 },
  ],
};

export const inlineChromePages: LayoutPage[] = [toutiao, sohuHao, cityPortal, chinaCom];
