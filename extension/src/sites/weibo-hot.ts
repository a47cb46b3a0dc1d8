import { readHotList, type HotListSpec } from './hot-list.ts';
import type { HotListReader } from './types.ts';

// 微博热搜 (issue 11 item 4) where weibo.com pages show it: the classic table of s.weibo.com/top/summary, the web
// app's 热搜 page and the side 微博热搜 card beside the feed. Every generation links an entry to its search page with
// `Refer=top` and, for numbered entries, `band_rank=N`; 荐 slots link elsewhere (javascript:, Refer=promote).

const spec: HotListSpec = {
  platform: 'weibo',
  links: [
    { css: '#pl_top_realtimehot td.td-02 > a', why: 's.weibo.com/top/summary: the 热搜榜 table, stable since the old site' },
    { css: 'a[href*="band_rank="], a[href*="Refer=top"]', why: 'weibo.com web app (list page, side card): hot band links' },
  ],
  entry: 'tr, li',
  title: [
    { css: 'td.td-02 > a', why: 's.weibo.com table: the keyword link' },
    { css: '.wbpro-textcut', why: 'wbpro design system: the one-line cut title' },
    { css: '[class*="_tit_"]', why: 'new hashed generation (_tit_1m3cy_45)' },
  ],
  rank: [
    { css: 'td.td-01', why: 's.weibo.com table: the number column' },
    { css: '[class*="_rank"]', why: 'web app: rank cell or picture (_rank_…, _rankimg_…)' },
  ],
  rankFromHref: (href) => {
    const m = /[?&]band_rank=(\d{1,3})/.exec(href);
    return m ? Number(m[1]) : undefined;
  },
  heat: [
    { css: 'td.td-02 > span', why: 's.weibo.com table: heat after the keyword, sometimes after a category (剧集 801222)' },
    { css: '[class*="_num_"]', why: 'web app: the heat figure' },
  ],
  pinned: [
    { css: '.icon-top, .woo-font--top, .wbpro-icon-top', why: '置顶 icon (table and web app)' },
    { css: '[class*="_zhi_"]', why: 'web app: 置顶 badge' },
  ],
  promoted: [
    { css: '.icon-txt-recommend', why: 's.weibo.com table: 荐 badge' },
    { css: '.wbpro-tag, [class*="_ad_"]', why: 'web app: 荐 / 广告 tag' },
    { css: 'a[href*="Refer=promote"]', why: 'promoted slot link' },
  ],
  hrefOf: (link) => (/^javascript:/i.test(link.getAttribute('href') ?? '') ? link.getAttribute('url') : link.getAttribute('href')),
};

export const weiboHot: HotListReader = {
  testUrls: ['http://s.weibo.com/top/summary', 'http://weibo.com/hot/search', 'http://weibo.com/'],
  read: (doc, only) => readHotList(doc, spec, only),
};
