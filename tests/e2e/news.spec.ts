import { serveHttpsFromFixtures } from '../support/fixture-server.ts';
import { demoNewsHosts, expect, extUrl, inWorker, openPanel, registeredScripts, tabState, test } from './news-harness.ts';

// News out of the box (issue 12 item 3), with the built extension on saved news pages served at their real
// hostnames. In `plain` (the shipped build) nothing is granted: the settings page and the side panel offer the one
// click, and every empty list says why. In `granted` the manifest carries the hosts (a headless browser cannot
// click the permission prompt; see news-harness.ts): pages are flagged, the article and each comment on its own.

const article = 'http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781300.shtml';
const launchArticle = 'http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781234.shtml';
const noMention = 'http://news.sina.com.cn/c/2026-11-22/doc-inweather0001.shtml';
const english = 'http://www.sixthtone.com/news/1016789.html';

test.describe('news sites before access is granted', () => {
  test('an ungranted news page shows the banner in the side panel and says why nothing is listed, in both languages', async ({ plain }) => {
    const page = await plain.context.newPage();
    await page.goto(article);
    const panel = await openPanel(plain, page);
    const banner = panel.page.getByTestId('news-banner');
    await expect(banner).toHaveAttribute('data-host', 'sina.com.cn');
    await expect(banner).toContainText('sina.com.cn 是规则包里的新闻网站');
    await expect(panel.page.getByTestId('news-banner-grant')).toHaveText('授权新闻网站');
    await expect(panel.noUnits).toHaveAttribute('data-reason', 'not_granted');
    // 扫描此页 from a panel not opened by the toolbar button has no access to the tab: the banner stays the answer.
    await panel.page.getByTestId('scan-page').click();
    await expect(panel.noUnits).toHaveAttribute('data-reason', 'not_granted');
    await expect(panel.page.getByTestId('units-empty-reason')).toContainText('尚未授权 Vigil 读取新闻网站 sina.com.cn');
    await panel.page.getByTestId('lang-toggle').click();
    await expect(banner).toContainText('sina.com.cn is a news site of the rule pack');
    await expect(panel.page.getByTestId('units-empty-reason')).toContainText('has not been allowed to read the news site sina.com.cn');
    await panel.page.getByTestId('lang-toggle').click();
    expect(await tabState(plain, page)).toBeNull();
    await panel.page.close();
    await page.close();
  });

  test('a browser page and a tab without access each get their own reason after 扫描此页', async ({ plain }) => {
    const page = await plain.context.newPage();
    await page.goto('chrome://version/');
    const panel = await openPanel(plain, page);
    await expect(panel.noUnits).toHaveAttribute('data-reason', 'restricted');
    await expect(panel.page.getByTestId('units-empty-reason')).toContainText('浏览器不允许扩展读取这类页面');
    await expect(panel.page.getByTestId('news-banner')).toHaveCount(0);
    await panel.page.close();

    // A site that is neither a platform nor a news host of the pack, answered by the test itself.
    await page.route('http://blog.example.org/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<html><body><article><h1>青禾乳业新品</h1><p>青禾酸奶上新了。</p></article></body></html>' }));
    await page.goto('http://blog.example.org/post/1');
    const other = await openPanel(plain, page);
    await expect(other.noUnits).toHaveAttribute('data-reason', 'not_read');
    await other.page.getByTestId('scan-page').click();
    await expect(other.noUnits).toHaveAttribute('data-reason', 'no_access');
    await expect(other.page.getByTestId('units-empty-reason')).toContainText('Vigil 无权读取此标签页');
    await other.page.close();
    await page.close();
  });

  test('扫描此页 reads a page no adapter serves as a news article, the comments on their own', async ({ plain, fixtures }) => {
    // The same saved article at the fixture server's loopback address: Vigil may read it, but no adapter claims it.
    const page = await plain.context.newPage();
    await page.goto(`${fixtures.url}/finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781300.shtml`);
    // The page listens for what a script injected into it could announce: WXT's "script started" event (named after
    // the extension's id, which a store extension makes public) and any window message. A page that can tell Vigil
    // is reading it can show the reader something else than everyone else sees (issue 4).
    await page.evaluate((id) => {
      const w = window as unknown as { __heard: string[] };
      w.__heard = [];
      for (const t of [document, window]) t.addEventListener(`${id}:mentions:wxt:content-script-started`, (e) => w.__heard.push(e.type));
      window.addEventListener('message', (e) => w.__heard.push(`message ${JSON.stringify(e.data)}`));
    }, plain.extensionId);
    const panel = await openPanel(plain, page);
    await expect(panel.noUnits).toHaveAttribute('data-reason', 'not_read');
    await panel.page.getByTestId('scan-page').click();
    await expect(panel.units).toHaveCount(4);
    expect((await tabState(plain, page))!.units.map((u) => u.kind).sort()).toEqual(['article', 'comment', 'comment', 'comment']);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    // A second scan asks the flagger already in the page to read again: nothing is listed twice.
    await panel.page.getByTestId('scan-page').click();
    await expect(panel.units).toHaveCount(4);
    await panel.page.close();
    await page.close();
  });

  // Last in `plain`: the prompt it opens stays up in this browser until the browser closes.
  test('the settings page lists the pack’s news hosts with what each covers, and its button asks the browser from the click', async ({ plain }) => {
    const page = await plain.context.newPage();
    await page.goto(extUrl(plain, 'options.html'));
    const hosts = page.getByTestId('news-host');
    await expect(hosts).toHaveCount(demoNewsHosts.length);
    expect(await hosts.evaluateAll((els) => els.map((e) => e.getAttribute('data-host')))).toEqual(demoNewsHosts);
    const sina = page.locator('[data-testid="news-host"][data-host="sina.com.cn"]');
    await expect(sina.locator('.covers')).toHaveText('含 finance.sina.com.cn 等子域名');
    await expect(sina.locator('.chip')).toHaveText('未授权');
    await expect(sina).toHaveAttribute('data-granted', 'false');
    await page.getByTestId('news-grant').click();
    // The request reached the browser inside the click's gesture: it waits on the prompt. Called outside a gesture,
    // Chrome refuses at once and the status would read failed.
    await expect(page.getByTestId('news-access-status')).toHaveAttribute('data-state', 'asking');
    await expect(page.getByTestId('news-access-status')).toHaveText('请在浏览器弹出的提示中点「允许」…');
  });
});

