import { afterEach, describe, expect, test } from 'vitest';
import { compilePack } from '@vigil/shared/engine/rules';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { RulePack } from '@vigil/shared/schemas/rules';
import { createStores, memoryArea, type TabUnit } from '../storage.ts';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { currentReplies } from './reply-sync.ts';
import { risksOf, suggestionsFor } from './suggest.ts';
import { createUseQueue } from './use-queue.ts';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function world() {
  const api = await startRealApi();
  stops.push(api.stop);
  const lead = await api.userWithToken('pr_lead', '王芳');
  const staff = await api.userWithToken('staff', '张敏');
  // Four eyes (issue 13): a second PR lead approves what 王芳 wrote.
  const approver = await api.userWithToken('pr_lead', '李华');
  const as = (token: string) => async (method: string, path: string, body: unknown = {}) =>
    (await fetch(`${api.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<{ id: string; versions: { id: string; version: number }[] }>;
  const asLead = as(lead.token);
  async function approved(title: string, body: string, triggers: object) {
    const d = await asLead('POST', '/api/replies', { brand: '青禾乳业', title, body, triggers });
    await asLead('POST', `/api/replies/${d.id}/versions/1/submit`);
    return as(approver.token)('POST', `/api/replies/${d.id}/versions/1/approve`);
  }
  const stores = createStores(memoryArea(), memoryArea());
  await stores.settings.set({ apiUrl: api.url, token: staff.token, lang: 'zh' });
  let fetches = 0;
  const counting: typeof fetch = (input, init) => {
    fetches += 1;
    return fetch(input, init);
  };
  return { api, lead, staff, asLead, approved, stores, counting, fetches: () => fetches };
}

describe('approved replies sync (ETag, offline)', () => {
  test('fetches the approved set, keeps it, revalidates with If-None-Match, and serves the cache offline', async () => {
    const w = await world();
    await w.approved('质量::异味::安抚', '@{作者} 您好，已私信您。', { categories: ['quality'] });
    let clock = new Date('2026-11-22T10:00:00Z');
    const deps = { settings: w.stores.settings, cache: w.stores.approvedReplies, fetch: w.counting, now: () => clock };
    const first = await currentReplies(deps);
    expect(first).toMatchObject({ source: 'api' });
    expect(first.replies.map((r) => r.title)).toEqual(['质量::异味::安抚']);
    expect((await currentReplies(deps)).source).toBe('cache');
    expect(w.fetches()).toBe(1);

    clock = new Date('2026-11-22T10:02:00Z');
    const revalidated = await currentReplies(deps);
    expect(revalidated).toMatchObject({ source: 'api', syncedAt: '2026-11-22T10:02:00.000Z' });
    expect(revalidated.replies).toEqual(first.replies);

    await w.approved('服务::退款', '您好，退款已加急。', { categories: ['service'] });
    expect((await currentReplies(deps, { force: true })).replies).toHaveLength(2);

    await w.stores.settings.set({ apiUrl: await closedPortUrl(), token: w.staff.token, lang: 'zh' });
    const offline = await currentReplies(deps, { force: true });
    expect(offline.source).toBe('cache');
    expect(offline.replies).toHaveLength(2);
  });

  test('a revoked token clears the cached replies', async () => {
    const w = await world();
    await w.approved('质量::异味::安抚', '您好', {});
    const deps = { settings: w.stores.settings, cache: w.stores.approvedReplies };
    expect((await currentReplies(deps)).replies).toHaveLength(1);
    await w.api.revoke(w.staff.token);
    expect(await currentReplies(deps, { force: true })).toEqual({ replies: [], source: 'none' });
    expect(await w.stores.approvedReplies.get()).toBeNull();
  });
});

describe('use queue', () => {
  test('sends uses, drops the ones the API refuses, and keeps the rest while offline', async () => {
    const w = await world();
    const d = await w.approved('质量::异味::安抚', '@{作者} 您好', {});
    const draft = await w.asLead('POST', `/api/replies/${d.id}/versions`, { title: '质量::异味::安抚', body: '草稿' });
    // The test API's clock stands at 2026-11-22 09:00 Beijing time, when the reply was approved.
    const use = (id: string, versionId: string) => ({
      id, versionId, unitKey: 'weibo:1', platform: 'weibo', action: 'insert' as const, finalText: '@小王 您好', usedAt: '2026-11-22T09:00:00+08:00',
    });
    const good = d.versions[0]!.id;
    const queue = createUseQueue({ settings: w.stores.settings, queue: w.stores.replyUses });
    expect(await queue.add(use('use-00000001', good))).toEqual({ sent: 1, refused: [], pending: 0 });

    await w.stores.replyUses.set([use('use-00000002', good), use('use-draft-01', draft.versions[0]!.id), use('use-00000003', good)]);
    const mixed = await queue.flush();
    expect(mixed.refused.map((r) => r.id)).toEqual(['use-draft-01']);
    expect(mixed).toMatchObject({ sent: 2, pending: 0 });

    const online = await w.stores.settings.get();
    await w.stores.settings.set({ ...online, apiUrl: await closedPortUrl() });
    expect((await queue.add(use('use-00000004', good))).pending).toBe(1);
    await w.stores.settings.set(online);
    expect(await queue.flush()).toMatchObject({ sent: 1, pending: 0 });
    const stats = await (await fetch(`${w.api.url}/api/replies/${d.id}/stats`, { headers: { authorization: `Bearer ${w.lead.token}` } })).json();
    expect(stats).toMatchObject({ total: 4, byUser: [{ key: '张敏', count: 4 }] });
  });
});

describe('suggestions for a flagged unit', () => {
  test('ranks with the risks found in the text and fills author, platform and brand', async () => {
    const pack = compilePack(RulePack.parse(demoPack));
    const unit: TabUnit = {
      key: 'weibo:5012', platform: 'weibo', kind: 'post', text: '青禾牛奶一股异味，还发酸，客服不理人', author: '小王爱喝奶',
      mentions: [{ brand: '青禾乳业', term: '青禾牛奶', kind: 'alias', start: 0, end: 4 }],
      // 轻度: a generic reply still fits (at 中度+ only replies written for the risk do, issue 13).
      sentiment: { label: 'negative', score: 0.9 }, level: 'mild', reasons: [],
    };
    const reply = (id: string, title: string, body: string, categories: string[]) => ({
      id, versionId: `${id}-v`, version: 1, brand: '青禾乳业', title, body, tone: 'soothing' as const, expiresAt: null, limits: {},
      triggers: { categories: categories as never[], levels: [], keywords: [], platforms: [] },
    });
    const replies = [
      reply('a', '质量::异味::安抚', '@{作者} 您好，我们已在{平台}私信您。工单号 {工单号}', ['quality']),
      reply('b', '安全::过敏', '请及时就医', ['safety']),
      reply('c', '通用::感谢', '感谢您对{品牌}的关注', []),
    ];
    const risks = risksOf(pack, unit.text);
    expect(risks.map((r) => r.category)).toContain('quality');
    const got = suggestionsFor(unit, risks, replies, new Date('2026-11-22T10:00:00Z'));
    expect(got.map((s) => s.replyId)).toEqual(['a', 'c']);
    expect(got[0]).toMatchObject({ text: '@小王爱喝奶 您好，我们已在微博私信您。工单号 {工单号}', unfilled: ['工单号'], length: { platform: 'weibo', limit: 140, over: false } });
    expect(got[0]!.why[0]).toBe('匹配风险类别「质量」');
    expect(got[1]!.text).toBe('感谢您对青禾乳业的关注');
  });
});
