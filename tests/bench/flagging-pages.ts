// The pages the flagging bench loads (issues 4, 11, 15): generated Weibo feeds in the fixture markup of the current
// web app generation, with the side 微博热搜 card every weibo.com page has, and a hook that appends new posts as the
// recycle scroller does while the user scrolls.

const plain = ['今天天气不错，下班去公园跑了五公里，晚饭吃了一碗牛肉面。', '周末带孩子去博物馆，看到了很多青铜器，讲解员讲得很好。', '新买的耳机音质一般，但降噪还可以，续航能到三十个小时。'];
const about = ['喝了青禾牛奶孩子过敏住院了，客服一直推脱，我们准备起诉青禾乳业。', '在青禾官方旗舰店买的酸奶一周了还没发货，准备去12315投诉。', '青禾酸奶真的好喝，低糖版本配燕麦绝了，已经回购第三箱。', '某禾乳业的奶又胀包了，今年315见吧。'];

function card(i: number, text: string): string {
  const body = `${text}${plain[i % plain.length]!.repeat(8)}`;
  return `<div class="vue-recycle-scroller__item-view" style="transform: translateY(${i * 300}px)"><div class="wbpro-scroller-item">
<article class="woo-panel-main _wrap_m3n8j_2"><header class="woo-box-flex"><a href="/u/${1000 + i}" class="_name_1b05f_122" usercard="${1000 + i}"><span>用户${i}</span></a>
<a class="_time_1tpft_33" href="https://weibo.com/${1000 + i}/Bench${String(i).padStart(4, '0')}x" title="2026-11-22 10:${String(i % 60).padStart(2, '0')}">今天 10:00</a></header>
<div class="wbpro-feed-content"><div class="_wbtext_1psp9_14">${body}</div></div>
<footer><div><i class="woo-font woo-font--retweet"></i><span> ${i * 3} </span></div><div><i class="woo-font woo-font--comment"></i><span> ${i} </span></div>
<button class="woo-like-main" title="赞"><span class="woo-like-count"> 1.2万 </span></button></footer></article></div></div>`;
}

/** The feed's side 微博热搜 card (issue 11 item 4): every weibo.com page has one, and the 热搜 watch reads it. */
const hotTitles = ['初雪落在故宫的红墙上', '国产大飞机今年交付进度', '全运会闭幕式', '双十二预售提前开启', '专家解读12月流感高峰', '周末寒潮降温8到12度', '大学生冬季宿舍取暖妙招', '某地推出冰雪旅游消费券', '冬至吃饺子还是汤圆', '电视剧繁花原著作者新书'];
const hotCard = `<aside><div class="wbpro-side woo-panel-main"><div class="wbpro-side-tit">微博热搜</div><div class="wbpro-side-card7">${hotTitles
  .map((t, i) => `<a class="ALink_none_1w6rm woo-box-flex _item_1f7nx_8" href="https://s.weibo.com/weibo?q=%23${encodeURIComponent(t)}%23&t=31&band_rank=${i + 1}&Refer=top"><span class="_rankimg_1f7nx_16">${i + 1}</span><div class="wbpro-textcut _tit_1f7nx_24">${t}</div></a>`)
  .join('')}</div></div></aside>`;

/** `n` posts; with `mention`, every second one names the demo brand (25 of 50). `window.__addPosts(from, n)` appends
 * `n` posts that all name it, placed after the last one as the scroller places the next page of the feed. */
export function feed(n: number, mention: boolean): string {
  const cards = Array.from({ length: n }, (_, i) => card(i, mention && i % 2 === 0 ? about[i % about.length]! : plain[i % plain.length]!));
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>微博</title></head><body><div id="app"><main>
<div id="scroller" class="vue-recycle-scroller"><div class="vue-recycle-scroller__item-wrapper" style="position:relative">${cards.join('\n')}</div></div>
</main>${hotCard}</div><script>
window.__addPosts = function (from, n) {
  var html = ${JSON.stringify(card(9999, about[0]!))};
  var wrap = document.querySelector('.vue-recycle-scroller__item-wrapper');
  var frag = document.createElement('div');
  var at = wrap.children.length;
  for (var i = 0; i < n; i++) frag.insertAdjacentHTML('beforeend', html.replace(/Bench9999x/g, 'New' + (from + i) + 'x').replace('用户9999', '新用户' + (from + i)).replace('translateY(${9999 * 300}px)', 'translateY(' + (at + i) * 300 + 'px)'));
  while (frag.firstChild) wrap.appendChild(frag.firstChild);
};
</script></body></html>`;
}

/** Characters of text a page shows (markup stripped), for the figure's label. */
export const chars = (html: string) => html.replace(/<[^>]+>/g, '').length;
