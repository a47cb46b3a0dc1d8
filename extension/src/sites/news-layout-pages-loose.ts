import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose body ends in editor and source lines printed as loose text after a <br>, not as
// paragraphs of their own: a county 融媒体 site's TRS editor body of <br> lines, and a portal's 来源 / 编辑 lines
// after its last <p>.

const countyRmt: LayoutPage = {
  name: 'a county 融媒体 site: TRS_Editor body of <br> lines ending （责任编辑：…）, 通讯员 alone in the byline',
  url: 'http://www.xianxianrmt.cn/xwzx/xxyw/202611/t20261122_88123.html',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业献县奶源基地二期投产_献县融媒体中心</title></head><body>
<div class="top"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="献县融媒"></a><span>今天是：2026年11月22日</span><a href="#">无障碍浏览</a><a href="#">长者模式</a></div></div>
<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻资讯</a><a href="/xwzx/xxyw/">献县要闻</a><a href="/sp/">视频</a><a href="/zt/">专题</a></div>
<div class="w1200 con"><div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻资讯</a> &gt; <a href="/xwzx/xxyw/">献县要闻</a></div>
<div class="detail"><h2 class="tit">青禾乳业献县奶源基地二期投产</h2>
<div class="sub">发布时间：2026-11-22 14:05　来源：献县融媒体中心　通讯员 张三　浏览量：<span id="pv">356</span></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
　　11月22日，青禾乳业献县奶源基地二期项目正式投产，新增奶牛存栏3000头。<br>
　　项目负责人介绍，二期采用智能化挤奶设备，生鲜乳从挤出到冷却不超过两小时。<br>
　　县农业农村局有关负责同志表示，将继续做好饲草种植和技术培训服务。<br>
（责任编辑：王小明）</div></div>
<div class="bdshare"><span>分享：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<div class="page-turn"><p>上一篇：<a href="t20261121_88101.html">献县召开冬季防火工作会议</a></p><p>下一篇：<a href="t20261123_88140.html">献县举办农民丰收节</a></p></div></div>
<div class="xgyd"><h3>相关阅读</h3><ul><li><a href="#">我县奶牛养殖规模稳步扩大</a><span>2026-11-18</span></li><li><a href="#">献县入选省级现代农业园区</a><span>2026-11-10</span></li></ul></div></div>
<div class="footer"><p>主办：中共献县县委宣传部　承办：献县融媒体中心</p><p>献县融媒体中心版权所有 冀ICP备20001234号　冀公网安备13092902000088号</p></div>
</body></html>`,
  headline: '青禾乳业献县奶源基地二期投产',
  body: ['新增奶牛存栏3000头', '从挤出到冷却不超过两小时', '继续做好饲草种植和技术培训服务。'],
  absent: ['无障碍浏览', '献县要闻', '浏览量', '责任编辑', '王小明', '分享', '上一篇', '冬季防火', '相关阅读', '版权所有'],
  author: '张三',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

const hsw: LayoutPage = {
  name: 'hsw.cn (华商网): 来源：华商报<br>编辑 / 李四 as bare text after the body’s last paragraph',
  url: 'http://news.hsw.cn/system/2026/1122/1789012.shtml',
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾乳业西安仓储中心启用 冷链覆盖关中五市_华商网</title></head><body>
<div class="hsw-top"><a href="http://www.hsw.cn/">华商网</a><a href="http://news.hsw.cn/">新闻</a><a href="http://xian.hsw.cn/">西安</a><a href="http://finance.hsw.cn/">财经</a><a href="http://v.hsw.cn/">视频</a></div>
<div class="hsw-main"><div class="crumbs"><a href="http://www.hsw.cn/">华商网</a> &gt; <a href="http://news.hsw.cn/">新闻中心</a> &gt; 正文</div>
<div class="article"><h1>青禾乳业西安仓储中心启用 冷链覆盖关中五市</h1>
<div class="info"><span class="time">2026-11-22 14:05</span><span class="src">来源：华商报</span><span class="hits">阅读：2356</span></div>
<div class="contentBox cf" id="artibody">
<p>　　11月22日，青禾乳业西安仓储中心正式启用，库容1.5万吨，冷链配送覆盖西安、咸阳、宝鸡、渭南、铜川五市。</p>
<p>　　仓储中心负责人说，过去关中地区的产品要从河北调运，现在最远的门店当天即可补货。</p>
<p>　　据悉，中心还为周边中小乳企提供冷库租赁服务。</p>
来源：华商报<br>
编辑 / 李四<br>
</div>
<div class="art-tools"><span class="share">分享到：</span><a class="wx">微信</a><a class="wb">新浪微博</a><a class="print" href="javascript:window.print()">打印本页</a></div>
<div class="relate"><h3>相关阅读</h3><ul><li><a href="http://news.hsw.cn/system/2026/1120/1788001.shtml">西安冬季蔬菜保供启动</a></li><li><a href="http://news.hsw.cn/system/2026/1119/1787345.shtml">陕西奶山羊产业提质</a></li></ul></div></div></div>
<div class="hsw-foot"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a></p><p>华商网版权所有 陕ICP备05004321号</p></div>
</body></html>`,
  headline: '青禾乳业西安仓储中心启用 冷链覆盖关中五市',
  body: ['冷链配送覆盖西安、咸阳、宝鸡、渭南、铜川五市', '当天即可补货', '提供冷库租赁服务。'],
  absent: ['新闻中心', '阅读：', '编辑', '李四', '分享到', '打印本页', '相关阅读', '奶山羊', '版权所有'],
  author: '华商报',
  publishedAt: '2026-11-22T06:05:00.000Z',
};

export const loosePages: LayoutPage[] = [countyRmt, hsw];
