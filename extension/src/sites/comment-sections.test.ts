// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { commentSections } from './comment-sections.ts';

// Where a news page keeps its reader comments (issue 4): boxes a label or a comment form gives away, and look-alikes
// in the article or the page chrome that are none.

const ARTICLE = '<h1>青禾乳业潍坊牧场通过有机认证</h1><div class="content"><p>记者22日获悉，青禾乳业潍坊牧场通过国家有机产品认证，成为全市第三家获得认证的规模化牧场。</p></div>';
const LIST = '<ul><li><span>潍坊网友</span><p>牧场就在我们村边上，环境确实搞得不错。</p><span>2026-11-22 15:21</span></li><li><span>白浪河畔</span><p>有机认证每年都要复审吧？</p><span>2026-11-22 16:08</span></li></ul>';

const sectionsIn = (html: string) => {
  document.title = '青禾乳业潍坊牧场通过有机认证_潍坊新闻网';
  document.body.innerHTML = html;
  return commentSections(document).map((s) => s.id);
};

describe('commentSections', () => {
  test.each([
    ['a 我来说两句 box around a textarea', `${ARTICLE}<div id="box"><div><textarea placeholder="文明上网，理性发言"></textarea><a>发表评论</a></div>${LIST}</div>`],
    ['a list headed 评论（23） in a plain span', `${ARTICLE}<div id="box"><div><span>评论（23）</span><a>写评论</a></div>${LIST}</div>`],
    ['a box labelled 我来说两句 in bold', `${ARTICLE}<div id="box"><b>我来说两句</b>${LIST}</div>`],
  ])('%s is a comment section', (_, html) => {
    expect(sectionsIn(html)).toEqual(['box']);
  });

  test.each([
    ['bold words that open a paragraph', `<h1>青禾乳业召回事件述评</h1><div id="body"><p><strong>评论：</strong>这次召回说明，冷链是乳企的生命线，省不得，也等不得，企业要拿出真金白银补短板。</p></div>`],
    ['a search box', `<div id="top"><input placeholder="请输入关键词"><a>搜索</a><a>首页</a><a>新闻中心</a><a>政务公开</a><a>互动交流</a></div>${ARTICLE}`],
    ['a comment form in the article’s own column', `<div id="col">${ARTICLE}<div><textarea placeholder="我来说两句"></textarea></div></div>`],
    ['a 正文 · 评论 row above the body', `<div id="col"><h1>青禾乳业潍坊牧场通过有机认证</h1><div><b>评论</b></div><div id="body"><p>记者22日获悉，青禾乳业潍坊牧场通过国家有机产品认证，成为全市第三家获得认证的规模化牧场。</p><p>据了解，该牧场存栏奶牛2600头，饲草全部来自周边合作社种植的有机苜蓿，全部实现可追溯。</p></div></div>`],
  ])('%s is none', (_, html) => {
    expect(sectionsIn(html)).toEqual([]);
  });
});
