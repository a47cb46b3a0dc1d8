import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// 插入回复框 on 小红书, 快手, B站 and 知乎 (issue 14): the suggested unified reply goes into the page's own reply box —
// the note's engage bar, the box under a video, a B站 thread's box three shadow roots down, a 知乎 Draft.js editor —
// through input events the page's own script records (each fixture's `__replyInputs`), and is never sent
// (`__replySends` counts clicks on the page's 发送 / 发布). Where the page shows a login wall instead of a box, the
// panel says so.

interface Seen { inputType: string; text: string; replyTo: string }
const inputs = (page: Page) => page.evaluate(() => (window as unknown as { __replyInputs: Seen[] }).__replyInputs);
const sends = (page: Page) => page.evaluate(() => (window as unknown as { __replySends: number }).__replySends);

/** Opens the unit holding `text` in the side panel and returns its best suggestion once the text is filled in. */
async function bestFor(panel: { open(l: Locator): Promise<Locator>; units: Locator }, text: string): Promise<{ best: Locator; reply: string }> {
  // The page is read at document_idle and analysed after: wait until the panel lists the unit (calm ones folded).
  await expect(panel.units.filter({ hasText: text })).not.toHaveCount(0, { timeout: 20_000 });
  const unit = await panel.open(panel.units.filter({ hasText: text }).first());
  const best = unit.getByTestId('reply-suggestion').first();
  await expect(best.getByTestId('reply-text')).toHaveValue(/\S/, { timeout: 15_000 });
  return { best, reply: await best.getByTestId('reply-text').inputValue() };
}

async function insert(best: Locator): Promise<void> {
  await best.getByTestId('insert-reply').click();
  await expect(best.getByTestId('reply-status')).toContainText('已插入回复框', { timeout: 15_000 });
}

test.describe('insert a unified reply on the new platforms', () => {
  test.beforeEach(async ({ api, extension }) => {
    await extension.connect(api.url, api.creds.token);
  });

  test('小红书: behind the login nag the panel says to log in; logged in, 回复 aims the engage bar at the comment', async ({ extension, page }) => {
    await page.goto('http://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz&xsec_source=app_share');
    const panel = await extension.openSidePanel(page);
    const { best, reply } = await bestFor(panel, '这次这瓶有股异味');
    await best.getByTestId('insert-reply').click();
    await expect(best.getByTestId('reply-status')).toContainText('页面要求登录', { timeout: 15_000 });
    expect(await page.locator('#content-textarea').count()).toBe(0);
    await panel.page.screenshot({ path: test.info().outputPath('panel-xhs-login.png'), fullPage: true }); // for a reviewer's eyes

    // The user logs in (the page drops its login modal); the same click now opens the composer and types the reply.
    await page.evaluate(() => document.querySelector('.login-modal')?.remove());
    await insert(best);
    await expect.poll(async () => (await inputs(page)).at(-1)).toEqual({ inputType: 'insertText', text: reply, replyTo: '爱喝酸奶的猫' });
    await expect(page.locator('#content-textarea')).toHaveText(reply);
    expect(await sends(page)).toBe(0);
  });

  test('快手: a comment’s reply goes into the inline box its 回复 opens, not the box under the video', async ({ extension, page }) => {
    await page.goto('http://www.kuaishou.com/short-video/3xqinghe2026abc');
    const panel = await extension.openSidePanel(page);
    const { best, reply } = await bestFor(panel, '我们这边买的青禾也有股异味');
    await insert(best);
    await expect.poll(async () => (await inputs(page)).at(-1)).toEqual({ inputType: 'insertText', text: reply, replyTo: '小雨点' });
    await expect(page.locator('.reply-input textarea')).toHaveValue(reply);
    await expect(page.locator('.comment-input:not(.reply-input) textarea')).toHaveValue('');
    expect(await sends(page)).toBe(0);
  });

  test('B站: a comment’s reply goes into the box its 回复 opens in the thread, inside nested shadow roots', async ({ extension, page }) => {
    await page.goto('http://www.bilibili.com/video/BV1Qh411q7Hx/');
    const panel = await extension.openSidePanel(page);
    const { best, reply } = await bestFor(panel, '青禾的酸奶我一直在喝');
    await insert(best);
    await expect.poll(async () => (await inputs(page)).at(-1)).toEqual({ inputType: 'insertText', text: reply, replyTo: '路人乙' });
    // Playwright's CSS engine pierces open shadow roots: the thread's box holds the text, the header box none.
    await expect(page.locator('#reply-container .brt-editor')).toHaveText(reply);
    await expect(page.locator('#commentbox .brt-editor')).toHaveText('');
    expect(await sends(page)).toBe(0);
    await panel.page.screenshot({ path: test.info().outputPath('panel-bilibili.png'), fullPage: true }); // for a reviewer's eyes
  });

  test('知乎: a comment’s reply goes into the Draft.js editor its 回复 opens under it', async ({ extension, page }) => {
    await page.goto('http://www.zhihu.com/question/650012345/answer/3400112233');
    const panel = await extension.openSidePanel(page);
    const { best, reply } = await bestFor(panel, '孩子腹泻两天');
    await insert(best);
    await expect.poll(async () => (await inputs(page)).at(-1)).toEqual({ inputType: 'insertText', text: reply, replyTo: '奶粉妈妈' });
    await expect(page.locator('[data-id="10425500001"] > .css-inline-editor .public-DraftEditor-content')).toHaveText(reply);
    await expect(page.locator('.css-a9opxf .public-DraftEditor-content')).toHaveText('');
    expect(await sends(page)).toBe(0);
  });
});
