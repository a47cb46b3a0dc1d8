import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose comments print the region they were posted from beside, before or instead of the
// commenter's name (北京 | 2小时前, 广东广州 before the name, IP 属地：广东, 美国). A place is never the commenter;
// a portal's 广东网友 label is the name it shows for a reader without an account, so it stays the author.

const article = (title: string, site: string, byline: string, comments: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${title}_${site}</title></head><body>
<div class="nav"><a href="/">${site}</a><a href="/news/">新闻</a><a href="/world/">国际</a></div>
<div class="wrap"><h1>${title}</h1><div class="info">${byline}</div>
<div class="content"><p>青禾乳业6日宣布，其低温奶产品将于明年一季度进入新加坡和马来西亚市场，首批出口约五百吨。</p>
<p>公司表示，海外市场将沿用国内冷链标准，由当地合作伙伴负责终端配送。</p></div></div>
${comments}
<div class="footer"><p>${site}版权所有</p></div></body></html>`;

const body = ['首批出口约五百吨', '由当地合作伙伴负责终端配送。'];

const haiwaiNoNames: LayoutPage = {
  name: 'haiwainet.cn: anonymous comments whose head row is 北京 | 2小时前, no name at all',
  url: 'https://opinion.haiwainet.cn/n/2026/1206/c353596-32712345.html',
  html: article('青禾乳业低温奶明年出海', '海外网', '<span>2026-12-06 16:20</span> 来源：海外网', `<div class="hw-pl"><h3>网友评论</h3><div class="hw-pl-list">
<div class="hw-pl-item"><div class="hw-pl-hd"><span class="hw-pl-area">北京</span> | <span class="hw-pl-time">2小时前</span></div><div class="hw-pl-txt">国货出海是好事，希望品质一直在线</div></div>
<div class="hw-pl-item"><div class="hw-pl-hd"><span class="hw-pl-area">美国</span> | <span class="hw-pl-time">3小时前</span></div><div class="hw-pl-txt">在海外也能喝到家乡的牛奶了，期待</div></div>
</div></div>`),
  headline: '青禾乳业低温奶明年出海',
  body,
  absent: ['网友评论', '品质一直在线', '版权所有'],
  author: '海外网',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { at: '2026-11-22T07:40:00.000Z', text: '国货出海是好事，希望品质一直在线' },
    { at: '2026-11-22T06:40:00.000Z', text: '在海外也能喝到家乡的牛奶了，期待' },
  ],
};

const nameRowRegionTime: LayoutPage = {
  name: 'an app-style page: the nickname in a row of its own, then 广东 · time, with an IP 属地 label on one',
  url: 'https://www.dzwww.com/xinwen/guoneixinwen/202612/t20261206_13123456.htm',
  html: article('青禾乳业低温奶明年出海', '大众网', '<span>2026-12-06 16:20</span> 来源：大众日报', `<div class="pl-wrap"><h3>热门评论</h3><div class="pl-list">
<div class="pl-one"><div class="pl-u"><span>青山不老</span></div><div class="pl-hd"><span>广东</span><span>2小时前</span></div><div class="pl-txt">国货出海是好事，希望品质一直在线</div></div>
<div class="pl-one"><div class="pl-u"><span>牛奶爱好者</span></div><div class="pl-hd"><span>IP 属地：上海</span><span>3小时前</span></div><div class="pl-txt">在海外也能喝到家乡的牛奶了，期待</div></div>
<div class="pl-one"><div class="pl-u"><span>湖南妹子</span></div><div class="pl-hd"><span>上海市</span><span>4小时前</span></div><div class="pl-txt">价格会不会比国内贵很多</div></div>
</div></div>`),
  headline: '青禾乳业低温奶明年出海',
  body,
  absent: ['热门评论', '版权所有'],
  author: '大众日报',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { author: '青山不老', at: '2026-11-22T07:40:00.000Z', text: '国货出海是好事，希望品质一直在线' },
    { author: '牛奶爱好者', at: '2026-11-22T06:40:00.000Z', text: '在海外也能喝到家乡的牛奶了，期待' },
    { author: '湖南妹子', at: '2026-11-22T05:40:00.000Z', text: '价格会不会比国内贵很多' },
  ],
};

const regionBeforeName: LayoutPage = {
  name: 'a city portal: the region printed before the nickname in the head row (广东广州 青山不老 2小时前)',
  url: 'https://news.cnr.cn/native/gd/20261206/t20261206_527012345.shtml',
  html: article('青禾乳业低温奶明年出海', '央广网', '<span>2026-12-06 16:20</span> 来源：央广网', `<div class="cmt-box"><h3>网友评论</h3><ul class="cmt-ul">
<li><div class="cmt-top"><span class="cmt-loc">广东广州</span><span class="cmt-nick">青山不老</span><span class="cmt-t">2小时前</span></div><div class="cmt-c">国货出海是好事，希望品质一直在线</div></li>
<li><div class="cmt-top"><span class="cmt-loc">北京市朝阳区</span><span class="cmt-nick">牛奶爱好者</span><span class="cmt-t">3小时前</span></div><div class="cmt-c">在海外也能喝到家乡的牛奶了，期待</div></li>
</ul></div>`),
  headline: '青禾乳业低温奶明年出海',
  body,
  absent: ['网友评论', '版权所有'],
  author: '央广网',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { author: '青山不老', at: '2026-11-22T07:40:00.000Z', text: '国货出海是好事，希望品质一直在线' },
    { author: '牛奶爱好者', at: '2026-11-22T06:40:00.000Z', text: '在海外也能喝到家乡的牛奶了，期待' },
  ],
};

const userClassRegion: LayoutPage = {
  name: 'a portal whose comment-item rows class the region as comment-user-area, before the comment-user-name',
  url: 'https://www.ce.cn/cysc/sp/info/202612/06/t20261206_39123456.shtml',
  html: article('青禾乳业低温奶明年出海', '中国经济网', '<span>2026-12-06 16:20</span> 来源：中国经济网', `<div class="comment-box"><h3>网友评论</h3>
<div class="comment-item"><div class="comment-user-area">广东</div><div class="comment-user-name">广东网友</div><div class="comment-content">国货出海是好事，希望品质一直在线</div><span class="comment-time">2026-12-06 17:02</span></div>
<div class="comment-item"><div class="comment-user-area">海外</div><div class="comment-user-name">青山不老</div><div class="comment-content">在海外也能喝到家乡的牛奶了，期待</div><span class="comment-time">2026-12-06 17:30</span></div>
</div>`),
  headline: '青禾乳业低温奶明年出海',
  body,
  absent: ['网友评论', '版权所有'],
  author: '中国经济网',
  publishedAt: '2026-12-06T08:20:00.000Z',
  comments: [
    { author: '广东网友', at: '2026-12-06T09:02:00.000Z', text: '国货出海是好事，希望品质一直在线' },
    { author: '青山不老', at: '2026-12-06T09:30:00.000Z', text: '在海外也能喝到家乡的牛奶了，期待' },
  ],
};

const bracketSource: LayoutPage = {
  name: 'a city portal byline: 【来源：北京日报】 in brackets, the outlet named without its bracket',
  url: 'https://www.beijing.gov.cn/ywdt/gzdt/202612/t20261206_3912345.html',
  html: article('青禾乳业低温奶明年出海', '首都之窗', '<span>发布时间：2026-12-06 16:20</span> <span>【来源：北京日报】</span> <span>【字体：大 中 小】</span>', ''),
  headline: '青禾乳业低温奶明年出海',
  body,
  absent: ['字体', '版权所有'],
  author: '北京日报',
  publishedAt: '2026-12-06T08:20:00.000Z',
};

export const regionPages: LayoutPage[] = [haiwaiNoNames, nameRowRegionTime, regionBeforeName, userClassRegion, bracketSource];
