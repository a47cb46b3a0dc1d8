import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose body opens with a news agency's or paper's dateline naming its reporters in brackets
// (新华社北京12月6日电（记者王立、李明）, 本报讯（记者 张伟 通讯员 刘明）): they wrote the piece where the byline names
// only the outlet; a byline naming a writer still wins, and the dateline stays the article's first words.

const n163Xinhua: LayoutPage = {
  name: 'news.163.com reprint of a 新华社 dispatch: 来源：新华社 byline, （记者王立、李明） in the dateline',
  url: 'https://www.163.com/dy/article/KR6QINGHE0519DDQ.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业在京发布低温奶新品_网易订阅</title></head><body>
<div class="N-nav"><a href="https://www.163.com/">网易首页</a><a href="https://news.163.com/">新闻</a><a href="https://money.163.com/">财经</a></div>
<div class="post_main"><h1 class="post_title">青禾乳业在京发布低温奶新品</h1>
<div class="post_info">2026-12-06 10:20:31　来源: <a href="#">新华社</a></div>
<div class="post_body">
<p>　　新华社北京12月6日电（记者王立、李明）青禾乳业6日在北京发布低温奶新品，首批产品覆盖华北地区三千家门店。</p>
<p>　　公司负责人介绍，新品保质期为七天，全程冷链配送。</p>
</div>
<div class="post_statement">本文来源：新华社 责任编辑：王晓_NBJ11279</div></div>
<div class="N-footer"><p>网易公司版权所有 ©1997-2026</p></div>
</body></html>`,
  headline: '青禾乳业在京发布低温奶新品',
  body: ['新华社北京12月6日电（记者王立、李明）青禾乳业6日在北京发布低温奶新品，首批产品覆盖华北地区三千家门店。', '全程冷链配送。'],
  absent: ['网易首页', '责任编辑', '版权所有'],
  author: '王立、李明',
  publishedAt: '2026-12-06T02:20:31.000Z',
};

const chinanewsSpaced: LayoutPage = {
  name: 'chinanews.com.cn: 中新网上海12月6日电 (记者 陈静) with half-width brackets and spaces, 来源：中国新闻网',
  url: 'https://www.chinanews.com.cn/cj/2026/12-06/10123456.shtml',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业上海工厂扩产-中新网</title></head><body>
<div class="nav"><a href="https://www.chinanews.com.cn/">首页</a><a href="https://www.chinanews.com.cn/cj/">财经</a></div>
<div class="content"><h1 class="content_left_title">青禾乳业上海工厂扩产</h1>
<div class="content_left_time">2026年12月06日 09:15　来源：中国新闻网</div>
<div class="left_zw">
<p>　　中新网上海12月6日电 (记者 陈静) 青禾乳业6日宣布，上海工厂新增一条酸奶生产线，日产能提高一倍。</p>
<p>　　据悉，新生产线投资约两亿元，明年一季度投产。</p>
<div class="adEditor"><div class="left_name">【编辑:张三】</div></div>
</div></div>
<div class="footer"><p>中国新闻网版权所有</p></div>
</body></html>`,
  headline: '青禾乳业上海工厂扩产',
  body: ['中新网上海12月6日电 (记者 陈静) 青禾乳业6日宣布，上海工厂新增一条酸奶生产线，日产能提高一倍。', '明年一季度投产。'],
  absent: ['编辑', '版权所有'],
  author: '陈静',
  publishedAt: '2026-12-06T01:15:00.000Z',
};

const localPaper: LayoutPage = {
  name: 'a city daily: <strong>本报讯</strong>（记者 张伟 通讯员 刘明） opening the body, the byline a date alone',
  url: 'http://www.hbjjrb.com/news/2026-12/06/content_512345.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业沧州物流中心启用_河北经济日报</title></head><body>
<div class="head"><a href="/">河北经济日报</a><a href="/news/">新闻</a></div>
<div class="article"><h1>青禾乳业沧州物流中心启用</h1>
<div class="article-info"><span>2026-12-06 07:30</span></div>
<div class="article-content">
<p><strong>本报讯</strong>（记者 张伟 通讯员 刘明）12月5日，青禾乳业沧州物流中心正式启用，可同时存放低温奶两千吨。</p>
<p>物流中心配备自动分拣线，覆盖冀中南六个地市。</p>
</div></div>
<div class="footer"><p>河北经济日报社版权所有</p></div>
</body></html>`,
  headline: '青禾乳业沧州物流中心启用',
  body: ['本报讯（记者 张伟 通讯员 刘明）12月5日，青禾乳业沧州物流中心正式启用，可同时存放低温奶两千吨。', '覆盖冀中南六个地市。'],
  absent: ['版权所有'],
  author: '张伟',
  publishedAt: '2026-12-05T23:30:00.000Z',
};

const bylineWins: LayoutPage = {
  name: 'a portal whose byline names its writer (作者：李四) over a 新华社 dateline’s reporters',
  url: 'https://www.jiemian.com/article/12345678.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业召回两批次纯牛奶|界面新闻</title></head><body>
<div class="nav"><a href="/">界面新闻</a><a href="/lists/">商业</a></div>
<div class="article-view"><h1>青禾乳业召回两批次纯牛奶</h1>
<div class="article-info"><span class="date">2026/12/06 12:00</span><span>作者：李四</span><span>来源：新华社</span></div>
<div class="article-content">
<p>新华社北京12月6日电（记者王立）青禾乳业6日宣布召回华北地区两个批次纯牛奶。</p>
<p>公司表示，消费者可凭购物凭证全额退款。</p>
</div></div>
<div class="footer"><p>界面新闻版权所有</p></div>
</body></html>`,
  headline: '青禾乳业召回两批次纯牛奶',
  body: ['新华社北京12月6日电（记者王立）青禾乳业6日宣布召回华北地区两个批次纯牛奶。', '可凭购物凭证全额退款。'],
  absent: ['版权所有'],
  author: '李四',
  publishedAt: '2026-12-06T04:00:00.000Z',
};

export const datelinePages: LayoutPage[] = [n163Xinhua, chinanewsSpaced, localPaper, bylineWins];
