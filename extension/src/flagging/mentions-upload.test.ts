import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStores, memoryArea, type TabUnit } from '../storage.ts';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { createMentionUploader, reportOf } from './mentions-upload.ts';

// Flagged mentions to a real API over HTTP (issue 4): durable outbox, batches, dedup by unit key, offline.

let api: Awaited<ReturnType<typeof startRealApi>>;
beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

const unit = (key: string, reposts: number): TabUnit => ({
  key, platform: 'weibo', kind: 'post', text: `喝了青禾牛奶孩子过敏住院 ${key}`, author: '宝妈小雨',
  counts: { reposts }, mentions: [{ brand: '青禾乳业', term: '青禾牛奶', kind: 'alias', start: 2, end: 6 }],
  sentiment: { label: 'negative', score: 0.97 }, level: 'severe', reasons: ['安全风险词「住院」'],
});

async function list() {
  const { headers } = await api.userWithToken('pr_lead');
  const res = await fetch(`${api.url}/api/mentions`, { headers });
  return ((await res.json()) as { mentions: { key: string; counts: { reposts?: number } }[] }).mentions;
}

describe('mention uploads', () => {
  test('offline they wait in the outbox, one per unit key; once the API answers they are sent and gone', async () => {
    const stores = createStores(memoryArea(), memoryArea());
    const { token } = await api.userWithToken('staff');
    await stores.settings.set({ apiUrl: await closedPortUrl(), token, lang: 'zh' });
    const uploader = createMentionUploader(stores);
    await uploader.queue([reportOf(unit('weibo:A1', 10), 'https://weibo.com/', '2026-11-22T09:40:00.000Z')]);
    await uploader.queue([
      reportOf(unit('weibo:A1', 25), 'https://weibo.com/', '2026-11-22T09:41:00.000Z'),
      reportOf(unit('weibo:B2', 3), 'https://weibo.com/', '2026-11-22T09:41:00.000Z'),
    ]);
    expect(await uploader.flush()).toBe(0);
    expect((await stores.mentionsOutbox.get()).map((r) => [r.key, r.counts?.reposts])).toEqual([['weibo:A1', 25], ['weibo:B2', 3]]);

    await stores.settings.set({ apiUrl: api.url, token, lang: 'zh' });
    expect(await uploader.flush()).toBe(2);
    expect(await stores.mentionsOutbox.get()).toEqual([]);
    const rows = await list();
    expect(rows.map((r) => r.key).sort()).toEqual(['weibo:A1', 'weibo:B2']);
    expect(rows.find((r) => r.key === 'weibo:A1')?.counts.reposts).toBe(25);
  });
});
