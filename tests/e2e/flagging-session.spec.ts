import { stopWorker } from './capture-harness.ts';
import { expect, test } from './fixtures.ts';
import { FEED_UNITS, paintedRanges, rangesIn, tabUnits, waitForUnits } from './flagging-harness.ts';

// Flagging over a long session (issue 15): the service worker stopping under an open page, and a long scroll. The
// page talks to the worker over one port, which a stop closes; the highlights give far-away posts' ranges back.

test.describe('flagging over a long session', () => {
  test('the service worker stops while the page is open: posts the page shows next are still flagged (issue 15)', async ({ extension, browserWithExtension, page }) => {
    // The page talks to the worker over one port since issue 15; stopping the worker closes it, and the next batch
    // must open a new one (and wake the worker) rather than post into the closed port.
    await page.goto('http://weibo.com/');
    await waitForUnits(extension, page, FEED_UNITS);
    await stopWorker(browserWithExtension, page);
    await page.evaluate(() => (window as unknown as { __fixtureScroll(): boolean }).__fixtureScroll());
    await page.evaluate(() => (window as unknown as { __fixtureScroll(): boolean }).__fixtureScroll());
    await expect.poll(async () => (await tabUnits(extension, page)).map((u) => u.key), { timeout: 20_000 }).toEqual(
      expect.arrayContaining(['weibo:QbWx7PqSb', 'weibo:QbWy1RsTc']),
    );
  });

  test('the service worker stops with the page’s request unanswered: the request is sent again and answered (issue 15)', async ({ extension, browserWithExtension, page }) => {
    // The worker's storage is made to never answer, so the batch's request waits in the worker unanswered; then the
    // worker stops. The page's port closes with the request still waiting: only sending it again, on a new port to
    // a new worker, gets the new post painted.
    await page.goto('http://weibo.com/');
    await waitForUnits(extension, page, FEED_UNITS);
    await extension.evaluate(() => {
      const never = () => new Promise<never>(() => {});
      const areas = chrome.storage as unknown as Record<'session' | 'local', { get: unknown; set: unknown }>;
      for (const area of [areas.session, areas.local]) Object.assign(area, { get: never, set: never });
    }, null);
    await page.evaluate(() => (window as unknown as { __fixtureScroll(): boolean }).__fixtureScroll());
    // The new post is on the page, its request sent and waiting in the worker.
    await expect.poll(() => rangesIn(page, '/QbWx7PqSb')).toBe(0);
    await page.waitForTimeout(1_000);
    expect(await rangesIn(page, '/QbWx7PqSb')).toBe(0);
    await stopWorker(browserWithExtension, page);
    await expect.poll(() => rangesIn(page, '/QbWx7PqSb'), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  test('a long scroll keeps only the painted words near the screen in the page’s highlights; the rest come back when scrolled to (issue 15)', async ({ extension, page }) => {
    // Blink's cost of custom highlights grows with every range registered: far-away units give theirs back.
    await page.goto('http://weibo.com/');
    await waitForUnits(extension, page, FEED_UNITS);
    const added = 160;
    await page.evaluate((n) => {
      const wrapper = document.querySelector<HTMLElement>('.vue-recycle-scroller__item-wrapper')!;
      const template = [...document.querySelectorAll('.vue-recycle-scroller__item-view')].find((v) => v.textContent!.includes('过敏'))!;
      for (let i = 0; i < n; i++) {
        const view = template.cloneNode(true) as HTMLElement;
        view.style.transform = `translateY(${(10 + i) * 320}px)`;
        view.querySelector('a[class*="_time_"]')!.setAttribute('href', `https://weibo.com/3344556677/QbLong${i}x`);
        wrapper.append(view);
      }
      wrapper.style.minHeight = `${(10 + n) * 320}px`;
    }, added);
    await waitForUnits(extension, page, FEED_UNITS + added);
    // Every added post is flagged, yet the page's highlights hold far fewer ranges than that, none for the last post.
    await expect.poll(() => paintedRanges(page)).toBeLessThan(added);
    expect(await paintedRanges(page)).toBeGreaterThanOrEqual(FEED_UNITS);
    expect(await rangesIn(page, '/QbLong159x')).toBe(0);
    // Scrolled to, the last post is painted again.
    await page.evaluate(() => document.querySelector('a[href$="/QbLong159x"]')!.scrollIntoView());
    await expect.poll(() => rangesIn(page, '/QbLong159x')).toBeGreaterThan(0);
  });
});
