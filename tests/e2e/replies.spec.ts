import type { Page } from '@playwright/test';
import type { ApiServer } from '../support/api-server.ts';
import { expect, test } from './fixtures.ts';
import { serveHttpsFromFixtures } from '../support/fixture-server.ts';

// Approved unified replies in the browser (issue 5): the demo seed approves four 青禾乳业 replies and leaves one
// draft. The fixture pages get the reply box their site would open (a Weibo comment composer under the card, the
// Douyin comment input under the video) with the page's own input handler recording what it sees.

type Recorded = { __replyInputs: string[] };

async function installWeiboComposer(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Recorded;
    w.__replyInputs = [];
    for (const icon of document.querySelectorAll('[class*="_commentIcon_"]')) {
      const card = icon.closest('article')!;
      icon.closest('[role="button"]')!.addEventListener('click', () => {
        if (card.querySelector('textarea')) return;
        const box = document.createElement('textarea');
        box.className = 'Form_input_2gtXx';
        box.addEventListener('input', () => w.__replyInputs.push(box.value));
        card.append(box);
      });
    }
  });
}

async function installDouyinInput(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Recorded;
    w.__replyInputs = [];
    const wrap = document.createElement('div');
    wrap.setAttribute('data-e2e', 'comment-input');
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.addEventListener('input', () => w.__replyInputs.push(editor.textContent ?? ''));
    wrap.append(editor);
    document.body.append(wrap);
  });
}

const lastInput = (page: Page) => page.evaluate(() => (window as unknown as Recorded).__replyInputs.at(-1) ?? null);

/** The PR lead's API headers (a token made with the CLI, as an admin would). */
async function leadHeaders(api: ApiServer): Promise<Record<string, string>> {
  const out = await api.cli(['token', 'create', '--email', api.user('pr_lead').email]);
  return { authorization: `Bearer ${/vgl_\S+/.exec(out)?.[0]}` };
}

/** The uses of the reply titled `title`, newest first, read as the PR lead through the API. */
async function usesOf(api: ApiServer, headers: Record<string, string>, title: string): Promise<{ unitKey: string; action: string; finalText: string }[]> {
  const list = (await (await fetch(`${api.url}/api/replies`, { headers })).json()) as { id: string; latest: { title: string } }[];
  const reply = list.find((r) => r.latest.title === title)!;
  const stats = (await (await fetch(`${api.url}/api/replies/${reply.id}/stats`, { headers })).json()) as { recent: { unitKey: string; action: string; finalText: string }[] };
  return stats.recent;
}

test.describe('unified replies', () => {
  test('Weibo: the complaint gets the approved safety reply, insert types it into the card’s comment box, the use reaches the API', async ({ api, extension, page }) => {
    await extension.connect(api.url, api.creds.token);
    await page.goto('http://weibo.com/');
    await installWeiboComposer(page);
    const panel = await extension.openSidePanel(page);
    const unit = await panel.open(panel.units.filter({ hasText: '过敏住院' }).first());
    const best = unit.getByTestId('reply-suggestion').first();
    await expect(best).toContainText('安全 › 过敏 › 关切');
    await expect(best).toContainText('匹配风险类别「安全」');
    await expect(panel.page.getByTestId('reply-suggestion').filter({ hasText: '草稿' })).toHaveCount(0);

    const text = await best.getByTestId('reply-text').inputValue();
    expect(text).toMatch(/^@\S+ 您好，看到您反映的情况我们非常关心/);
    await best.getByTestId('insert-reply').click();
    await expect(best.getByTestId('reply-status')).toContainText('已插入回复框');
    await expect.poll(() => lastInput(page)).toBe(text);
    expect(await page.locator('article textarea').count()).toBe(1);

    const lead = await leadHeaders(api);
    await expect.poll(async () => (await usesOf(api, lead, '安全::过敏::关切'))[0], { timeout: 10_000 }).toMatchObject({ unitKey: 'weibo:QbX7nA2Ke', action: 'insert', finalText: text });
  });

  test('Douyin: an edited reply goes into the comment input under the video; the draft reply never appears', async ({ api, extension, page, fixtureServer }) => {
    await extension.connect(api.url, api.creds.token);
    // douyin.com is HSTS-preloaded: the https page is answered from the plain-http fixture server (as in flagging).
    await serveHttpsFromFixtures(page, fixtureServer.url, 'www.douyin.com');
    await page.goto('https://www.douyin.com/video/7431234567890123456/');
    await installDouyinInput(page);
    const panel = await extension.openSidePanel(page);
    const unit = await panel.open(panel.units.filter({ hasText: '过敏住院' }).first());
    const best = unit.getByTestId('reply-suggestion').first();
    await expect(best).toContainText('安全 › 过敏 › 关切');
    await expect(panel.page.getByTestId('reply-suggestion').filter({ hasText: '草稿' })).toHaveCount(0);
    const edited = `${await best.getByTestId('reply-text').inputValue()}（客服小张）`;
    await best.getByTestId('reply-text').fill(edited);
    await best.getByTestId('insert-reply').click();
    await expect(best.getByTestId('reply-status')).toContainText('已插入回复框');
    await expect.poll(() => lastInput(page)).toBe(edited);
    const lead = await leadHeaders(api);
    await expect.poll(async () => (await usesOf(api, lead, '安全::过敏::关切')).some((u) => u.finalText === edited && u.unitKey.startsWith('douyin:')), { timeout: 10_000 }).toBe(true);
  });
});
