import { readHotList, type HotListSpec } from './hot-list.ts';
import type { HotListReader } from './types.ts';

// 抖音热榜 (issue 11 item 4): the hot list page and the 抖音热榜 side panel. Classes are hashed and renamed with
// every release, so the list is found by its links to /hot/{id} and read by shape: the top three ranks are pictures
// (the rank is the entry's place in its list), heat is the count before 热度. The page also server-renders an older
// copy of the list at 0×0 for crawlers, which a reader must not count.

const spec: HotListSpec = {
  platform: 'douyin',
  links: [{ css: 'a[href^="/hot/"], a[href*="douyin.com/hot/"]', why: 'links to a hot topic page, list and side panel alike' }],
  entry: 'li',
  title: [
    { css: 'h3', why: 'hot list page: the topic heading' },
    { css: '[class*="title"], [class*="Title"]', why: 'older builds named the title class' },
  ],
  rank: [{ css: 'li > div > div:first-child, a > span:first-child', why: 'structure: the rank cell before the title' }],
  heat: [{ css: '[class*="hot-value"], [class*="hotValue"]', why: 'older builds named the heat class' }],
  pinned: [{ css: '[class*="top-icon"], [class*="pin"]', why: '置顶 badge by name' }, { css: 'span', why: 'structure: a 置顶 badge', text: /^\s*置顶\s*$/ }],
  promoted: [{ css: 'span', why: 'structure: an 广告 badge', text: /^\s*(广告|推广)\s*$/ }],
  // A video's caption links its 热点 topic to /hot/{id} too, without a heat figure: that is no place on the list.
  heatRequired: true,
};

export const douyinHot: HotListReader = {
  testUrls: ['http://www.douyin.com/hot'],
  read: (doc, only) => readHotList(doc, spec, only),
};
