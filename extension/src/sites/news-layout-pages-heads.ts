import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) around the headline: a logo printed as the site's name in an h1 that is no link home, a
// logo h1 whose image and name link to /index.html, both before the real headline; a byline naming its
// reporter with no 作者： label; and reader posts no class or heading marks as comments, which must not become the
// article (they are no comment units either: nothing says they are a comment section).

const chinanewsLogo: LayoutPage = {
  name: 'chinanews.com.cn (mobile-style): <h1 class="logo">中国新闻网</h1> as plain text before the headline h1',
  url: 'https://www.chinanews.com.cn/sh/2026/11-22/10123999.shtml',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业在沧州启动送奶进社区活动-中国新闻网</title></head><body>
<div class="header"><h1 class="logo">中国新闻网</h1><div class="nav"><a href="/">首页</a><a href="/society/">社会</a><a href="/finance/">财经</a></div></div>
<div class="content"><div class="content_left">
<h1>青禾乳业在沧州启动送奶进社区活动</h1>
<div class="content_left_time">2026年11月22日 14:05　来源：中国新闻网</div>
<div class="left_zw"><p>　　中新网沧州11月22日电 青禾乳业22日在沧州启动“送奶进社区”活动，首批覆盖20个社区。</p>
<p>　　活动期间，社区居民可凭身份证免费领取一盒纯牛奶，并现场查看产品检测报告。</p></div>
<div class="left_name">【编辑:李岩】</div></div></div>
<div class="pagebottom"><p>Copyright ©1999-2026 chinanews.com. All Rights Reserved</p></div>
</body></html>`,
  headline: '青禾乳业在沧州启动送奶进社区活动',
  body: ['首批覆盖20个社区', '现场查看产品检测报告'],
  absent: ['中国新闻网', '首页', '编辑', 'Copyright'],
  author: '中国新闻网',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const xxcbLogo: LayoutPage = {
  name: 'an evening paper: logo h1 with an image and the paper’s name linking to /index.html, headline in div.title',
  url: 'https://www.xxcb.cn/news/2026-11/22/content_2212345.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业长沙冷链仓投用_潇湘晨报</title>
<meta property="og:site_name" content="潇湘晨报"></head><body>
<div class="top"><h1 class="logo"><a href="/index.html"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="潇湘晨报">潇湘晨报</a></h1>
<div class="menu"><a href="/news/">新闻</a><a href="/city/">城事</a></div></div>
<div class="main"><div class="title">青禾乳业长沙冷链仓投用</div>
<div class="meta">2026-11-22 14:05 来源：潇湘晨报 作者：邓芳</div>
<div class="text"><p>22日，青禾乳业位于长沙经开区的冷链仓库正式投用，可储存乳制品8000吨。</p>
<p>仓库配备实时温控系统，数据同步上传至市场监管部门的监管平台。</p></div></div>
<div class="foot"><p>潇湘晨报版权所有 湘ICP备12345678号</p></div>
</body></html>`,
  headline: '青禾乳业长沙冷链仓投用',
  body: ['可储存乳制品8000吨', '同步上传至市场监管部门'],
  absent: ['潇湘晨报', '城事', '版权所有'],
  author: '邓芳',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const hubeiReporter: LayoutPage = {
  name: 'a provincial daily: "来源：湖北日报 记者 王立 通讯员 张三" with no 作者： label',
  url: 'https://news.cnhubei.com/content/2026-11/22/content_19123456.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业武汉工厂新增两条低温奶生产线_荆楚网</title></head><body>
<div class="top"><a href="http://www.cnhubei.com/">荆楚网</a><a href="http://news.cnhubei.com/">新闻</a><a href="http://hb.cnhubei.com/">湖北</a></div>
<div class="main"><div class="article-box"><h1 class="article-title">青禾乳业武汉工厂新增两条低温奶生产线</h1>
<div class="article-info"><span>2026-11-22 14:05</span><span>来源：湖北日报</span><span>记者 王立 通讯员 张三</span></div>
<div class="article-body"><p>22日，青禾乳业武汉工厂两条低温奶生产线投产，日产能提高到300吨。</p>
<p>记者了解到，新生产线的灌装车间全程恒温，产品出厂后由自建冷链直送武汉三镇门店。</p></div></div></div>
<div class="footer"><p>荆楚网版权所有 鄂ICP备13005123号</p></div>
</body></html>`,
  headline: '青禾乳业武汉工厂新增两条低温奶生产线',
  body: ['日产能提高到300吨', '自建冷链直送武汉三镇门店'],
  absent: ['通讯员', '湖北日报', '版权所有'],
  author: '王立',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const talkBack: LayoutPage = {
  name: 'a district portal: reader posts under 我来说两句, named by no class or heading, each longer than the short news item',
  url: 'https://www.sjzdaily.com.cn/news/2026-11/22/content_5512345.htm',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业石家庄配送中心恢复运营_石家庄新闻网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news/">本地</a><a href="/life/">生活</a></div>
<div class="wrap"><h1>青禾乳业石家庄配送中心恢复运营</h1>
<div class="info">2026-11-22 14:05　来源：石家庄日报</div>
<div class="con"><p>记者22日获悉，青禾乳业石家庄配送中心完成设备检修，恢复正常运营。</p></div>
<div class="talk"><div class="talk-hd">我来说两句</div><ul class="talk-list">
<li class="talk-item"><div class="talk-user"><a href="https://i.sjzdaily.com.cn/u/30211">裕华路老王</a><span class="talk-time">2026-11-22 15:12</span></div>
<div class="talk-txt">配送中心就在我们小区旁边，前几天半夜还能听到冷藏车进进出出，检修完了希望噪音能小一点，也希望青禾的牛奶以后别再出问题了。</div>
<div class="talk-op"><span>赞(15)</span><span>回复</span></div></li>
<li class="talk-item"><div class="talk-user"><a href="https://i.sjzdaily.com.cn/u/40877">桥西宝妈</a><span class="talk-time">2026-11-22 16:03</span></div>
<div class="talk-txt">家里孩子一直喝青禾的学生奶，这次的检修结果和检测报告能不能公开？家长们在群里讨论了好几天，都想看到具体数据。</div>
<div class="talk-op"><span>赞(7)</span><span>回复</span></div></li></ul></div></div>
<div class="foot"><p>石家庄新闻网版权所有 冀ICP备12001234号</p></div>
</body></html>`,
  headline: '青禾乳业石家庄配送中心恢复运营',
  body: ['完成设备检修，恢复正常运营'],
  absent: ['我来说两句', '裕华路老王', '冷藏车进进出出', '学生奶', '版权所有'],
  author: '石家庄日报',
  publishedAt: '2026-11-22T06:05:00.000Z',
  comments: [
    { author: '裕华路老王', at: '2026-11-22T07:12:00.000Z', text: '配送中心就在我们小区旁边，前几天半夜还能听到冷藏车进进出出，检修完了希望噪音能小一点，也希望青禾的牛奶以后别再出问题了。', likes: 15 },
    { author: '桥西宝妈', at: '2026-11-22T08:03:00.000Z', text: '家里孩子一直喝青禾的学生奶，这次的检修结果和检测报告能不能公开？家长们在群里讨论了好几天，都想看到具体数据。', likes: 7 },
  ],
};

/** The same page after a release wrapped the second reader post alone in a lazy-load box: both are still there. */
const talkBackWrapped: LayoutPage = {
  ...talkBack,
  name: 'a district portal: a release wrapped one of the two reader posts under 我来说两句 in a div of its own',
  url: 'https://www.sjzdaily.com.cn/news/2026-11/22/content_5512346.htm',
  html: talkBack.html.replace(/<li class="talk-item">(?=<div class="talk-user"><a [^>]*>桥西宝妈)[\s\S]*?<\/li>/, (li) => `<div class="lazy-v3" data-v-7f2a1c="">${li}</div>`),
};

export const headPages: LayoutPage[] = [chinanewsLogo, xxcbLogo, hubeiReporter, talkBack, talkBackWrapped];
