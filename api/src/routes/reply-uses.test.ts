import { describe, expect, test } from 'vitest';
import type { ApprovedReplySet, ReplyDetail } from '@vigil/shared/schemas/reply';
import type { ReplyStats } from '@vigil/shared/schemas/reply-use';
import { fixedClock, testApp, jsonCaller } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

type Headers = Record<string, string>;

async function setup() {
  const clock = fixedClock();
  const t = await testApp({ clock });
  const staff = await userWithToken(t.deps, 'staff', { name: '客服小李' });
  const lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  // The author may not approve their own version (four eyes, issue 13).
  const approver = (await userWithToken(t.deps, 'pr_lead')).headers;
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  const call = jsonCaller(t.app);
  const reply = {
    brand: '青禾乳业',
    title: '质量::异味::安抚',
    body: '@{作者} 您好，已私信您跟进。',
    triggers: { categories: ['quality'] },
    expiresAt: '2026-11-30',
  };
  const { id } = (await call('POST', '/api/replies', lead, reply)).body as ReplyDetail;
  await call('POST', `/api/replies/${id}/versions/1/submit`, lead, {});
  await call('POST', `/api/replies/${id}/versions/1/approve`, approver, {});
  const set = (await call('GET', '/api/replies/approved', staff.headers)).body as ApprovedReplySet;
  // Approved at 09:00 Beijing time; the uses below happen during the morning after.
  clock.advance(2 * 3600_000);
  return { ...t, clock, staff: staff.headers, lead, legal, call, id, versionId: set.replies[0]!.versionId, reply };
}

const use = (over: Record<string, unknown>) => ({
  id: 'use-0001-aaaa',
  unitKey: 'weibo:5012345678901234',
  platform: 'weibo',
  action: 'insert',
  permalink: 'https://weibo.com/123/Abc',
  finalText: '@小王 您好，已私信您跟进。',
  usedAt: '2026-11-22T09:30:00+08:00',
  ...over,
});

describe('reply uses', () => {
  test('staff log uses in a batch; a resent batch stores nothing twice; stats show what was said where', async () => {
    const h = await setup();
    const batch = { uses: [use({ versionId: h.versionId }), use({ id: 'use-0002-bbbb', versionId: h.versionId, platform: 'douyin', unitKey: 'douyin:7301', action: 'copy', usedAt: '2026-11-22T10:00:00+08:00' })] };
    const first = await h.call('POST', '/api/replies/uses', h.staff, batch);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: ['use-0001-aaaa', 'use-0002-bbbb'], duplicates: [] });
    const again = await h.call('POST', '/api/replies/uses', h.staff, batch);
    expect(again.body).toEqual({ accepted: [], duplicates: ['use-0001-aaaa', 'use-0002-bbbb'] });

    const stats = (await h.call('GET', `/api/replies/${h.id}/stats`, h.legal)).body as ReplyStats;
    expect(stats).toMatchObject({
      total: 2,
      lastUsedAt: '2026-11-22T02:00:00.000Z',
      byVersion: [{ version: 1, count: 2 }],
      byPlatform: [{ key: 'douyin', count: 1 }, { key: 'weibo', count: 1 }],
      byUser: [{ key: '客服小李', count: 2 }],
      byDay: [{ key: '2026-11-22', count: 2 }],
    });
    expect(stats.recent[1]).toMatchObject({ unitKey: 'weibo:5012345678901234', finalText: '@小王 您好，已私信您跟进。', userName: '客服小李', action: 'insert' });
    expect((await h.call('GET', `/api/replies/${h.id}/stats`, h.staff)).status).toBe(403);
  });

  test('the same use id with other content is a conflict', async () => {
    const h = await setup();
    await h.call('POST', '/api/replies/uses', h.staff, { uses: [use({ versionId: h.versionId })] });
    const res = await h.call('POST', '/api/replies/uses', h.staff, { uses: [use({ versionId: h.versionId, finalText: '改过的文本' })] });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('use_id_conflict');
  });

  test('a draft, an expired or a retired version is refused and nothing of the batch is stored', async () => {
    const h = await setup();
    const edit = (await h.call('POST', `/api/replies/${h.id}/versions`, h.lead, { ...h.reply, body: '草稿' })).body as ReplyDetail;
    const draftId = edit.versions[0]!.id;
    const res = await h.call('POST', '/api/replies/uses', h.staff, {
      uses: [use({ versionId: h.versionId }), use({ id: 'use-draft-0001', versionId: draftId })],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('reply_not_usable');
    expect(res.body.error.message).toContain('use-draft-0001');
    expect(res.body.error.message).toContain('未获批准');
    expect(res.body.rejected).toEqual([{ id: 'use-draft-0001', reason: expect.stringContaining('未获批准') }]);
    expect(((await h.call('GET', `/api/replies/${h.id}/stats`, h.lead)).body as ReplyStats).total).toBe(0);

    // Expiry is judged at use time: a use queued offline before expiry still counts once it arrives.
    h.clock.advance(10 * 24 * 3600_000);
    const late = await h.call('POST', '/api/replies/uses', h.staff, { uses: [use({ id: 'use-late-0001', versionId: h.versionId, usedAt: '2026-12-01T09:00:00+08:00' })] });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('已过期');
    const queued = await h.call('POST', '/api/replies/uses', h.staff, { uses: [use({ id: 'use-queued-01', versionId: h.versionId })] });
    expect(queued.status).toBe(200);

    await h.call('POST', `/api/replies/${h.id}/versions/1/retire`, h.lead, {});
    const retired = await h.call('POST', '/api/replies/uses', h.staff, { uses: [use({ id: 'use-retired-1', versionId: h.versionId, usedAt: '2026-12-02T09:00:00+08:00' })] });
    expect(retired.status).toBe(422);
  });

  test('bad batches are 400 with the field named', async () => {
    const h = await setup();
    for (const [body, says] of [
      [{ uses: [] }, '至少一条'],
      [{ uses: [use({ versionId: h.versionId, usedAt: 'yesterday' })] }, 'usedAt'],
      [{ uses: [use({ versionId: h.versionId, unitKey: '' })] }, 'unitKey'],
    ] as const) {
      const res = await h.call('POST', '/api/replies/uses', h.staff, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(says);
    }
    const future = await h.call('POST', '/api/replies/uses', h.staff, { uses: [use({ versionId: h.versionId, usedAt: '2026-11-23T09:00:00+08:00' })] });
    expect(future.status).toBe(422);
  });
});
