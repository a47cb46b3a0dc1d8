import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkConnection } from '../api-client.ts';
import { createStores, memoryArea, type TabUnit } from '../storage.ts';
import { startRealApi } from '../test-support/real-api.ts';
import { createSidePanelModel, type SidePanelTransport, type TabInfo } from './side-panel.ts';

let api: Awaited<ReturnType<typeof startRealApi>>;
beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

const unit = (key: string, level: TabUnit['level']): TabUnit => ({
  key,
  platform: 'weibo',
  kind: 'post',
  text: '青禾牛奶喝了过敏，客服不理人',
  mentions: [{ brand: '青禾乳业', term: '青禾', kind: 'alias', start: 0, end: 2 }],
  sentiment: { label: 'negative', score: 0.9 },
  level,
  reasons: ['安全风险词「过敏」'],
});

/** Browser tabs as plain data; the side panel model only sees them through its transport. */
function setup(tabs: TabInfo[], activeId: number) {
  const stores = createStores(memoryArea(), memoryArea());
  const activeListeners = new Set<(id: number) => void>();
  const transport: SidePanelTransport = {
    check: async () => checkConnection(await stores.settings.get()),
    activeTabId: async () => activeId,
    getTab: async (id) => tabs.find((t) => t.id === id) ?? null,
    watchTab: () => () => {},
    watchActiveTab: (cb) => {
      activeListeners.add(cb);
      return () => activeListeners.delete(cb);
    },
    watchSettings: (cb) => stores.settings.watch(cb),
    tabState: (id) => stores.tab(id),
  };
  const activate = (id: number) => activeListeners.forEach((cb) => cb(id));
  return { stores, transport, activate };
}

const tabs = [
  { id: 7, url: 'http://weibo.com/harness.html', title: '微博' },
  { id: 9, url: 'https://www.thepaper.cn/', title: '澎湃' },
];

test('a pinned tab shows its URL and its units as the background writes them', async () => {
  const { stores, transport } = setup(tabs, 9);
  const model = createSidePanelModel(transport, { tabId: 7, signal: new AbortController().signal });
  await model.start();
  expect(model.tab.value?.url).toBe('http://weibo.com/harness.html');
  expect(model.units.value).toEqual([]);
  await stores.tab(7).set({ url: 'http://weibo.com/harness.html', units: [unit('a', 'severe'), unit('b', 'mild')] });
  expect(model.units.value.map((u) => u.key)).toEqual(['a', 'b']);
  await stores.tab(9).set({ url: 'https://www.thepaper.cn/', units: [unit('c', 'mild')] });
  expect(model.units.value).toHaveLength(2);
});

test('without a tabId the panel follows the active tab until it is closed', async () => {
  const { stores, transport, activate } = setup(tabs, 9);
  await stores.tab(7).set({ url: 'http://weibo.com/harness.html', units: [unit('a', 'moderate')] });
  const lifetime = new AbortController();
  const model = createSidePanelModel(transport, { tabId: null, signal: lifetime.signal });
  await model.start();
  expect(model.tab.value?.id).toBe(9);
  activate(7);
  await new Promise((r) => setTimeout(r, 0));
  expect(model.tab.value?.id).toBe(7);
  expect(model.units.value.map((u) => u.level)).toEqual(['moderate']);
  lifetime.abort();
  activate(9);
  await new Promise((r) => setTimeout(r, 0));
  expect(model.tab.value?.id).toBe(7);
});

test('the connection is checked again when the settings change', async () => {
  const { stores, transport } = setup(tabs, 9);
  const model = createSidePanelModel(transport, { tabId: 7, signal: new AbortController().signal });
  await model.start();
  expect(model.connection.result.value).toMatchObject({ ok: false, failure: { reason: 'not_configured' } });
  const { token } = await api.userWithToken('pr_lead', '赵公关');
  await stores.settings.set({ apiUrl: api.url, token, lang: 'zh' });
  await expect.poll(() => model.connection.text.value).toBe('已连接：赵公关（公关负责人）');
});

test('posts by the brand’s own accounts come apart from the units (issue 13 item 2)', async () => {
  const { stores, transport } = setup(tabs, 9);
  const model = createSidePanelModel(transport, { tabId: 7, signal: new AbortController().signal });
  await model.start();
  const own: TabUnit = {
    ...unit('own', 'none'), author: '青禾乳业官方', text: '关于网传产品质量问题的说明：相关批次产品已封存送检', mentions: [], reasons: ['官方账号「青禾乳业官方」'],
    own: { brand: '青禾乳业', platform: 'weibo', name: '青禾乳业官方', role: 'official', by: 'uid' },
  };
  await stores.tab(7).set({ url: 'http://weibo.com/', units: [unit('a', 'severe')], own: [own] });
  expect(model.units.value.map((u) => u.key)).toEqual(['a']);
  expect(model.own.value.map((u) => u.author)).toEqual(['青禾乳业官方']);
  await stores.tab(7).set({ url: 'http://weibo.com/u/1', units: [] });
  expect(model.own.value).toEqual([]);
});
