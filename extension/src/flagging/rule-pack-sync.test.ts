import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { createStores, memoryArea } from '../storage.ts';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { currentPack } from './rule-pack-sync.ts';

// The pack the content scripts flag with, synced from a real API over HTTP (issue 4).

let api: Awaited<ReturnType<typeof startRealApi>>;
beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

async function configured(apiUrl: string) {
  const stores = createStores(memoryArea(), memoryArea());
  const { token } = await api.userWithToken('staff');
  await stores.settings.set({ apiUrl, token, lang: 'zh' });
  return stores;
}

describe('rule pack sync', () => {
  test('without an API the bundled demo pack is used', async () => {
    const info = await currentPack(createStores(memoryArea(), memoryArea()));
    expect(info).toMatchObject({ source: 'demo', version: demoPack.version });
    expect(info.pack.brands[0]?.name).toBe('青禾乳业');
  });

  test('from the API: fetched and cached, fresh for a while, then revalidated with its ETag (304 keeps it)', async () => {
    const stores = await configured(api.url);
    const t0 = new Date('2026-11-22T09:00:00Z');
    const requests: string[] = [];
    const spy: typeof fetch = async (input, init) => {
      requests.push(`${new Headers(init?.headers).get('if-none-match') ?? '-'}`);
      return fetch(input, init);
    };
    const first = await currentPack(stores, spy, () => t0);
    expect(first.source).toBe('api');
    expect((await stores.rulePack.get())?.version).toBe(first.version);
    const soon = await currentPack(stores, spy, () => new Date(t0.getTime() + 60_000));
    expect(soon).toMatchObject({ source: 'cache', version: first.version });
    const later = await currentPack(stores, spy, () => new Date(t0.getTime() + 3_600_000));
    expect(later).toMatchObject({ source: 'api', version: first.version });
    expect(requests).toEqual(['-', `"${first.version}"`]);
  });

  test('an unreachable API falls back to the last pack fetched', async () => {
    const stores = await configured(api.url);
    const fetched = await currentPack(stores);
    await stores.settings.set({ ...(await stores.settings.get()), apiUrl: await closedPortUrl() });
    const offline = await currentPack(stores, undefined, () => new Date(Date.now() + 3_600_000));
    expect(offline).toMatchObject({ source: 'cache', version: fetched.version });
  });
});
