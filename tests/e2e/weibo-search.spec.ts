import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { paintedRanges, waitForUnits } from './flagging-harness.ts';

// The staff's daily routine: searching the brand on s.weibo.com (weibo?q=青禾乳业). Its classic result cards are
// read by their own selectors; keyword <em>s split the name, and a long post's whole text is hidden until 展开.

const pageMutations = (page: Page) => page.evaluate(() => (window as unknown as { __pageMutations: unknown[] }).__pageMutations);

/** Ranges painted inside the long post's whole text (hidden until 展开). */
const rangesInWholeText = (page: Page) =>
  page.evaluate(() => {
    const whole = document.querySelector('[mid="5228485558850885"] [node-type="feed_list_content_full"]');
    let n = 0;
    for (const hl of CSS.highlights.values()) for (const r of hl) if (whole?.contains((r as Range).startContainer)) n++;
    return n;
  });

test.describe('Weibo search results', () => {
  test('the brand’s search results are flagged post by post; homonyms, other brands and non-post cards are not', async ({ extension, page }) => {
    await page.goto(`http://s.weibo.com/weibo?q=${encodeURIComponent('青禾乳业')}`);
    const units = await waitForUnits(extension, page, 4);
    const level = (key: string) => units.find((u) => u.key === key)?.level;
    expect(level('weibo:QbX7nA2Ke')).toBe('severe'); // 过敏住院 + 起诉, the same post and key as on the weibo.com feed
    expect(level('weibo:QbX2rB8wd')).toBeDefined(); // a long post: 抽检不合格, 召回, 投诉 past the cut
    expect(level('weibo:QbX3kD5wq')).toBeDefined(); // a repost naming 青禾
    expect(level('weibo:QbWy8Ds3k')).toBeDefined(); // 某禾乳业 客服
    for (const none of ['weibo:QbN4cD6eS', 'weibo:QbX5gC1aD', 'weibo:QbX4hB2mc']) expect(level(none)).toBeUndefined(); // 青禾苗, 乳业, 广告
    expect(units.some((u) => u.key.startsWith('weibo:h:'))).toBe(false);

    await expect.poll(() => paintedRanges(page)).toBeGreaterThanOrEqual(4);
    expect(await pageMutations(page)).toEqual([]);
  });

  test('展开 on a long post: the highlights move to the whole text the page now shows', async ({ extension, page }) => {
    await page.goto(`http://s.weibo.com/weibo?q=${encodeURIComponent('青禾乳业')}`);
    await waitForUnits(extension, page, 4);
    await expect.poll(() => paintedRanges(page)).toBeGreaterThanOrEqual(4);
    const before = await rangesInWholeText(page);
    // What the page's own 展开 handler does: hide the cut text, show the whole one.
    await page.evaluate(() => {
      const card = document.querySelector('[mid="5228485558850885"]')!;
      (card.querySelector('[node-type="feed_list_content"]') as HTMLElement).style.display = 'none';
      (card.querySelector('[node-type="feed_list_content_full"]') as HTMLElement).style.display = '';
    });
    await expect.poll(() => rangesInWholeText(page)).toBeGreaterThan(before);
  });
});
