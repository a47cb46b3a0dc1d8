// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { zhihu as site } from './zhihu.ts';

describe('知乎 adapter', () => {
  test('an answer from data-zop, data-za-extra-module and microdata (ISO dates)', () => {
    const [answer] = site.findUnits(loadFixture(site.testUrls[0]!), fixtureNow);
    expect(answer).toMatchObject({
      key: 'zhihu:answer:3400112233', kind: 'post', author: { name: '乳业从业十年' }, publishedAt: '2026-11-22T06:30:00.000Z',
      counts: { likes: 1872, comments: 236 }, permalink: 'https://www.zhihu.com/question/650012345/answer/3400112233',
    });
    expect(answer?.text).toMatch(/^利益相关，在乳企做过品控。\n青禾乳业这次/);
  });

  test('a zhuanlan article; the login modal is noted, not clicked; a removed answer is blocked', () => {
    const [article] = site.findUnits(loadFixture(site.testUrls[1]!), fixtureNow);
    expect(article).toMatchObject({ key: 'zhihu:article:700123456', kind: 'article', publishedAt: '2026-11-21T02:00:00.000Z', permalink: 'https://zhuanlan.zhihu.com/p/700123456' });
    const doc = loadFixture(site.testUrls[0]!);
    expect(site.detectLoginWall(doc)?.message).toMatch(/登录/);
    expect(doc.querySelector('.Modal-wrapper')).not.toBeNull();
    expect(site.pageStatus?.(loadFixture(site.testUrls[2]!))?.status).toBe('blocked');
  });
});
