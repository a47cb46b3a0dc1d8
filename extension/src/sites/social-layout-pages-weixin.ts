import type { SocialPage } from './social-layout-pages.ts';

// 公众号 test pages (issue 14) whose article ends in the account's editor and source notes printed on the last line
// itself (…。（责任编辑：张三）, …。【编辑：李四】), as loose lines after a <br>, or as the 文字 / 排版 / 审核 credits
// accounts close with (文字丨…  排版丨…). A brand named only in such a note (来源：青禾乳业) is no mention by the article.

const page = (sn: string, title: string, account: string, body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<script>var nickname = "${account}"; var user_name = "gh_5c4b3a2d1e0f"; var ct = "1795312800"; var msg_link = "http://mp.weixin.qq.com/s/${sn}";</script></head><body id="activity-detail">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><h1 class="rich_media_title" id="activity-name">${title}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name" href="javascript:void(0);">${account}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年11月22日 10:00</em></div>
<div class="rich_media_content" id="js_content">
${body}</div>
<div id="js_toobar3" class="rich_media_tool"><div id="js_read_area3" class="media_tool_meta" style="display:none;"><span>阅读 </span><span id="readNum3"></span></div></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></body></html>`;

const lead = '<p>近日，本地多家超市的低温奶货架开始张贴冷柜温度公示牌，消费者可以随时查看。</p>';

const bracketOnLastLine: SocialPage = {
  name: '公众号 article: （责任编辑：…） and 【来源：…】 printed on the last paragraph after its last sentence',
  url: 'https://mp.weixin.qq.com/s/Qh2026ColdShelf01',
  html: page('Qh2026ColdShelf01', '超市冷柜温度公示上墙', '城市消费观察', `<section>${lead}
<p>市场监管部门表示，下一步将把公示范围扩大到便利店。（责任编辑：张三）【来源：青禾乳业供稿】</p></section>`),
  units: [{
    kind: 'article', author: '城市消费观察', at: '2026-11-22T02:00:00.000Z',
    text: '超市冷柜温度公示上墙\n近日，本地多家超市的低温奶货架开始张贴冷柜温度公示牌，消费者可以随时查看。\n市场监管部门表示，下一步将把公示范围扩大到便利店。',
  }],
};

const creditsAfterBreaks: SocialPage = {
  name: '公众号 article: 文字：… 排版：… 审核：… after <br>s in the last paragraph',
  url: 'https://mp.weixin.qq.com/s/Qh2026ColdShelf02',
  html: page('Qh2026ColdShelf02', '超市冷柜温度公示上墙', '城市消费观察', `<section>${lead}
<p>市场监管部门表示，下一步将把公示范围扩大到便利店。<br>文字：青禾乳业 王丽<br>排版：李四<br>审核：王五</p></section>`),
  units: [{
    kind: 'article', author: '城市消费观察', at: '2026-11-22T02:00:00.000Z',
    text: '超市冷柜温度公示上墙\n近日，本地多家超市的低温奶货架开始张贴冷柜温度公示牌，消费者可以随时查看。\n市场监管部门表示，下一步将把公示范围扩大到便利店。',
  }],
};

const creditsOwnLines: SocialPage = {
  name: '公众号 article: 文字丨… 编辑丨… 审核丨… credits in paragraphs of their own, 图片来源：青禾乳业 among them',
  url: 'https://mp.weixin.qq.com/s/Qh2026ColdShelf03',
  html: page('Qh2026ColdShelf03', '超市冷柜温度公示上墙', '城市消费观察', `<section>${lead}
<p>市场监管部门表示，下一步将把公示范围扩大到便利店。</p></section>
<section style="font-size: 12px; color: #888;"><p>文字丨陈晨</p><p>图片来源：青禾乳业</p><p>编辑丨李四　排版丨赵六</p><p>审核丨王五</p></section>`),
  units: [{
    kind: 'article', author: '城市消费观察', at: '2026-11-22T02:00:00.000Z',
    text: '超市冷柜温度公示上墙\n近日，本地多家超市的低温奶货架开始张贴冷柜温度公示牌，消费者可以随时查看。\n市场监管部门表示，下一步将把公示范围扩大到便利店。',
  }],
};

const creditsSameLine: SocialPage = {
  name: '公众号 article: 文字：… 排版：… 审核：… on the last line after its last sentence, the brand named in the body kept',
  url: 'https://mp.weixin.qq.com/s/Qh2026ColdShelf04',
  html: page('Qh2026ColdShelf04', '青禾低温奶进社区团购', '城市消费观察', `<section><p>青禾乳业的低温奶本周起进入社区团购，次日送达自提点。</p>
<p>团长需配备冷藏柜，温度须保持在2至6摄氏度。 文字：陈晨 排版：李四 审核：王五</p></section>`),
  units: [{
    kind: 'article', author: '城市消费观察', at: '2026-11-22T02:00:00.000Z',
    text: '青禾低温奶进社区团购\n青禾乳业的低温奶本周起进入社区团购，次日送达自提点。\n团长需配备冷藏柜，温度须保持在2至6摄氏度。',
  }],
};

export const weixinNotePages = [bracketOnLastLine, creditsAfterBreaks, creditsOwnLines, creditsSameLine];
