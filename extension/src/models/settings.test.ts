import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { checkConnection } from '../api-client.ts';
import { lang } from '../i18n.ts';
import { createStores, memoryArea } from '../storage.ts';
import { startRealApi } from '../test-support/real-api.ts';
import { createLanguageModel } from './language.ts';
import { createSettingsModel } from './settings.ts';

let api: Awaited<ReturnType<typeof startRealApi>>;
beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());
beforeEach(() => {
  lang.value = 'zh';
});

/** The settings model over in-memory storage, checking against the real API; permission prompts answer `grant`. */
function setup(grant = true) {
  const stores = createStores(memoryArea(), memoryArea());
  const asked: string[] = [];
  const model = createSettingsModel({
    settings: stores.settings,
    check: async () => checkConnection(await stores.settings.get()),
    requestOrigin: async (url) => {
      asked.push(url);
      return grant;
    },
  });
  return { model, stores, asked };
}

test('saving a working token stores the settings and shows who is connected', async () => {
  const { token } = await api.userWithToken('staff', '李娜');
  const { model, stores, asked } = setup();
  await model.load();
  model.apiUrl.value = `${api.url}/`;
  model.token.value = ` ${token} `;
  await model.save();
  expect(model.connection.state.value).toBe('ok');
  expect(model.connection.text.value).toBe('已连接：李娜（一线员工）');
  expect(await stores.settings.get()).toEqual({ apiUrl: api.url, token, lang: 'zh' });
  expect(asked).toEqual([]);
});

test('a revoked token is reported as revoked, in the chosen language', async () => {
  const { token } = await api.userWithToken('staff');
  await api.revoke(token);
  const { model } = setup();
  model.apiUrl.value = api.url;
  model.token.value = token;
  await model.save();
  expect(model.connection.text.value).toContain('令牌已撤销');
  lang.value = 'en';
  expect(model.connection.text.value).toContain('Token revoked');
});

test('a non-loopback API asks for host permission, and a refusal saves nothing', async () => {
  const { model, stores, asked } = setup(false);
  model.apiUrl.value = 'https://vigil.example.com/api';
  model.token.value = 'vgl_x';
  await model.save();
  expect(asked).toEqual(['https://vigil.example.com']);
  expect(model.connection.result.value).toMatchObject({ ok: false, failure: { reason: 'permission_denied' } });
  expect((await stores.settings.get()).token).toBe('');
});

test('a malformed URL is refused without asking anything', async () => {
  const { model, asked } = setup();
  model.apiUrl.value = '127.0.0.1:8787';
  await model.save();
  expect(model.connection.text.value).toContain('地址格式不正确');
  expect(asked).toEqual([]);
});

test('the language toggle is saved and followed by every open page', async () => {
  const stores = createStores(memoryArea(), memoryArea());
  const first = createLanguageModel(stores.settings, new AbortController().signal);
  await first.toggle();
  expect(lang.value).toBe('en');
  expect((await stores.settings.get()).lang).toBe('en');
  lang.value = 'zh';
  await stores.settings.set({ ...(await stores.settings.get()), lang: 'en' });
  expect(lang.value).toBe('en');
});
