import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose body container holds more than the article: editor, source and disclaimer lines as
// paragraphs of their own after the last one, and share / font-size / print rows made of spans, not links.

const iqilu: LayoutPage = {
  name: 'iqilu.com: 原标题 first, then 来源, 责任编辑 / 校对 / 审核 and a 声明 as the body’s last paragraphs',
  url: 'https://news.iqilu.com/shandong/yuanchuang/20261122/5812345.shtml',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业济南工厂通过复检_山东新闻_齐鲁网</title></head><body>
<div class="top"><a href="https://www.iqilu.com/">齐鲁网</a><a href="https://news.iqilu.com/">新闻</a><a href="https://v.iqilu.com/">视频</a></div>
<div class="wrapper"><div class="section-main"><h1>青禾乳业济南工厂通过复检</h1>
<div class="info"><span class="time">2026-11-22 14:05:03</span><span class="source">来源：齐鲁晚报</span></div>
<div class="article-main">
<p>原标题：青禾乳业济南工厂复检合格 恢复生产</p>
<p>记者22日从济南市市场监管局获悉，青禾乳业济南工厂已通过复检，当日起恢复生产。</p>
<p>声明称，青禾乳业将对济南工厂的冷库进行全面改造，改造期间产品由天津工厂调配供应。</p>
<p>编辑部收到的读者来信中，不少人关心复检的具体项目，市场监管局表示将在官网公示。</p>
<p>来源：齐鲁晚报</p>
<p>（责任编辑：赵敏 校对：孙丽 审核：周强）</p>
<p>声明：本文转载自其他媒体，仅代表作者观点，不代表本网立场。如有侵权，请联系删除。</p>
</div></div>
<div class="section-side"><h3>热门推荐</h3><ul><li><a href="#">济南地铁6号线开通</a></li></ul></div></div>
<div class="footer"><p>齐鲁网版权所有 鲁ICP备09012345号</p></div>
</body></html>`,
  headline: '青禾乳业济南工厂通过复检',
  body: ['原标题：青禾乳业济南工厂复检合格 恢复生产', '当日起恢复生产', '声明称，青禾乳业将对济南工厂', '编辑部收到的读者来信中', '将在官网公示。'],
  absent: ['来源：齐鲁晚报', '责任编辑', '校对', '审核', '不代表本网立场', '热门推荐', '版权所有'],
  author: '齐鲁晚报',
  publishedAt: '2026-11-22T06:05:03.000Z',
};

const gmw: LayoutPage = {
  name: 'gmw.cn: 【责任编辑:…】 and 免责声明 closing the body, with a share row of spans and a 字号 row inside it',
  url: 'https://economy.gmw.cn/2026-11/22/content_37123456.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业发布冷链白皮书_光明网</title></head><body>
<div class="g-nav"><a href="https://www.gmw.cn/">光明网</a><a href="https://politics.gmw.cn/">时政</a><a href="https://economy.gmw.cn/">经济</a></div>
<div class="g-main"><div class="m-title-box"><h1 class="u-title">青禾乳业发布冷链白皮书</h1>
<div class="m-con-info"><span class="m-con-time">2026-11-22 14:05</span><span class="m-con-source">来源：光明网</span></div></div>
<div class="u-mainText" id="articleBox">
<div class="m-share-row"><span>分享到：</span><span class="wx">微信</span><span class="wb">微博</span><span class="qq">QQ空间</span></div>
<div class="m-font-row">字号：<span>大</span> <span>中</span> <span>小</span></div>
<p>光明网讯 青禾乳业22日发布《乳制品冷链运输白皮书》，首次公开华北配送车辆的温控数据。</p>
<p>白皮书显示，今年三季度青禾乳业冷藏车温度超标时长占比为0.8%，公司计划明年降至0.2%以下。</p>
<p>公司还承诺，消费者可通过微信小程序查询所购产品的全程温度记录。</p>
<div class="m-tool-row"><span class="print">打印</span><span class="err">【纠错】</span></div>
<div class="m-editor">【责任编辑:王露】</div>
<p>免责声明：本文仅代表作者个人观点，与光明网无关。</p>
</div>
<div class="m-relate"><h3>相关阅读</h3><ul><li><a href="#">乳企冬季保供</a></li></ul></div></div>
<div class="g-footer"><p>光明网版权所有 京ICP备05023456号</p></div>
</body></html>`,
  headline: '青禾乳业发布冷链白皮书',
  body: ['首次公开华北配送车辆的温控数据', '公司计划明年降至0.2%以下', '可通过微信小程序查询'],
  absent: ['分享到', 'QQ空间', '字号', '打印', '纠错', '责任编辑', '免责声明', '相关阅读', '版权所有'],
  author: '光明网',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

export const tailPages: LayoutPage[] = [iqilu, gmw];
