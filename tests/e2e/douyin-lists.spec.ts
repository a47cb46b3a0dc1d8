import type { Page } from '@playwright/test';
import { serveHttpsFromFixtures } from '../support/fixture-server.ts';
import { expect, test } from './fixtures.ts';
import { paintedRanges, tabUnits, waitForUnits } from './flagging-harness.ts';

// Douyin search results and a creator's profile (douyin-lists.ts): the saved pages at their real paths, keyword and
// sec_uid included; a result opened in the page's modal (?modal_id=) with its comments.

const pageMutations = (page: Page) => page.evaluate(() => (window as unknown as { __pageMutations: unknown[] }).__pageMutations);

test.describe('flagging Douyin lists', () => {
  test.beforeEach(async ({ page, fixtureServer }) => {
    await serveHttpsFromFixtures(page, fixtureServer.url, 'www.douyin.com');
  });

  test('search 综合: each result naming the brand once; accounts, live rooms, 相关搜索 and 青禾苗 are not units', async ({ extension, page }) => {
    await page.goto('https://www.douyin.com/search/青禾乳业?type=general');
    const units = await waitForUnits(extension, page, 4);
    expect(units.map((u) => u.key).sort()).toEqual([
      'douyin:7431234567890123456', 'douyin:7438765432109876543', 'douyin:7441000000000000103', 'douyin:7441000000000000104',
    ]);
    expect(units.find((u) => u.key === 'douyin:7438765432109876543')?.author).toBe('二胎妈妈日常');
    await expect.poll(() => paintedRanges(page)).toBeGreaterThanOrEqual(units.length);
    expect(await pageMutations(page)).toEqual([]);
  });

  test('search 视频 with a result open in the modal: the modal video and its comments, keyed by its aweme id', async ({ extension, page }) => {
    await page.goto('https://www.douyin.com/root/search/青禾乳业?type=video&modal_id=7441000000000000201');
    const units = await waitForUnits(extension, page, 5);
    const keys = units.map((u) => u.key);
    expect(keys.filter((k) => k === 'douyin:7441000000000000201')).toHaveLength(1);
    expect(keys).toEqual(expect.arrayContaining(['douyin:7441000000000000202', 'douyin:7431234567890123456', 'douyin:7441000000000000204']));
    expect(units.find((u) => u.text.startsWith('我家也一直喝青禾'))?.key).toMatch(/^douyin:c:7441000000000000201:/);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await pageMutations(page)).toEqual([]);
  });

  test('a creator’s profile: the posts naming the brand, by the profile’s owner; 青禾田 is not one', async ({ extension, page }) => {
    await page.goto('https://www.douyin.com/user/MS4wLjABAAAAQhTest0Reviewer');
    const units = await waitForUnits(extension, page, 3);
    expect(units.map((u) => u.key).sort()).toEqual(['douyin:7431234567890123456', 'douyin:7441000000000000302', 'douyin:7441000000000000303']);
    expect(units.every((u) => u.author === '测评君小北')).toBe(true);
    const panel = await extension.openSidePanel(page);
    await expect(panel.units).toHaveCount((await tabUnits(extension, page)).length);
    expect(await pageMutations(page)).toEqual([]);
  });
});
