import { afterEach, describe, expect, test } from 'vitest';
import { createStores, memoryArea } from '../storage.ts';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { createIncidentsBackground } from './background.ts';
import { currentIncidents, upcomingDeadlines } from './incident-sync.ts';
import { countdown, createIncidentsModel } from './panel-model.ts';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function world() {
  const api = await startRealApi();
  stops.push(api.stop);
  const lead = await api.userWithToken('pr_lead', '王芳');
  const approver = await api.userWithToken('pr_lead', '李华');
  const staff = await api.userWithToken('staff', '张敏');
  const as = (token: string) => async <T = { id: string }>(method: string, path: string, body?: unknown): Promise<T> =>
    (await fetch(`${api.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }) })).json() as Promise<T>;
  const asLead = as(lead.token);
  const open = (title: string, level: string, brand = '青禾乳业') => asLead('POST', '/api/incidents', { title, brand, level });
  async function approvedVersion(body: string): Promise<string> {
    const d = await asLead('POST', '/api/replies', { brand: '青禾乳业', title: '事件::临时声明', body, triggers: { categories: ['quality'] } });
    await asLead('POST', `/api/replies/${d.id}/versions/1/submit`);
    const approved = await as(approver.token)<{ versions: { id: string }[] }>('POST', `/api/replies/${d.id}/versions/1/approve`);
    return approved.versions[0]!.id;
  }
  const stores = createStores(memoryArea(), memoryArea());
  await stores.settings.set({ apiUrl: api.url, token: staff.token, lang: 'zh' });
  let fetches = 0;
  const counting: typeof fetch = (input, init) => {
    fetches += 1;
    return fetch(input, init);
  };
  return { api, staff, asLead, open, approvedVersion, stores, counting, fetches: () => fetches };
}

describe('open incidents in the side panel (issue 11 item 7)', () => {
  test('staff get the open incidents of the pack brands, 重度 first, with the approved holding statement', async () => {
    const w = await world();
    await w.open('青禾门店临期奶复售', 'moderate');
    const severe = await w.open('青禾婴儿奶粉检出异物', 'severe');
    await w.open('别家品牌的事', 'severe', '蓝山饮品');
    const closedOne = await w.open('已处理完的旧事件', 'mild');
    await w.asLead('PATCH', `/api/incidents/${closedOne.id}`, { status: 'closed', review: '已复盘：客服话术已更新。' });
    const version = await w.approvedVersion('关于网传婴儿奶粉异物一事，我们已封存同批次产品并送检，结果出来后第一时间公布。');
    await w.asLead('PATCH', `/api/incidents/${severe.id}`, { link: { kind: 'reply_version', ref: version } });

    const got = await currentIncidents({ settings: w.stores.settings, cache: w.stores.openIncidents }, { brands: ['青禾乳业'] });
    expect(got.source).toBe('api');
    expect(got.incidents.map((i) => [i.level, i.title])).toEqual([['severe', '青禾婴儿奶粉检出异物'], ['moderate', '青禾门店临期奶复售']]);
    expect(got.incidents[0]!.holdingStatement).toContain('已封存同批次产品');
    expect(got.incidents[1]!.holdingStatement).toBeNull();
    // 重度 counts down to the optional 5 h holding statement and the 24 h first statement; 中度 to the 48 h response.
    expect(upcomingDeadlines(got.incidents[0]!).map((d) => d.kind)).toEqual(['holding_statement', 'first_statement']);
    expect(upcomingDeadlines(got.incidents[1]!).map((d) => d.kind)).toEqual(['response']);
  });

  test('synced at most once a minute, kept for offline, dropped when the token is revoked', async () => {
    const w = await world();
    await w.open('青禾客服电话长期占线引发集中投诉', 'moderate');
    let clock = new Date();
    const deps = { settings: w.stores.settings, cache: w.stores.openIncidents, fetch: w.counting, now: () => clock };
    expect((await currentIncidents(deps)).incidents).toHaveLength(1);
    expect((await currentIncidents(deps)).source).toBe('cache');
    expect(w.fetches()).toBe(1);

    clock = new Date(clock.getTime() + 61_000);
    await w.open('青禾工厂排污传闻', 'severe');
    expect((await currentIncidents(deps)).incidents.map((i) => i.title)).toEqual(['青禾工厂排污传闻', '青禾客服电话长期占线引发集中投诉']);

    // Offline: the last list stands in, said to be offline.
    await w.stores.settings.set({ apiUrl: await closedPortUrl(), token: w.staff.token, lang: 'zh' });
    const offline = await currentIncidents(deps, { force: true });
    expect(offline).toMatchObject({ source: 'cache', offline: true });
    expect(offline.incidents).toHaveLength(2);

    // Revoked: nothing of the incidents stays in the browser.
    await w.stores.settings.set({ apiUrl: w.api.url, token: w.staff.token, lang: 'zh' });
    await w.api.revoke(w.staff.token);
    expect(await currentIncidents(deps, { force: true })).toEqual({ incidents: [], source: 'none' });
    expect(await w.stores.openIncidents.get()).toBeNull();
  });

  test('a resync of an unchanged list is a 304 and keeps the cached list; a change brings the new one', async () => {
    const w = await world();
    await w.open('青禾客服电话长期占线引发集中投诉', 'moderate');
    const statuses: number[] = [];
    const watching: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      statuses.push(res.status);
      return res;
    };
    const deps = { settings: w.stores.settings, cache: w.stores.openIncidents, fetch: watching };
    expect((await currentIncidents(deps, { force: true })).incidents).toHaveLength(1);
    expect((await w.stores.openIncidents.get())?.etag).toMatch(/^"incidents-/);
    const again = await currentIncidents(deps, { force: true });
    expect([again.source, again.incidents.map((i) => i.title)]).toEqual(['api', ['青禾客服电话长期占线引发集中投诉']]);
    await w.open('青禾工厂排污传闻', 'severe');
    expect((await currentIncidents(deps, { force: true })).incidents).toHaveLength(2);
    expect(statuses).toEqual([200, 304, 200]);
  });

  test('the panel model asks the background module and counts down as 剩余 23:41 / 已超时 1:05', async () => {
    const w = await world();
    // The rule pack names the brands the panel shows incidents of: 青禾乳业, not 蓝山饮品.
    await w.asLead('POST', '/api/brands', { name: '青禾乳业', aliases: ['青禾'] });
    await w.open('青禾客服电话长期占线引发集中投诉', 'moderate');
    await w.open('蓝山饮品瓶盖划手', 'severe', '蓝山饮品');
    const bg = createIncidentsBackground(w.stores);
    const model = createIncidentsModel({ open: () => bg.handlers['incidents:open']!(undefined, {}) as never });
    await model.refresh();
    expect(model.info.value.incidents.map((i) => i.title)).toEqual(['青禾客服电话长期占线引发集中投诉']);
    const due = upcomingDeadlines(model.info.value.incidents[0]!)[0]!.due;
    expect(countdown(due, Date.parse(due) - (23 * 60 + 41) * 60_000)).toEqual({ overdue: false, text: '23:41' });
    expect(countdown(due, Date.parse(due) + 65 * 60_000)).toEqual({ overdue: true, text: '1:05' });
  });
});
