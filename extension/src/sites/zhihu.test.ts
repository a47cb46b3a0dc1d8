// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { zhihu as site } from './zhihu.ts';

describe('知乎 adapter', () => {
  test('an answer from data-zop, data-za-extra-module and microdata (ISO dates)', () => {
    const [question, answer] = site.findUnits(loadFixture(site.testUrls[0]!), fixtureNow);
    // Above the answer, its question (a title without detail) is a post of its own.
    expect(question).toMatchObject({ key: 'zhihu:question:650012345', kind: 'post', text: '如何看待青禾乳业抽检不合格？', permalink: 'https://www.zhihu.com/question/650012345' });
    expect(answer).toMatchObject({
      key: 'zhihu:answer:3400112233', kind: 'post', author: { name: '乳业从业十年' }, publishedAt: '2026-11-22T06:30:00.000Z',
      counts: { likes: 1872, comments: 236 }, permalink: 'https://www.zhihu.com/question/650012345/answer/3400112233',
    });
    expect(answer?.text).toMatch(/^利益相关，在乳企做过品控。\n青禾乳业这次/);
  });

  test('the comments a reader opened under the answer: author, time, likes (赞 = 0), permalink, child replies', () => {
    const [, answer, ...comments] = site.findUnits(loadFixture(site.testUrls[0]!), fixtureNow);
    const a = 'https://www.zhihu.com/question/650012345/answer/3400112233';
    expect(comments.map((c) => ({ key: c.key, kind: c.kind, author: c.author?.name, id: c.author?.id, at: c.publishedAt, likes: c.counts?.likes, permalink: c.permalink, parent: c.parentKey }))).toEqual([
      { key: 'zhihu:comment:10425500001', kind: 'comment', author: '奶粉妈妈', id: 'milk-mom-2020', at: '2026-11-22T07:02:00.000Z', likes: 128, permalink: `${a}#comment-10425500001`, parent: answer?.key },
      { key: 'zhihu:comment:10425500002', kind: 'reply', author: '青禾乳业客服', id: 'qinghe-service', at: '2026-11-22T07:40:00.000Z', likes: 0, permalink: `${a}#comment-10425500002`, parent: 'zhihu:comment:10425500001' },
      { key: 'zhihu:comment:10425500003', kind: 'comment', author: '理性看待', id: 'rational-view', at: '2026-11-22T08:10:00.000Z', likes: 45, permalink: `${a}#comment-10425500003`, parent: answer?.key },
      { key: 'zhihu:comment:10425500004', kind: 'comment', author: '路人甲', id: 'passerby-a', at: '2026-11-22T08:40:00.000Z', likes: 3, permalink: `${a}#comment-10425500004`, parent: answer?.key },
    ]);
    // A root comment's text is its own, not its child reply's; the answer's text holds no comment.
    expect(comments[0]?.text).toBe('同批次的我家也喝了，孩子腹泻两天，青禾到现在都没给说法');
    expect(answer?.text).not.toContain('腹泻');
  });

  test('a zhuanlan article; the login modal is noted, not clicked; a removed answer is blocked', () => {
    const [article] = site.findUnits(loadFixture(site.testUrls[1]!), fixtureNow);
    expect(article).toMatchObject({ key: 'zhihu:article:700123456', kind: 'article', publishedAt: '2026-11-21T02:00:00.000Z', permalink: 'https://zhuanlan.zhihu.com/p/700123456' });
    const doc = loadFixture(site.testUrls[0]!);
    expect(site.detectLoginWall(doc)?.message).toMatch(/登录/);
    expect(doc.querySelector('.Modal-wrapper')).not.toBeNull();
    expect(site.pageStatus?.(loadFixture(site.testUrls[2]!))?.status).toBe('blocked');
  });

  test('search results: answers and articles keyed by their ids, excerpt words, author and url token, ISO time, votes on the button', () => {
    const q = (qid: string, aid: string) => `https://www.zhihu.com/question/${qid}/answer/${aid}`;
    const units = site.findUnits(loadFixture(site.testUrls[3]!), fixtureNow);
    expect(units.map((u) => [u.key, u.kind, u.author?.name, u.author?.id, u.publishedAt, u.counts, u.permalink, u.truncated])).toEqual([
      ['zhihu:answer:3400112233', 'post', '乳业从业十年', 'dairy-10y', '2026-11-22T06:30:00.000Z', { likes: 12_000, comments: 236 }, q('650012345', '3400112233'), true],
      ['zhihu:article:700234567', 'article', '食安研究所', 'food-safety-lab', '2026-11-21T02:00:00.000Z', { likes: 856, comments: 0 }, 'https://zhuanlan.zhihu.com/p/700234567', true],
      ['zhihu:answer:3400188776', 'post', '营养师阿敏', 'nutritionist-min', '2026-11-20T12:15:00.000Z', { likes: 0, comments: 12 }, q('650023456', '3400188776'), true],
      ['zhihu:answer:3400199001', 'post', '酸奶星人', 'yogurt-star', '2026-11-18T01:00:00.000Z', { likes: 3456, comments: 98 }, q('650034567', '3400199001'), true],
      ['zhihu:answer:3400177002', 'post', '种菜达人老周', 'veg-zhou', '2026-11-22T09:10:00.000Z', { likes: 45, comments: 3 }, q('650045678', '3400177002'), true],
    ]);
    // An answer's words are its excerpt (the question is the asker's); an article's title is its own, ems and all.
    expect(units[0]?.text).toBe('乳业从业十年：利益相关，在乳企做过品控。青禾乳业这次被市场监管局通报抽检不合格，问题出在冷链，涉事批次已经召回…');
    expect(units[1]?.text).toBe('青禾乳业召回事件复盘：三个没说清的问题\n食安研究所：召回公告发布三天后，青禾还有几个问题没有说清楚：批次范围、检测机构和赔付标准…');
    expect(units.some((u) => /阅读全文|赞同|评论/.test(u.text))).toBe(false);
    // The 知乎用户, 话题 and 相关搜索 cards name the brand and are no units; the page is online.
    expect(units.some((u) => /官方|关注|相关搜索/.test(u.text))).toBe(false);
    expect(site.pageStatus?.(loadFixture(site.testUrls[3]!))).toEqual({ status: 'online', message: '' });
  });

  // A question page is its question, answers or none; an error page's heading at a question URL is no question.
  const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>知乎</title></head><body><div id="root"><main>${body}</main></div></body></html>`;
  const asked = page(`<div class="QuestionPage" itemscope itemtype="http://schema.org/Question"><meta itemprop="url" content="https://www.zhihu.com/question/690000001">
<div class="css-1qyytj7"><h1 class="css-1kmjdsh">青禾乳业的酸奶因违规被下架了吗？</h1><div class="css-eew49z"><span class="css-1g0fqss">超市货架上一盒都没有了，有人知道原因吗</span></div><button type="button">写回答</button></div>
<div class="css-1fbz2yu"><div class="css-xkmxch">还没有回答</div></div></div>`);
  const gone = page('<div class="ErrorPage"><h1 class="ErrorPage-title">404</h1><div class="ErrorPage-subtitle">你似乎来到了没有知识存在的荒原</div><a href="/">去往首页</a></div>');
  test.each([
    ['a question without answers, its detail quoting 违规', asked, ['青禾乳业的酸奶因违规被下架了吗？\n超市货架上一盒都没有了，有人知道原因吗'], 'online'],
    ['the 404 page at a question URL', gone, [], 'deleted'],
  ])('%s', (_, html, texts, status) => {
    const doc = pageAt('https://www.zhihu.com/question/690000001', html);
    expect(site.findUnits(doc, fixtureNow).map((u) => u.text)).toEqual(texts);
    expect(site.pageStatus?.(doc).status).toBe(status);
  });
});
