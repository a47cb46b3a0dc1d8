import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose last paragraph ends with the editor or source note on the same line, after its last
// sentence: no <br>, no paragraph of its own. A brand the note alone names (a press release's 来源) is no part of
// the article.

const sinaInline: LayoutPage = {
  name: 'a portal article: …上线。（责任编辑：张三） closing the last <p>',
  url: 'https://finance.sina.com.cn/tech/2026-12-06/doc-inmilkcard1234.shtml',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>多家乳企推出冬季配送月卡_新浪财经_新浪网</title></head><body>
<div class="top-nav"><a href="https://www.sina.com.cn/">新浪首页</a><a href="https://news.sina.com.cn/">新闻</a><a href="https://finance.sina.com.cn/">财经</a></div>
<div class="main-content"><h1 class="main-title">多家乳企推出冬季配送月卡</h1>
<div class="date-source"><span class="date">2026年12月06日 10:20</span><span class="source">来源：<a href="https://finance.sina.com.cn/">新浪财经</a></span></div>
<div class="article" id="artibody">
<p>　　入冬以来，多家乳企在北京、天津等地推出低温奶配送月卡，按月订购可享八折优惠。</p>
<p>　　业内人士表示，月卡能让企业提前锁定订单，减少冷库周转压力，相关小程序将于下月上线。（责任编辑：张三）</p>
</div>
<div class="article-bottom"><div class="keywords">文章关键词：<a href="#">乳企</a><a href="#">配送</a></div></div></div>
<div class="footer"><p>新浪公司 版权所有 Copyright © 1996-2026 SINA Corporation</p></div>
</body></html>`,
  headline: '多家乳企推出冬季配送月卡',
  body: ['按月订购可享八折优惠', '减少冷库周转压力，相关小程序将于下月上线。'],
  end: '相关小程序将于下月上线。',
  absent: ['责任编辑', '张三', '文章关键词', '版权所有'],
  author: '新浪财经',
  publishedAt: '2026-12-06T02:20:00.000Z',
};

const cityInline: LayoutPage = {
  name: 'a city portal: …。【编辑：李四】 after the last sentence, the brand named only in a 来源 note before it',
  url: 'http://www.tjyun.com/system/2026/12/06/055123456.shtml',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>天津今冬鲜奶供应充足_津云</title></head><body>
<div class="header"><a href="/">津云</a><a href="/news/">新闻</a><a href="/tj/">天津</a></div>
<div class="wrap"><h1>天津今冬鲜奶供应充足</h1>
<div class="info"><span>2026-12-06 09:30</span><span>来源：津云</span></div>
<div class="TRS_Editor">
<p>记者6日从市商务局了解到，今冬本市鲜奶日供应量稳定在900吨以上，主要超市均有现货。</p>
<p>市商务局提醒，低温奶开封后应冷藏保存并尽快饮用。（来源：青禾乳业供稿）【编辑：李四】</p>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="#">天津启动冬季蔬菜保供</a></li></ul></div></div>
<div class="footer"><p>津云版权所有 津ICP备10001234号</p></div>
</body></html>`,
  headline: '天津今冬鲜奶供应充足',
  body: ['日供应量稳定在900吨以上', '低温奶开封后应冷藏保存并尽快饮用。'],
  end: '低温奶开封后应冷藏保存并尽快饮用。',
  absent: ['青禾', '供稿', '编辑', '李四', '相关新闻', '版权所有'],
  author: '津云',
  publishedAt: '2026-12-06T01:30:00.000Z',
};

const bjnewsInline: LayoutPage = {
  name: 'a reprint: …。(来源：新京报) 编辑 王五 — a bracketed source, then an editor with a space for the colon',
  url: 'https://www.bjd.com.cn/a/202612/06/AP6512345678.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>北京推出“鲜奶进社区”便民点_京报网</title></head><body>
<div class="nav"><a href="/">京报网</a><a href="/jx/">北京</a><a href="/sh/">社会</a></div>
<div class="content-box"><h1 class="title">北京推出“鲜奶进社区”便民点</h1>
<div class="article-info"><span class="time">2026-12-06 11:00</span></div>
<div class="article-content">
<p>本月起，朝阳、海淀两区的120个社区设立鲜奶便民点，居民可在早七点前取货。</p>
<p>便民点由街道统一管理，价格与超市持平。(来源：新京报) 编辑 王五</p>
</div></div>
<div class="footer"><p>北京日报报业集团版权所有</p></div>
</body></html>`,
  headline: '北京推出“鲜奶进社区”便民点',
  body: ['居民可在早七点前取货', '便民点由街道统一管理，价格与超市持平。'],
  end: '价格与超市持平。',
  absent: ['来源', '新京报', '编辑', '王五', '版权所有'],
  // The byline names no one; the cut note's 来源 is no byline.
  publishedAt: '2026-12-06T03:00:00.000Z',
};

const countyInline: LayoutPage = {
  name: 'a county site: …。 责编：赵六 审核：钱七 ending the last <p>',
  url: 'http://www.hjxrmt.cn/xwzx/202612/t20261206_90123.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>河间奶牛养殖合作社完成冬季防疫_河间融媒</title></head><body>
<div class="top"><a href="/">河间融媒</a><a href="/xwzx/">新闻资讯</a></div>
<div class="detail"><h2 class="tit">河间奶牛养殖合作社完成冬季防疫</h2>
<div class="sub">发布时间：2026-12-06 15:40　来源：河间融媒体中心</div>
<div class="TRS_Editor">
<p>　　近日，河间市12家奶牛养殖合作社完成冬季口蹄疫免疫，共免疫奶牛6800头。</p>
<p>　　市畜牧站负责人表示，将在春节前开展一次抽检，确保免疫密度达到100%。 责编：赵六 审核：钱七</p>
</div></div>
<div class="footer"><p>河间融媒体中心版权所有 冀ICP备20005678号</p></div>
</body></html>`,
  headline: '河间奶牛养殖合作社完成冬季防疫',
  body: ['共免疫奶牛6800头', '确保免疫密度达到100%。'],
  end: '确保免疫密度达到100%。',
  absent: ['责编', '赵六', '审核', '钱七', '版权所有'],
  author: '河间融媒体中心',
  publishedAt: '2026-12-06T07:40:00.000Z',
};

export const notePages: LayoutPage[] = [sinaInline, cityInline, bjnewsInline, countyInline];
