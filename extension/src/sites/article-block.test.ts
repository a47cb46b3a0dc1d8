// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isLinkBlock, isSiteName } from './article-block.ts';

// Chrome inside an article container (issue 4): what the article text leaves out, and what it keeps; logos in h1s.

const first = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild as Element;
};

describe('isLinkBlock', () => {
  test.each([
    ['<div><p>【相关阅读】</p><ul><li><a href="/a">青禾乳业沧县工厂扩建项目开工</a></li></ul></div>'],
    ['<div class="ad"><a href="http://ad.example.com/"><span>广告</span><img alt="信用卡"></a></div>'],
    ['<a href="//www.sohu.com/" id="backsohucom">返回搜狐，查看更多</a>'],
    ['<p><a href="/special/qinghe">点击进入专题：青禾乳业胀包事件</a></p>'],
  ])('%s is chrome', (html) => {
    expect(isLinkBlock(first(html))).toBe(true);
  });

  test.each([
    ['<p>据<a href="http://www.news.cn/">新华社</a>报道，青禾乳业22日宣布召回两个批次纯牛奶。</p>'],
    ['<p>（来源：<a href="http://www.news.cn/">新华社</a>）</p>'],
    ['<p>青禾乳业表示，将在三个月内完成华北冷链自建。</p>'],
    ['<span><a href="/u/1">青禾乳业</a></span>'],
  ])('%s is part of the article', (html) => {
    expect(isLinkBlock(first(html))).toBe(false);
  });
});

describe('isSiteName', () => {
  const heading = (title: string, text: string, head = '') => {
    document.head.innerHTML = `<title>${title}</title>${head}`;
    return first(`<h1>${text}</h1>`);
  };

  test.each([
    ['青禾乳业在沧州启动送奶进社区活动-中国新闻网', '中国新闻网', ''],
    ['青禾乳业回应“胀包”质疑--财经--人民网', '人民网', ''],
    ['澎湃新闻 - 青禾乳业的冷链难题', '澎湃新闻', ''],
    ['青禾乳业长沙冷链仓投用', '潇湘晨报', '<meta property="og:site_name" content="潇湘晨报">'],
  ])('in a page titled %s, an h1 of %s is the site’s logo', (title, text, head) => {
    expect(isSiteName(heading(title, text, head))).toBe(true);
  });

  test.each([
    ['青禾乳业在沧州启动送奶进社区活动-中国新闻网', '青禾乳业在沧州启动送奶进社区活动'],
    ['澎湃新闻 - 青禾乳业的冷链难题', '青禾乳业的冷链难题'],
    ['青禾乳业的冷链难题', '青禾乳业的冷链难题'],
  ])('in a page titled %s, an h1 of %s is a headline', (title, text) => {
    expect(isSiteName(heading(title, text))).toBe(false);
  });
});
