import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures.ts';
import { serveHttpsFromFixtures } from '../support/fixture-server.ts';

// The five platforms of issue 14 in the built extension, on saved pages served at their real hostnames: each page
// is flagged (levels in the tab state, highlights painted, B站 comments inside nested shadow roots included) with
// no DOM mutation the page can see, and each platform's removal page sets the tab's pageStatus.

interface TabState {
  units: { key: string; level: string; text: string; publishedAt?: string; counts?: Record<string, number> }[];
  pageStatus?: { status: string; message: string };
  loginWall?: string;
}

async function tabState(extension: Extension, page: Page): Promise<TabState | undefined> {
  const tabId = await extension.tabIdOf(page);
  return extension.evaluate(async (id) => {
    const key = `tab:${id}`;
    return (await chrome.storage.session.get(key))[key] as TabState | undefined;
  }, tabId);
}

/** Ranges painted per highlight, as the page itself can see them through CSS.highlights. */
const paintedRanges = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
const pageMutations = (page: Page) => page.evaluate(() => (window as unknown as { __pageMutations: unknown[] }).__pageMutations);

const pages = [
  ['小红书', 'http://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz&xsec_source=app_share', 'xiaohongshu:6741a2b3000000001e03c9f1', 2],
  ['快手', 'http://www.kuaishou.com/short-video/3xqinghe2026abc', 'kuaishou:3xqinghe2026abc', 1],
  ['B站', 'http://www.bilibili.com/video/BV1Qh411q7Hx/', 'bilibili:BV1Qh411q7Hx', 3],
  ['知乎', 'http://www.zhihu.com/question/650012345/answer/3400112233', 'zhihu:answer:3400112233', 1],
  ['公众号', 'http://mp.weixin.qq.com/s/Qh2026QingheNotice01', 'weixin:9f3c2a7b1e0d4c5a', 1],
] as const;

test.describe('five more platforms', () => {
  for (const [name, url, key, atLeast] of pages) {
    test(`${name}: the brand's posts and comments are flagged and highlighted, the page sees no change`, async ({ extension, page }) => {
      await page.goto(url);
      await expect.poll(async () => (await tabState(extension, page))?.units.length ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(atLeast);
      const state = (await tabState(extension, page))!;
      expect(['moderate', 'severe']).toContain(state.units.find((u) => u.key === key)?.level);
      expect(state.pageStatus).toEqual({ status: 'online', message: '' });
      await expect.poll(() => paintedRanges(page)).toBeGreaterThanOrEqual(atLeast);
      expect(await pageMutations(page)).toEqual([]);
    });
  }

  test('B站: comments inside nested shadow roots are units, painted inside their shadow tree', async ({ extension, page }) => {
    await page.goto('http://www.bilibili.com/video/BV1Qh411q7Hx/');
    await expect.poll(async () => (await tabState(extension, page))?.units.map((u) => u.text) ?? [], { timeout: 10_000 })
      .toContain('抽检不合格还敢卖，市场监管部门要严查青禾[生气]');
    // The painted range of that comment starts inside a shadow root, which adopted the highlight styles.
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).startContainer.getRootNode() instanceof ShadowRoot)))).toBe(true);
  });

  test('快手: the video comes from __APOLLO_STATE__ although its script removed itself long before the page was read', async ({ extension, page }) => {
    await page.goto('http://www.kuaishou.com/short-video/3xqinghe2026abc');
    expect(await page.evaluate(() => Array.from(document.scripts).some((s) => s.text.includes('__APOLLO_STATE__')))).toBe(false);
    // The state's exact publish time (ms) and like count, not the DOM's 1天前 and 2.3万.
    await expect.poll(async () => (await tabState(extension, page))?.units.find((u) => u.key === 'kuaishou:3xqinghe2026abc'), { timeout: 10_000 })
      .toMatchObject({ publishedAt: '2026-11-21T07:50:00.000Z', counts: { likes: 23_104, views: 456_000 } });
    expect(await pageMutations(page)).toEqual([]);
  });

  for (const [url, status] of [
    ['http://www.xiaohongshu.com/explore/6741a2b3000000001e03dead', 'deleted'],
    ['http://www.kuaishou.com/short-video/3xqinghe2026del', 'deleted'],
    ['http://www.bilibili.com/video/BV1Qh411q7De/', 'deleted'],
    ['http://www.zhihu.com/question/650012345/answer/3400119999', 'blocked'],
    ['http://mp.weixin.qq.com/s/Qh2026QingheDeleted', 'deleted'],
    ['http://mp.weixin.qq.com/s/Qh2026QingheBlocked', 'blocked'],
    ['http://weibo.com/5678901234/QbGone0001/', 'deleted'],
    // douyin.com is on Chromium's HSTS preload list: its https page is answered from the fixture server below.
    ['https://www.douyin.com/video/7430000000000000404/', 'deleted'],
  ] as const) {
    test(`removal page ${new URL(url).host}${new URL(url).pathname} is ${status} in the tab state`, async ({ extension, page, fixtureServer }) => {
      await serveHttpsFromFixtures(page, fixtureServer.url, 'www.douyin.com');
      await page.goto(url);
      await expect.poll(async () => (await tabState(extension, page))?.pageStatus?.status, { timeout: 10_000 }).toBe(status);
    });
  }
});
