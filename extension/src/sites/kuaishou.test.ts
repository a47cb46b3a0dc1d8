// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { kuaishou as site } from './kuaishou.ts';

const video = 'http://www.kuaishou.com/short-video/3xqinghe2026abc';

describe('快手 adapter', () => {
  test('the video from __APOLLO_STATE__ while its script is there, else from the DOM; same key either way', () => {
    const doc = loadFixture(video);
    const [post] = site.findUnits(doc, fixtureNow);
    expect(post).toMatchObject({
      key: 'kuaishou:3xqinghe2026abc', text: '青禾牛奶喝完孩子上吐下泻，市场监管局已经介入了 #青禾乳业',
      author: { name: '奶爸老陈', id: '3xauthor88' }, publishedAt: '2026-11-21T07:50:00.000Z', counts: { likes: 23_104, views: 456_000 },
      debug: { matched: { state: '__APOLLO_STATE__.defaultClient' } },
    });
    // The page's script removes itself once it has run.
    doc.querySelector('script')?.remove();
    const [dom] = site.findUnits(doc, fixtureNow);
    expect(dom).toMatchObject({ key: post?.key, text: post?.text, author: { name: '奶爸老陈' }, publishedAt: '2026-11-21T09:40:00.000Z', counts: { likes: 23_000 } });
  });

  test('server-rendered comments with author profile ids, times and likes (赞 = 0); a removed video', () => {
    const [, ...comments] = site.findUnits(loadFixture(video), fixtureNow);
    expect(comments.map((c) => [c.author?.id, c.counts?.likes, c.publishedAt])).toEqual([
      ['3xuser01', 326, '2026-11-22T04:40:00.000Z'], ['3xuser02', 0, '2026-11-22T05:40:00.000Z'], ['3xuser03', 12, '2026-11-22T06:40:00.000Z'],
    ]);
    expect(site.pageStatus?.(loadFixture(site.testUrls[1]!))).toEqual({ status: 'deleted', message: '作品已删除' });
  });
});
