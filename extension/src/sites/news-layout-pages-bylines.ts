import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose byline names the writer without a 作者： label: 人民日报's 本报记者　李四　通讯员　王五
// as the body's first paragraph (and 《 人民日报 》 with its page after the last), and a paper's 文/王立 beside the
// source. The writer is the author, not the outlet.

const peopleDaily: LayoutPage = {
  name: 'people.com.cn, a 人民日报 piece: 本报记者　李四　通讯员　王五 as the body’s first paragraph',
  url: 'http://finance.people.com.cn/n1/2026/1122/c1004-40123999.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>乳企加快冷链自建 青禾乳业华北冷链网络成型--财经--人民网</title>
<meta name="keywords" content="青禾乳业 冷链"><meta name="publishdate" content="2026-11-22">
<meta name="source" content="来源：人民网－人民日报"></head><body>
<div class="header_con"><div class="w1000"><a href="http://www.people.com.cn/" class="logo">人民网</a>
<div class="nav"><a href="http://politics.people.com.cn/">时政</a><a href="http://world.people.com.cn/">国际</a><a href="http://finance.people.com.cn/">财经</a><a href="http://society.people.com.cn/">社会</a></div></div></div>
<div class="main"><div class="layout rm_txt cf"><div class="col col-1 fl">
<div class="channel cf"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://finance.people.com.cn/">财经频道</a></div>
<h3 class="pre"></h3><h1>乳企加快冷链自建 青禾乳业华北冷链网络成型</h1><h4 class="sub"></h4>
<div class="col-1-1 fl">2026年11月22日08:12 | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a></div>
<div class="col-1-1 fr"><div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">新浪微博</a></div></div>
<div class="rm_txt_con cf">
<p style="text-indent: 2em;">本报记者　李四　通讯员　王五</p>
<p style="text-indent: 2em;">走进青禾乳业天津物流中心，20辆新购冷藏车整齐排列，车厢温度实时显示在调度大屏上。</p>
<p style="text-indent: 2em;">“过去靠第三方，温控数据拿不到手；现在自己建，每一辆车都看得见。”物流中心负责人说。</p>
<p style="text-indent: 2em;">据介绍，青禾乳业今年在华北新建冷库4座，自有冷藏车增至180辆。</p>
<p style="text-indent: 2em;">《 人民日报 》（ 2026年11月22日 10 版）</p>
<div class="edit cf">(责编：王震、高雷)</div></div>
<div class="rm_relevant cf"><div class="title">相关新闻</div><ul><li><a href="#">乳制品冷链运输标准拟修订</a></li></ul></div>
</div><div class="col col-2 fr"><div class="ph_list"><h2>热门排行</h2><ol><li><a href="#">多地发布寒潮预警</a></li></ol></div></div></div></div>
<div class="foot"><p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright © 1997-2026 by www.people.com.cn. all rights reserved</p></div>
</body></html>`,
  headline: '乳企加快冷链自建 青禾乳业华北冷链网络成型',
  body: ['20辆新购冷藏车整齐排列', '现在自己建，每一辆车都看得见', '自有冷藏车增至180辆'],
  absent: ['时政', '分享到', '新浪微博', '相关新闻', '热门排行', '寒潮', 'Copyright', '责编', '10 版'],
  author: '李四',
  publishedAt: '2026-11-22T00:12:00.000Z',
};

const ynet: LayoutPage = {
  name: 'ynet.com (北京青年报): 来源 and 文/王立 side by side in the byline, headline in an h2',
  url: 'https://news.ynet.com/2026/11/22/3812345t70.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业北京门店试水“鲜奶到家”_北青网</title></head><body>
<div class="ynet-top"><a href="https://www.ynet.com/">北青网首页</a><a href="https://news.ynet.com/">新闻</a><a href="https://finance.ynet.com/">财经</a><a href="https://ent.ynet.com/">娱乐</a></div>
<div class="articleBox cf"><div class="articleTitle"><h2>青禾乳业北京门店试水“鲜奶到家”</h2></div>
<div class="articleInfo"><span class="year">2026-11-22 14:05</span><span class="sourceMsg">来源：北京青年报</span><span>文/王立</span></div>
<div class="articleAll"><div id="articleAll">
<p>今天起，青禾乳业在北京朝阳、海淀的20家门店推出“鲜奶到家”服务，市民下单后最快半小时送达。</p>
<p>门店负责人介绍，配送使用保温箱加冰袋，骑手取货后全程不超过40分钟。</p>
<p>有市民试用后表示，价格比超市略高，但胜在新鲜。</p>
</div></div>
<div class="articleShare"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<div class="relNews"><h3>相关新闻</h3><ul><li><a href="#">北京社区生鲜配送提速</a><span>2026-11-20</span></li></ul></div></div>
<div class="ynet-foot"><p>北青网版权所有 京ICP证060546号</p></div>
</body></html>`,
  headline: '青禾乳业北京门店试水“鲜奶到家”',
  body: ['最快半小时送达', '全程不超过40分钟', '但胜在新鲜。'],
  absent: ['北青网首页', '文/王立', '分享到', 'QQ空间', '相关新闻', '生鲜配送', '版权所有'],
  author: '王立',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

export const bylinePages: LayoutPage[] = [peopleDaily, ynet];
