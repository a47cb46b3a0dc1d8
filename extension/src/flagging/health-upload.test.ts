import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStores, memoryArea } from '../storage.ts';
import type { PageHealth } from '../sites/health-tally.ts';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { createHealthReporter, HEALTH_GAP_MS } from './health-upload.ts';

// Adapter health to a real API over HTTP (issue 12 item 4): pages add up per hour and site in the background,
// the running total waits in the durable queue, and the API counts a resent total once.

let api: Awaited<ReturnType<typeof startRealApi>>;
beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

// The test API's clock: 2026-11-22 09:00 Beijing.
const T0 = Date.parse('2026-11-22T01:05:00Z');
const page = (primary: number, fallback: number, site = 'weibo'): PageHealth => ({
  site, platform: 'weibo', units: primary + fallback, fields: { text: { primary, fallback, missing: 0 }, author: { primary: primary + fallback, fallback: 0, missing: 0 } },
});

async function view() {
  const { headers } = await api.userWithToken('admin');
  return (await (await fetch(`${api.url}/api/adapter-health?at=2026-11-22T01:30:00Z`, { headers })).json()) as {
    fields: { site: string; field: string; day: { primary: number; fallback: number; reporters: number } }[];
    sites: { site: string; pages: number; units: number; unitsPerPage: number }[];
  };
}

describe('adapter health uploads', () => {
  test('pages add up per hour and site; offline the total waits; a resend is counted once; sends are a minute apart', async () => {
    let now = T0;
    const stores = createStores(memoryArea(), memoryArea());
    const { token } = await api.userWithToken('staff');
    await stores.settings.set({ apiUrl: await closedPortUrl(), token, lang: 'zh' });
    const reporter = createHealthReporter(stores, { now: () => now });
    await reporter.record(page(11, 0));
    now += 5_000;
    await reporter.record(page(1, 10));
    await reporter.record(page(3, 0, 'weibo-mobile'));
    expect((await stores.healthOutbox.get()).map((r) => [r.site, r.pages, r.units, r.fields.text])).toEqual([
      ['weibo', 2, 22, { primary: 12, fallback: 10, missing: 0 }],
      ['weibo-mobile', 1, 3, { primary: 3, fallback: 0, missing: 0 }],
    ]);

    await stores.settings.set({ apiUrl: api.url, token, lang: 'zh' });
    expect(await reporter.flush()).toBe(2);
    expect(await stores.healthOutbox.get()).toEqual([]);
    // The next page of the hour: the total grows and waits for the minute to pass (the queue keeps it meanwhile).
    now += 10_000;
    await reporter.record(page(0, 11));
    expect((await stores.healthOutbox.get()).map((r) => r.pages)).toEqual([3]);
    now += HEALTH_GAP_MS;
    expect(await reporter.flush()).toBe(1);
    expect(await reporter.flush()).toBe(0);

    const v = await view();
    expect(v.fields.find((f) => f.site === 'weibo' && f.field === 'text')?.day).toMatchObject({ primary: 12, fallback: 21, reporters: 1 });
    expect(v.sites.find((s) => s.site === 'weibo')).toMatchObject({ pages: 3, units: 33, unitsPerPage: 11 });
    // The same sends carry the scan counts (issue 11): units seen on 微博 that hour, weibo.com and m.weibo.cn together.
    const { headers: lead } = await api.userWithToken('pr_lead');
    const daily = (await (await fetch(`${api.url}/api/reports/daily?date=2026-11-22`, { headers: lead })).json()) as { basis: { unitsScanned: number } };
    expect(daily.basis.unitsScanned).toBe(36);
    // The running totals of the hour stay in the browser (the next page adds to them), nothing else.
    expect((await stores.healthTotals.get()).map((r) => [r.site, r.pages])).toEqual([['weibo', 3], ['weibo-mobile', 1]]);
  });

  test('a new hour starts a new total, and totals older than two days are forgotten', async () => {
    let now = T0 - 3 * 24 * 3_600_000;
    const stores = createStores(memoryArea(), memoryArea());
    await stores.settings.set({ apiUrl: await closedPortUrl(), token: 'vgl_x', lang: 'zh' });
    const reporter = createHealthReporter(stores, { now: () => now });
    await reporter.record(page(5, 0));
    now = T0;
    await reporter.record(page(5, 0));
    now += 3_600_000;
    await reporter.record(page(5, 0));
    expect((await stores.healthTotals.get()).map((r) => [r.hour, r.pages])).toEqual([['2026-11-22T01:00:00.000Z', 1], ['2026-11-22T02:00:00.000Z', 1]]);
  });

  test('within the minute a growing total waits, unless the API or the token changed; a new site goes at once', async () => {
    const now = T0;
    const stores = createStores(memoryArea(), memoryArea());
    const first = await api.userWithToken('staff');
    await stores.settings.set({ apiUrl: api.url, token: first.token, lang: 'zh' });
    const reporter = createHealthReporter(stores, { now: () => now });
    await reporter.record(page(4, 0, 'douyin'));
    await expect.poll(async () => (await stores.healthOutbox.get()).length).toBe(0);
    await reporter.record(page(4, 0, 'douyin'));
    expect(await stores.healthOutbox.get()).toHaveLength(1);
    const second = await api.userWithToken('staff');
    await stores.settings.set({ apiUrl: api.url, token: second.token, lang: 'zh' });
    await reporter.record(page(4, 0, 'douyin'));
    await expect.poll(async () => (await stores.healthOutbox.get()).length).toBe(0);
    await reporter.record(page(2, 0, 'zhihu'));
    await expect.poll(async () => (await stores.healthOutbox.get()).length).toBe(0);
  });
});
