import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '@vigil/shared/schemas/case';
import { caseFixture } from '../test-support/cases.ts';
import { userWithToken } from '../test-support/users.ts';

describe('cases (issue 10)', () => {
  test('legal open a case with a number; PR leads read it; staff are refused everywhere', async () => {
    const { call, legal, pr, staff, newCase } = await caseFixture();
    const c = await newCase();
    expect(c.number).toMatch(/^AJ-2026-0001$/);
    expect((await newCase({ title: '第二案' })).number).toBe('AJ-2026-0002');
    expect((await call('GET', `/api/cases/${c.id}`, pr.headers)).status).toBe(200);
    expect((await call('PATCH', `/api/cases/${c.id}`, pr.headers, { title: 'x' })).status).toBe(403);
    expect((await call('GET', '/api/cases', staff.headers)).status).toBe(403);
    expect((await call('POST', '/api/cases', staff.headers, { title: 'x', counterparty: { platform: 'weibo', name: 'y' } })).status).toBe(403);
    const bad = await call('POST', '/api/cases', legal.headers, { title: '', counterparty: { platform: 'weibo' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
  });

  test('the list filters by status, brand, assignee and text (counterparty name included)', async () => {
    const { call, legal, newCase } = await caseFixture();
    const a = await newCase({ assigneeId: legal.user.id });
    const b = await newCase({ title: '抖音视频侵权', brand: '另一品牌', counterparty: { platform: 'douyin', name: '测评达人' } });
    await call('PATCH', `/api/cases/${b.id}`, legal.headers, { status: 'letter_sent' });
    const ids = async (q: string) => ((await call('GET', `/api/cases?${q}`, legal.headers)).body.items as { id: string }[]).map((i) => i.id);
    expect(await ids('status=letter_sent')).toEqual([b.id]);
    expect(await ids(`brand=${encodeURIComponent('某品牌')}`)).toEqual([a.id]);
    expect(await ids(`assigneeId=${legal.user.id}`)).toEqual([a.id]);
    expect(await ids('assigneeId=none')).toEqual([b.id]);
    expect(await ids(`q=${encodeURIComponent('测评达人')}`)).toEqual([b.id]);
    expect(await ids(`q=${encodeURIComponent('AJ-2026-0001')}`)).toEqual([a.id]);
    expect((await ids('')).sort()).toEqual([a.id, b.id].sort());
  });

  test('status moves follow the machine; resolved needs a resolution; every change is on the timeline and in the log', async () => {
    const { call, legal, newCase, db } = await caseFixture();
    const c = await newCase();
    const patch = (body: unknown) => call('PATCH', `/api/cases/${c.id}`, legal.headers, body);
    expect((await patch({ status: 'resolved' })).body.error.code).toBe('resolution_required');
    expect((await patch({ status: 'letter_sent' })).status).toBe(200);
    const back = await patch({ status: 'open' });
    expect([back.status, back.body.error.code]).toEqual([409, 'invalid_transition']);
    const done = await patch({ status: 'resolved', resolution: 'settled', reason: '对方已公开道歉' });
    expect(done.status).toBe(200);
    const d = done.body as CaseDetail;
    expect([d.status, d.resolution]).toEqual(['resolved', 'settled']);
    expect(d.timeline.map((e) => [e.kind, e.detail.to ?? null])).toEqual([['created', null], ['status', 'letter_sent'], ['status', 'resolved']]);
    expect(d.timeline.every((e) => e.logIndex !== null && e.actor.name === '李律')).toBe(true);
    const entry = await db.$client.execute({ sql: 'select entry from log_entries where idx = ?', args: [d.timeline[2]!.logIndex] });
    expect(JSON.parse(String(entry.rows[0]!.entry))).toMatchObject({ type: 'case', caseId: c.id, event: 'status_changed' });
    expect((await patch({ assigneeId: 'nobody' })).body.error.code).toBe('invalid_assignee');
  });

  test('notes are append-only: each is a log entry over its text digest, and the database refuses an edit', async () => {
    const { call, legal, newCase, db } = await caseFixture();
    const c = await newCase();
    const res = await call('POST', `/api/cases/${c.id}/notes`, legal.headers, { text: '已与平台客服电话沟通，对方要求提供营业执照。' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ text: '已与平台客服电话沟通，对方要求提供营业执照。', author: { name: '李律' } });
    const entry = await db.$client.execute({ sql: 'select entry from log_entries where idx = ?', args: [res.body.logIndex] });
    const { createHash } = await import('node:crypto');
    expect(JSON.parse(String(entry.rows[0]!.entry))).toMatchObject({ type: 'case', event: 'note', sha256: createHash('sha256').update('已与平台客服电话沟通，对方要求提供营业执照。').digest('hex') });
    await expect(db.$client.execute("update case_notes set text = '改过'")).rejects.toThrow(/append-only/);
    expect(((await call('GET', `/api/cases/${c.id}`, legal.headers)).body as CaseDetail).notes.map((n) => n.text)).toEqual(['已与平台客服电话沟通，对方要求提供营业执照。']);
  });

  test('a case is given to an active legal or admin user, or taken back; the timeline names them and the old title', async () => {
    const { call, legal, pr, staff, newCase, deps } = await caseFixture();
    const admin = await userWithToken(deps, 'admin', { name: '赵管理' });
    const colleague = await userWithToken(deps, 'legal', { name: '陈律' });
    const gone = await userWithToken(deps, 'legal', { name: '离职律师' });
    expect((await call('PATCH', `/api/users/${gone.user.id}`, admin.headers, { disabled: true })).status).toBe(200);

    const people = await call('GET', '/api/cases/assignees', legal.headers);
    expect(people.status).toBe(200);
    // Legal first, then admin; staff, PR leads and disabled accounts are not offered.
    expect(people.body.items).toEqual([
      { id: legal.user.id, name: '李律', role: 'legal' },
      { id: colleague.user.id, name: '陈律', role: 'legal' },
      { id: admin.user.id, name: '赵管理', role: 'admin' },
    ].sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, 'zh-CN') : a.role === 'legal' ? -1 : 1)));
    expect((await call('GET', '/api/cases/assignees', pr.headers)).status).toBe(200); // PR leads filter the list by them
    expect((await call('GET', '/api/cases/assignees', staff.headers)).status).toBe(403);

    const c = await newCase();
    const patch = (body: unknown) => call('PATCH', `/api/cases/${c.id}`, legal.headers, body);
    expect((await patch({ assigneeId: gone.user.id })).body.error.code).toBe('invalid_assignee');
    expect((await patch({ assigneeId: staff.user.id })).body.error.code).toBe('invalid_assignee');
    expect(((await patch({ assigneeId: colleague.user.id })).body as CaseDetail).assignee).toEqual({ id: colleague.user.id, name: '陈律' });
    await patch({ title: '某品牌奶粉致敏不实信息' });
    const d = (await patch({ assigneeId: null })).body as CaseDetail;
    expect(d.assignee).toBeNull();
    expect(d.timeline.filter((e) => e.kind === 'updated').map((e) => e.detail)).toEqual([
      { assigneeId: colleague.user.id, assigneeName: '陈律' },
      { title: '某品牌奶粉致敏不实信息', previousTitle: '某品牌奶粉不实信息' },
      { assigneeId: null, assigneeName: null },
    ]);
    // The same change twice is no change: nothing new on the timeline.
    expect(((await patch({ assigneeId: null })).body as CaseDetail).timeline).toHaveLength(d.timeline.length);
  });
});