test.describe('news sites with access granted (the test build’s manifest)', () => {
  test('the settings page shows every host granted, and a pack host covers finance.sina.com.cn', async ({ granted }) => {
    const page = await granted.context.newPage();
    await page.goto(extUrl(granted, 'options.html'));
    await expect(page.getByTestId('news-access-all')).toBeVisible();
    await expect(page.locator('[data-testid="news-host"][data-granted="true"]')).toHaveCount(demoNewsHosts.length);
    await expect(page.getByTestId('news-grant')).toHaveCount(0);
    expect((await registeredScripts(granted)).find((s) => s.id === 'flag-news')?.matches).toContain('*://*.sina.com.cn/*');
    await page.close();
  });

  test('the article and each comment are flagged separately; a comment that never names the brand is not', async ({ granted }) => {
    const page = await granted.context.newPage();
    await page.goto(article);
    await expect.poll(async () => (await tabState(granted, page))?.units.length ?? 0, { timeout: 15_000 }).toBe(4);
    const units = (await tabState(granted, page))!.units;
    const at = (start: string) => units.find((u) => u.text.startsWith(start));
    expect(units.map((u) => u.kind).sort()).toEqual(['article', 'comment', 'comment', 'comment']);
    expect(at('青禾乳业回应酸奶胀包投诉')?.kind).toBe('article');
    expect(at('我家孩子喝了青禾酸奶')?.level).toBe('severe');
    expect(at('我买的批次没问题')?.level).toBe('none');
    expect(new Set(units.map((u) => u.key)).size).toBe(4);
    expect(units.some((u) => u.text.includes('食品安全真是让人担心'))).toBe(false);

    const panel = await openPanel(granted, page);
    await expect(panel.units).toHaveCount(4);
    await expect(panel.units.first()).toHaveAttribute('data-level', 'severe');
    await expect(panel.page.getByTestId('news-banner')).toHaveCount(0);
    await panel.page.close();
    await page.close();
  });

  test('腾讯新闻 and 头条 articles: the article and each comment naming the brand, by its commenter; a reply or comment that never names it is not', async ({ granted, fixtures }) => {
    // The news script is registered when the worker starts: a page loaded before that is not read until 扫描此页.
    await expect.poll(async () => (await registeredScripts(granted)).find((s) => s.id === 'flag-news')?.matches ?? []).toContain('*://new.qq.com/*');
    for (const [url, expected] of [
      ['http://new.qq.com/rain/a/20261122A01ABC00', [['article', undefined], ['comment', '深圳冷链老李'], ['comment', '吃瓜的小王']]],
      // toutiao.com is on Chromium's HSTS preload list: https, answered from the fixture.
      ['https://www.toutiao.com/article/7441234567890123456/', [['article', '消费维权观察'], ['comment', '杭州宝妈小鱼'], ['comment', '消费维权观察'], ['comment', '老张说乳业']]],
    ] as const) {
      const page = await granted.context.newPage();
      await serveHttpsFromFixtures(page, `http://127.0.0.1:${fixtures.port}`, 'www.toutiao.com');
      await page.goto(url);
      await expect.poll(async () => (await tabState(granted, page))?.units.length ?? 0, { timeout: 15_000 }).toBe(expected.length);
      const units = (await tabState(granted, page))!.units;
      expect(units.filter((u) => u.kind === 'article')).toHaveLength(1);
      const comments = units.filter((u) => u.kind === 'comment').map((u) => u.author).sort();
      expect(comments, url).toEqual(expected.filter(([k]) => k === 'comment').map(([, a]) => a).sort());
      expect(units.some((u) => u.text.includes('青禾苗') || u.text.includes('声明里写了')), url).toBe(false);
      await page.close();
    }
  });

  test('an English article on a news host is flagged', async ({ granted }) => {
    const page = await granted.context.newPage();
    await page.goto(english);
    await expect.poll(async () => (await tabState(granted, page))?.units.find((u) => u.kind === 'article')?.mentions[0]?.brand, { timeout: 15_000 }).toBe('青禾乳业');
    await page.close();
  });

  test('a news page that never names the brand says so in the side panel, also after 扫描此页', async ({ granted }) => {
    const page = await granted.context.newPage();
    await page.goto(noMention);
    const panel = await openPanel(granted, page);
    await expect(panel.noUnits).toHaveAttribute('data-reason', 'no_mention', { timeout: 15_000 });
    await expect(panel.page.getByTestId('units-empty-reason')).toHaveText('已读取此页面，正文和评论中没有出现规则包里的品牌名称或别名。');
    await panel.page.getByTestId('scan-page').click();
    await expect(panel.noUnits).toHaveAttribute('data-reason', 'no_mention');
    await expect(panel.units).toHaveCount(0);
    await panel.page.close();
    await page.close();
  });

  test('after a grant the news script is registered and an open news tab is flagged without a reload', async ({ granted }) => {
    // Back to the state before the grant: no news script registered (the host access itself is the manifest's).
    await inWorker(granted, () => (chrome as unknown as { scripting: { unregisterContentScripts(f: { ids: string[] }): Promise<void> } }).scripting.unregisterContentScripts({ ids: ['flag-news'] }), null);
    const page = await granted.context.newPage();
    await page.goto(launchArticle);
    await page.evaluate(() => ((window as unknown as { __loadedOnce: boolean }).__loadedOnce = true));
    expect(await tabState(granted, page)).toBeNull();
    // What the settings button does once the browser answers yes: news:enable.
    const settings = await granted.context.newPage();
    await settings.goto(extUrl(granted, 'options.html'));
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const answer = await settings.evaluate(() => (chrome as unknown as Runtime).runtime.sendMessage({ vigil: 'news:enable', data: undefined }));
    expect(answer).toMatchObject({ ok: true, data: { granted: expect.arrayContaining(['sina.com.cn']), flagged: 1 } });
    await expect.poll(async () => (await tabState(granted, page))?.units.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __loadedOnce?: boolean }).__loadedOnce)).toBe(true);
    expect((await registeredScripts(granted)).map((s) => s.id)).toContain('flag-news');
    await settings.close();
    await page.close();
  });
});
