import { describe, expect, test } from 'vitest';
import type { MentionRecord } from '@vigil/shared/schemas/mention';
import { fixedClock, testApp, jsonCaller } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

type Headers = Record<string, string>;

async function setup() {
  const clock = fixedClock();
  const t = await testApp({ clock });
  const staff = (await userWithToken(t.deps, 'staff', { name: '客服小李' })).headers;
  const lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  const call = jsonCaller(t.app);
  return { ...t, clock, staff, lead, call };
}

const report = (over: Record<string, unknown> = {}) => ({
  key: 'weibo:QbX7nA2Ke',
  platform: 'weibo',
  kind: 'post',
  url: 'https://weibo.com/',
  text: '喝了青禾牛奶孩子过敏住院了，我们准备起诉青禾乳业。',
  author: '宝妈小雨',
  permalink: 'https://weibo.com/5678901234/QbX7nA2Ke',
  publishedAt: '2026-11-22T09:35:00.000Z',
  counts: { reposts: 12_000, comments: 3456, likes: 100_000 },
  brand: '青禾乳业',
  level: 'severe',
  sentiment: { label: 'negative', score: 0.98 },
  reasons: ['安全风险词「住院」'],
  terms: ['青禾牛奶', '青禾乳业'],
  seenAt: '2026-11-22T09:40:00.000Z',
  ...over,
});

describe('mentions', () => {
  test('staff report a batch; a re-sighting updates the one row instead of counting twice', async () => {
    const h = await setup();
    const first = await h.call('POST', '/api/mentions', h.staff, { mentions: [report(), report({ key: 'douyin:c:1:abc', platform: 'douyin', kind: 'comment', level: 'moderate' })] });
    expect(first).toEqual({ status: 200, body: { accepted: ['weibo:QbX7nA2Ke', 'douyin:c:1:abc'], updated: [] } });
    h.clock.advance(60_000);
    const again = await h.call('POST', '/api/mentions', h.staff, { mentions: [report({ counts: { reposts: 15_000 } })] });
    expect(again.body).toEqual({ accepted: [], updated: ['weibo:QbX7nA2Ke'] });
    const list = await h.call('GET', '/api/mentions?brand=青禾乳业', h.lead);
    expect(list.status).toBe(200);
    const rows = list.body.mentions as MentionRecord[];
    expect(rows.map((r) => r.key)).toEqual(['weibo:QbX7nA2Ke', 'douyin:c:1:abc']);
    expect(rows[0]).toMatchObject({ counts: { reposts: 15_000 }, level: 'severe', correctedLevel: null, notAboutUs: false });
    expect(rows[0]!.firstSeenAt < rows[0]!.lastSeenAt).toBe(true);
    expect((await h.call('GET', '/api/mentions?level=moderate', h.lead)).body.mentions).toHaveLength(1);
  });

  test('one click corrects the level or marks "not about us"; the engine’s level stays beside it', async () => {
    const h = await setup();
    await h.call('POST', '/api/mentions', h.staff, { mentions: [report()] });
    const fixed = await h.call('POST', '/api/mentions/correction', h.staff, { key: 'weibo:QbX7nA2Ke', notAboutUs: true });
    expect(fixed.status).toBe(200);
    expect(fixed.body.mentions[0]).toMatchObject({ level: 'severe', notAboutUs: true, correctedLevel: null });
    const lowered = await h.call('POST', '/api/mentions/correction', h.lead, { key: 'weibo:QbX7nA2Ke', level: 'mild' });
    expect(lowered.body.mentions[0]).toMatchObject({ correctedLevel: 'mild', notAboutUs: true });
    expect((await h.call('POST', '/api/mentions/correction', h.staff, { key: 'weibo:nope', level: 'mild' })).body.error.code).toBe('mention_not_found');
  });

  test('bad reports are refused whole with a Chinese-first message; staff cannot read the report list', async () => {
    const h = await setup();
    const bad = await h.call('POST', '/api/mentions', h.staff, { mentions: [report(), report({ key: '', level: 'awful' })] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await h.call('GET', '/api/mentions', h.lead)).body.mentions).toEqual([]);
    expect((await h.call('GET', '/api/mentions', h.staff)).status).toBe(403);
    expect((await h.call('POST', '/api/mentions/correction', h.staff, { key: 'x' })).status).toBe(400);
  });
});
