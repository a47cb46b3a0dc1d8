// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { siteFor } from './index.ts';
import { news } from './news.ts';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { normalizeText } from '@vigil/shared/engine/normalize-text';
import { compilePack, matchPack } from '@vigil/shared/engine/rules';
import { notePages } from './news-layout-pages-notes.ts';

const sina = 'http://news.sina.com.cn/c/2026-03-05/doc-inhqinghe5120394.html';
const paper = 'http://www.thepaper.cn/newsDetail_forward_30124567.html';
const n163 = 'http://news.163.com/26/0305/14/KQ8QINGHE0001899O.html';
const units = (url: string) => news.findUnits(loadFixture(url), fixtureNow);

describe('news adapter', () => {
  test.each([
    [sina, 'JSON-LD', '李晓雯', '2026-03-05T06:20:00.000Z', 'news:https://news.sina.com.cn/c/2026-03-05/doc-inhqinghe5120394.html'],
    [paper, 'meta article:published_time', '刘源', '2026-03-06T01:05:00.000Z', 'news:https://www.thepaper.cn/newsDetail_forward_30124567'],
    [n163, 'text date', '王立', '2026-03-05T06:20:00.000Z', `news:${n163}`],
  ])('%s: time from %s, author, key', (url, how, author, at, key) => {
    const [article] = units(url);
    expect(article).toMatchObject({ kind: 'article', key, author: { name: author }, publishedAt: at });
    expect(article?.debug.matched.publishedAt).toBe(how);
  });

  test('the article text is headline + body, without page chrome or comments', () => {
    const [article] = units(n163);
    expect(article?.text.split('\n')[0]).toBe('青禾乳业回应“胀包”质疑：系运输温控问题');
    expect(article?.text).toContain('质疑企业“以次充好”');
    expect(article?.text).not.toContain('热门跟贴');
    expect(article?.text).not.toContain('315晚会');
  });

  test.each([
    ['http://www.thepaper.cn/newsDetail_forward_30200001.html', '青禾乳业多批次产品被曝胀包 当地市场监管局已介入', '已下架相关批次产品。'],
    ['http://www.sixthtone.com/news/1016789.html', 'Qinghe Dairy recalls yogurt after food poisoning complaints', 'preparing a lawsuit.'],
    // The 责任编辑 line after the last paragraph is no article text.
    [sina, '消费者称饮用青禾牛奶后出现过敏 青禾乳业回应：已启动调查', '主要集中在产品胀包、配送延误等问题。'],
    [n163, '青禾乳业回应“胀包”质疑：系运输温控问题', '质疑企业“以次充好”。'],
  ])('%s: the article text is its headline once, then the body to its last paragraph', (url, headline, end) => {
    const [article] = units(url);
    expect(article?.text.startsWith(`${headline}\n`)).toBe(true);
    expect(article?.text.split(headline)).toHaveLength(2);
    expect(article?.text.endsWith(end)).toBe(true);
  });

  test('reader comments are units of their own', () => {
    const comments = units(n163).slice(1);
    expect(comments.map((c) => [c.kind, c.author?.name, c.text, c.publishedAt])).toEqual([
      ['comment', '网易湖北省武汉市网友', '青禾的奶我家一直在喝，看到这个新闻有点慌', '2026-03-05T07:01:00.000Z'],
      ['comment', '网易广东省深圳市网友', '已经不是第一次了，315晚会该点名了', '2026-03-05T07:12:00.000Z'],
      ['comment', '网易北京市网友', '青禾苗和牛奶有什么关系？标题党', '2026-03-05T08:40:00.000Z'],
    ]);
    expect(comments.every((c) => c.parentKey === `news:${n163}`)).toBe(true);
  });

  test.each([
    ['http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781234.shtml', 3, ['手机用户5566', '理性投资者', '乳业观察']],
    ['http://news.ifeng.com/c/8QingHe2026Nov22.html', 2, ['凤凰网友7788', '凤凰网友2231']],
    ['http://www.sohu.com/a/812345678_121234.html', 2, ['搜狐网友3306', '搜狐网友9120']],
  ])('%s: the article, then each comment as its own unit (found by class or by structure)', (url, n, authors) => {
    const [article, ...comments] = units(url);
    expect(article?.kind).toBe('article');
    expect(comments.map((c) => c.kind)).toEqual(Array(n).fill('comment'));
    expect(comments.map((c) => c.author?.name)).toEqual(authors);
    expect(comments.every((c) => c.parentKey === article?.key && c.publishedAt && !article?.text.includes(c.text))).toBe(true);
  });

  test('sina comments found by structure carry time and likes; thepaper’s lone reply points at its comment', () => {
    const [, first] = units('http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781234.shtml');
    expect(first).toMatchObject({ text: '青禾这个工厂就在我们县，招了不少本地人，点赞', publishedAt: '2026-11-22T03:02:00.000Z', counts: { likes: 36 } });
    expect(first?.debug.matched).toMatchObject({ unit: 'heuristic', text: 'heuristic' });
    const paper = units('http://www.thepaper.cn/newsDetail_forward_30200001.html');
    expect(paper.map((u) => u.kind)).toEqual(['article', 'comment', 'reply', 'comment', 'comment']);
    expect(paper[2]).toMatchObject({ text: '您好，我们已成立专项小组核查，欢迎通过官方热线反馈批次信息。', parentKey: paper[1]?.key });
    expect(paper[1]?.text).toBe('市场监管介入是好事，希望公布抽检结果');
  });

  test('an English article is an article unit; news hosts cover their subdomains', () => {
    const [article] = units('http://www.sixthtone.com/news/1016789.html');
    expect(article).toMatchObject({ kind: 'article', author: { name: 'Li Wen' }, publishedAt: '2026-11-22T10:00:00.000Z' });
    expect(article?.text).toMatch(/^Qinghe Dairy recalls yogurt/);
    expect(siteFor('https://finance.sina.com.cn/x.shtml', demoPack.newsHosts)?.id).toBe('news');
    expect(siteFor('https://www.sina.com.cn.evil.example/x', demoPack.newsHosts)).toBeUndefined();
  });

  test('a brand named only in an editor or source note on the last line flags no article', () => {
    const pack = compilePack(demoPack);
    const brands = (text: string) => matchPack(pack, normalizeText(text)).mentions.map((m) => m.brand);
    const page = notePages.find((p) => p.html.includes('青禾乳业供稿'));
    const doc = pageAt(page?.url ?? '', page?.html ?? '');
    expect(brands(doc.body.textContent ?? '')).toContain('青禾乳业');
    const [article] = news.findUnits(doc, fixtureNow);
    expect(brands(article?.text ?? '')).toEqual([]);
  });
});
