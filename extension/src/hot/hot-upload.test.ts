import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import type { HotSearchSighting } from '@vigil/shared/schemas/monitoring';
import { replacePack } from '../../../api/src/rules/pack-store.ts';
import { createStores, memoryArea } from '../storage.ts';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { createHotUploader } from './hot-upload.ts';

// 热搜 sightings to a real API over HTTP (issue 11 item 4): once per entry an hour from this browser, again on a
// climb, kept in the durable queue while the API is unreachable.

let api: Awaited<ReturnType<typeof startRealApi>>;
beforeAll(async () => {
  api = await startRealApi();
  await replacePack(api.deps.db, demoPack, new Date());
});
afterAll(() => api.stop());

const HOUR = 3_600_000;
const sighting = (over: Partial<HotSearchSighting> = {}): HotSearchSighting => ({
  platform: 'weibo', brand: '青禾乳业', title: 'QH乳业回应酸奶胀包', rank: 8, heat: 2_398_511, term: 'QH乳业',
  url: 'https://s.weibo.com/weibo?q=%23QH%23&t=31&band_rank=8&Refer=top', seenAt: '2026-11-22T09:40:00.000Z', ...over,
});

async function seen() {
  const { headers } = await api.userWithToken('pr_lead');
  const res = await fetch(`${api.url}/api/hot-search`, { headers });
  return ((await res.json()) as { sightings: { title: string; rank: number }[] }).sightings.map((s) => s.rank).sort((a, b) => a - b);
}

describe('hot search uploads', () => {
  test('offline they wait; one report per entry an hour, another on a climb into a better band', async () => {
    let clock = Date.parse('2026-11-22T09:40:00Z');
    const stores = createStores(memoryArea(), memoryArea());
    const { token } = await api.userWithToken('staff');
    await stores.settings.set({ apiUrl: await closedPortUrl(), token, lang: 'zh' });
    const uploader = createHotUploader(stores, undefined, () => clock);
    expect(await uploader.report([sighting()])).toBe(1);
    expect(await uploader.report([sighting({ rank: 9 })])).toBe(0); // the side card on the next page, a place lower
    expect(await uploader.flush()).toBe(0);
    expect(await stores.hotOutbox.get()).toHaveLength(1);

    await stores.settings.set({ apiUrl: api.url, token, lang: 'zh' });
    expect(await uploader.flush()).toBe(1);
    expect(await stores.hotOutbox.get()).toEqual([]);
    clock += 10 * 60_000;
    expect(await uploader.report([sighting({ rank: 6 })])).toBe(0); // still the top 10
    expect(await uploader.report([sighting({ rank: 3, seenAt: new Date(clock).toISOString() })])).toBe(1); // into the top 3
    clock += HOUR + 60_000;
    expect(await uploader.report([sighting({ rank: 3, seenAt: new Date(clock).toISOString() })])).toBe(1); // an hour on, still there
    await expect.poll(() => seen()).toEqual([3, 3, 8]);
  });

  test('a brand the API does not know is refused and not retried', async () => {
    const stores = createStores(memoryArea(), memoryArea());
    const { token } = await api.userWithToken('staff');
    await stores.settings.set({ apiUrl: api.url, token, lang: 'zh' });
    const uploader = createHotUploader(stores);
    await uploader.report([sighting({ brand: '别家乳业', title: '别家乳业上热搜' })]);
    await expect.poll(() => stores.hotOutbox.get()).toEqual([]);
    expect(await uploader.flush()).toBe(0);
  });
});
