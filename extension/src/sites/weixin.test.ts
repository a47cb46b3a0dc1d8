// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { normalizeText } from '@vigil/shared/engine/normalize-text';
import { compilePack, matchPack } from '@vigil/shared/engine/rules';
import { fixtureNow, loadFixture, pageAt } from './fixture-doc.ts';
import { weixinNotePages } from './social-layout-pages-weixin.ts';
import { weixin as site } from './weixin.ts';

describe('微信公众号 adapter', () => {
  test('title + body, the account, var ct as the publish time, and no guessed counts', () => {
    const [article] = site.findUnits(loadFixture(site.testUrls[0]!), fixtureNow);
    expect(article).toMatchObject({
      key: 'weixin:9f3c2a7b1e0d4c5a', kind: 'article', author: { name: '青禾消费者之声', id: 'gh_6b2a1c9d0e3f' },
      publishedAt: '2026-11-22T08:00:00.000Z', permalink: expect.stringContaining('sn=9f3c2a7b1e0d4c5a'),
    });
    expect(article?.counts).toBeUndefined();
    expect(article?.countsUnavailable).toMatch(/阅读/);
    expect(article?.text.split('\n')[0]).toBe('关于部分批次低温酸奶召回的公告');
  });

  test.each([
    [1, 'deleted', '该内容已被发布者删除'],
    [2, 'blocked', '此内容因违规无法查看'],
  ])('removal page %i is %s', (i, status, message) => {
    const doc = loadFixture(site.testUrls[i]!);
    expect(site.findUnits(doc, fixtureNow)).toEqual([]);
    expect(site.pageStatus?.(doc)).toEqual({ status, message });
  });

  // The outcome the note cut is for: the page names 青禾乳业 only in a 来源 / 文字 / 图片来源 note after the last sentence.
  const pack = compilePack(demoPack);
  const brands = (text: string) => matchPack(pack, normalizeText(text)).mentions.map((m) => m.brand);
  test.each(weixinNotePages.filter((p) => !p.units[0]?.text.includes('青禾')).map((p) => [p.name, p] as const))('%s: a brand named only in the closing notes flags no article', (_, p) => {
    const doc = pageAt(p.url, p.html);
    expect(brands(doc.querySelector('#js_content')?.textContent ?? '')).toContain('青禾乳业');
    const [article] = site.findUnits(doc, fixtureNow);
    expect(brands(article?.text ?? '')).toEqual([]);
  });
});
