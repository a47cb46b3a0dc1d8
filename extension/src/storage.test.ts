import { expect, test } from 'vitest';
import { createStores, defaultSettings, memoryArea, storageKeys } from './storage.ts';

test('settings start from the defaults and keep what was saved', async () => {
  const local = memoryArea();
  const stores = createStores(local, memoryArea());
  expect(await stores.settings.get()).toEqual(defaultSettings);
  await stores.settings.set({ apiUrl: 'https://vigil.example.com', token: 'vgl_x', lang: 'en' });
  expect(await createStores(local, memoryArea()).settings.get()).toEqual({ apiUrl: 'https://vigil.example.com', token: 'vgl_x', lang: 'en' });
});

test('a damaged or older settings value falls back field by field instead of breaking the pages', async () => {
  const local = memoryArea({ [storageKeys.settings]: { apiUrl: 42, token: 'vgl_kept', lang: 'fr' }, settings: { token: 'v0' } });
  expect(await createStores(local, memoryArea()).settings.get()).toEqual({ ...defaultSettings, token: 'vgl_kept' });
  const garbage = memoryArea({ [storageKeys.settings]: 'nonsense' });
  expect(await createStores(garbage, memoryArea()).settings.get()).toEqual(defaultSettings);
});

test('tab state lives in the session area under tab:<tabId>, watched per tab', async () => {
  const session = memoryArea();
  const stores = createStores(memoryArea(), session);
  const seen: unknown[] = [];
  stores.tab(3).watch((s) => seen.push(s?.units.length ?? null));
  await stores.tab(4).set({ url: 'http://weibo.com/', units: [] });
  await stores.tab(3).set({ url: 'http://weibo.com/', units: [] });
  await stores.tab(3).remove();
  expect(seen).toEqual([0, null]);
  expect(await session.get('tab:4')).toEqual({ url: 'http://weibo.com/', units: [] });
  await session.set('tab:5', { url: 'x' });
  expect(await stores.tab(5).get()).toBeNull();
});
