import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose chrome sits inside the article container itself: 头条 puts headline and byline in
// `.article-content`.

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

export const inlineChromePages: LayoutPage[] = [toutiao];
