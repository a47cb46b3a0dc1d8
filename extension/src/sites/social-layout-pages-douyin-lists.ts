import type { SocialPage } from './social-layout-pages.ts';

// Douyin search and profile lists no saved fixture covers (douyin-lists.ts): a 视频 tab whose cards open the modal
// by script (no link, so no aweme id: keyed by author and words) and print the author as "@name" with no profile
// link; a profile whose titles are hashed spans with 置顶 printed before the words, under covers whose alt repeats
// the title; the 用户 tab, which lists accounts only.

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const page = (title: string, body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><div id="root"><div id="douyin-right-container">${body}</div></div></body></html>`;

const scripted = (name: string, when: string, likes: string, words: string) => `<li class="Gk3RnV8s"><div class="search-result-card"><div class="Lm7XqT2p">
<div class="Ty5BnE1w"><img class="Ar8KpC1m" src="${gif}" alt=""><div class="Pc2MkZ9h"><svg class="Mb4SxH8v"></svg><span class="Vs8HgD3j">${likes}</span></div><span class="Ow1JcR6t">00:21</span></div>
<div class="Ji4UyN7b"><div class="Rd9FsA2k">${words}</div><div class="Nq6LzW0e"><span class="Cx8VmQ1r">@${name}</span><span class="Hf2WsL6n">· ${when}</span></div></div>
</div></div></li>`;

const searchScripted: SocialPage = {
  name: 'douyin.com search 视频 tab: cards that open the modal by script (no link), @name with no profile link, 1.2w and 10万+ likes',
  url: 'https://www.douyin.com/search/%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A?type=video',
  html: page('青禾乳业 - 抖音搜索', `<ul data-e2e="scroll-list" class="Ug1VsE6d">
${scripted('奶茶续命', '4小时前', '1.2w', '青禾酸奶新口味测评，<em class="Xe3TaJ9q">青</em><em class="Xe3TaJ9q">禾</em>这次有点东西')}
${scripted('超市理货员', '11月18日', '10万+', '冷柜温度才是关键 <span class="Qn7LrB2w">#QH牛奶</span>')}
</ul>`),
  units: [
    { kind: 'post', author: '奶茶续命', text: '青禾酸奶新口味测评，青禾这次有点东西', at: '2026-11-22T05:40:00.000Z', counts: { likes: 12_000 } },
    { kind: 'post', author: '超市理货员', text: '冷柜温度才是关键 #QH牛奶', at: '2026-11-17T16:00:00.000Z', counts: { likes: 100_000 } },
  ],
};

const post = (id: string, likes: string, title: string) => `<li class="Wq5TnB2x"><div class="Pg8JmS1c"><a href="//www.douyin.com/video/${id}" class="Kd3VwE7y">
<div class="Ul6QaR4f"><img class="Fe2HxN9k" src="${gif}" alt="${title}"><div class="Xn9GdK2s"><svg class="Ro4MbT7x"></svg><span class="Bh1YpW6q">${likes}</span></div></div>
<div class="Sj7RvC3t"><span class="Zt4LcM8p">置顶</span><span class="Jc2WuH5n">${title}</span></div></a></div></li>`;

const profileSpans: SocialPage = {
  name: 'douyin.com profile: titles in hashed spans with 置顶 printed before the words, covers whose alt repeats the title',
  url: 'https://www.douyin.com/user/MS4wLjABAAAAmilkLab06',
  html: page('奶品实验室的抖音 - 抖音', `<div data-e2e="user-detail"><div data-e2e="user-info"><h1 class="Rb3WeK7t"><span>奶品实验室</span></h1>
<div data-e2e="user-info-fans"><span>粉丝</span><span>8.2万</span></div></div></div>
<div data-e2e="user-post-list"><ul data-e2e="scroll-list" class="Oq1ZsM5y">
${post('7442000000000000001', '3.1万', '青禾低温奶开封第七天，菌落总数复测')}
${post('7442000000000000002', '896', '周末实验室开放日')}
</ul></div>`),
  units: [
    { kind: 'post', author: '奶品实验室', text: '青禾低温奶开封第七天，菌落总数复测', counts: { likes: 31_000 } },
    { kind: 'post', author: '奶品实验室', text: '周末实验室开放日', counts: { likes: 896 } },
  ],
};

const userTab: SocialPage = {
  name: 'douyin.com search 用户 tab: accounts only (关注 buttons, 抖音号, 粉丝) — no units',
  url: 'https://www.douyin.com/search/%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A?type=user',
  html: page('青禾乳业 - 抖音搜索', `<ul data-e2e="scroll-list" class="Zk1TpW4e">${['青禾乳业官方客服', '青禾乳业官方旗舰店'].map((n, i) => `<li class="Sx3kPq9W"><div class="search-result-card">
<a href="//www.douyin.com/user/MS4wLjABAAAAqhUser${i}"><span class="semi-avatar"><img src="${gif}" alt=""></span></a>
<div class="Wn3LdF7h"><a href="//www.douyin.com/user/MS4wLjABAAAAqhUser${i}"><p class="Zo5CkV2g"><span>${n}</span></p></a><p class="Ip8SuD4y"><span>抖音号：qinghe_${i}</span><span>5.6万粉丝</span></p></div>
<button class="semi-button semi-button-primary" type="button"><span>关注</span></button></div></li>`).join('\n')}</ul>`),
  units: [],
};

export const douyinListPages: SocialPage[] = [searchScripted, profileSpans, userTab];
