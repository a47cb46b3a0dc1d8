import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStores, memoryArea, type TabUnit } from '../storage.ts';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { createEscalationBackground } from './background.ts';
import { createEscalateModel, escalationOf } from './panel-model.ts';

// 上报 from the side panel to a real API over HTTP (issues 11 item 7, 13 item 1): the panel model, the background
// handler and its durable queue, as wired in the extension (messaging aside).

let api: Awaited<ReturnType<typeof startRealApi>>;
beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

const unit = (key: string, extra: Partial<TabUnit> = {}): TabUnit => ({
  key, platform: 'weibo', kind: 'post', text: `喝了青禾牛奶孩子过敏住院了，医院说是乳制品过敏 ${key}`, author: '宝妈小雨',
  permalink: `https://weibo.com/5098123477/${key}`, counts: { reposts: 12000 },
  mentions: [{ brand: '青禾乳业', term: '青禾牛奶', kind: 'alias', start: 2, end: 6 }],
  sentiment: { label: 'negative', score: 0.97 }, level: 'severe', reasons: ['安全风险词「住院」', '转发 1.2万'], ...extra,
});

async function setup(apiUrl: string) {
  const stores = createStores(memoryArea(), memoryArea());
  const { token } = await api.userWithToken('staff', '李客服');
  await stores.settings.set({ apiUrl, token, lang: 'zh' });
  const background = createEscalationBackground(stores);
  const escalateHandler = background.handlers['mention:escalate']!;
  const model = createEscalateModel({
    escalate: async (escalation) => escalateHandler({ escalation }, {} as chrome.runtime.MessageSender),
    marks: stores.escalated,
  });
  await model.start(new AbortController().signal);
  return { stores, model, token };
}

async function leadSees(key: string) {
  const { headers } = await api.userWithToken('pr_lead');
  const res = await fetch(`${api.url}/api/escalations?status=open`, { headers });
  return ((await res.json()) as { escalations: { key: string; level: string; createdByName: string; reason: string }[] }).escalations.filter((e) => e.key === key);
}

describe('上报', () => {
  test('online: one click reaches the PR lead; the card says so, and says it again after the panel reopens', async () => {
    const { stores, model } = await setup(api.url);
    const mark = await model.escalate(unit('QbEsc1'), 'no_reply', 'https://weibo.com/');
    expect(mark.state).toBe('sent');
    expect(await leadSees('QbEsc1')).toEqual([expect.objectContaining({ level: 'severe', createdByName: '李客服', reason: 'no_reply' })]);
    const reopened = createEscalateModel({ escalate: async () => mark, marks: stores.escalated });
    await reopened.start(new AbortController().signal);
    expect(reopened.marks.value.QbEsc1?.state).toBe('sent');
    expect(await stores.escalationsOutbox.get()).toEqual([]);
  });

  test('offline: kept in the outbox and said so; sent once the API answers, exactly once', async () => {
    const { stores, model, token } = await setup(await closedPortUrl());
    const mark = await model.escalate(unit('QbEsc2'), 'risk');
    expect(mark).toMatchObject({ state: 'queued', reason: 'unreachable' });
    expect((await stores.escalationsOutbox.get()).map((e) => e.key)).toEqual(['QbEsc2']);
    await stores.settings.set({ apiUrl: api.url, token, lang: 'zh' });
    // A second click while waiting replaces the queued one (one per unit key), then goes out.
    expect((await model.escalate(unit('QbEsc2'), 'risk')).state).toBe('sent');
    expect(model.marks.value.QbEsc2?.state).toBe('sent');
    expect(await leadSees('QbEsc2')).toHaveLength(1);
    expect(await stores.escalationsOutbox.get()).toEqual([]);
  });

  test('refused by the API: the card says why in the API’s words, and nothing stays queued', async () => {
    const { stores, model } = await setup(api.url);
    const mark = await model.escalate(unit('QbEsc3', { mentions: [] }), 'risk');
    expect(mark.state).toBe('refused');
    expect(mark.message).toContain('缺少品牌');
    expect(await stores.escalationsOutbox.get()).toEqual([]);
  });
});

test('what is sent: the level a person corrected wins; text and reasons are capped', () => {
  const e = escalationOf(unit('QbEsc4', { correction: { level: 'moderate' }, text: '青禾'.repeat(1500) }), 'risk', 'https://weibo.com/');
  expect(e).toMatchObject({ key: 'QbEsc4', brand: '青禾乳业', level: 'moderate', platform: 'weibo', author: '宝妈小雨', url: 'https://weibo.com/', reason: 'risk' });
  expect(e.text).toHaveLength(2000);
});
