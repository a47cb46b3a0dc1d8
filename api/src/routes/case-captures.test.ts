import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '@vigil/shared/schemas/case';
import { caseFixture } from '../test-support/cases.ts';

describe('captures in a case and their review (issue 10)', () => {
  test('adopt one, reject one with a reason; a rejection without a reason is a 400 and changes nothing', async () => {
    const { call, legal, newCase, captureIds: [a, b] } = await caseFixture();
    const c = await newCase();
    expect((await call('POST', `/api/cases/${c.id}/captures`, legal.headers, { captureId: a, reason: '首发帖' })).status).toBe(201);
    expect((await call('POST', `/api/cases/${c.id}/captures`, legal.headers, { captureId: b })).status).toBe(201);
    expect((await call('POST', `/api/cases/${c.id}/captures`, legal.headers, { captureId: b })).body.error.code).toBe('already_in_case');
    expect((await call('POST', `/api/cases/${c.id}/captures`, legal.headers, { captureId: 'nope' })).status).toBe(404);

    const review = (id: string, body: unknown) => call('PUT', `/api/cases/${c.id}/captures/${id}/review`, legal.headers, body);
    const refused = await review(b!, { decision: 'rejected' });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'reason_required']);
    expect((await review(a!, { decision: 'adopted' })).status).toBe(200);
    const d = (await review(b!, { decision: 'rejected', reason: '转发帖，内容与首发重复' })).body as CaseDetail;
    expect(d.captures.map((m) => [m.capture.id, m.review.decision, m.review.reason])).toEqual([[a, 'adopted', null], [b, 'rejected', '转发帖，内容与首发重复']]);
    expect(d.counts).toEqual({ captures: 2, pending: 0, adopted: 1, rejected: 1 });
    expect(d.timeline.map((e) => e.kind)).toEqual(['created', 'capture_added', 'capture_added', 'review', 'review']);
    expect(d.links.map((l) => [l.url, l.status])).toEqual([['https://weibo.com/1234567890/Oabc123', 'unchecked'], ['https://weibo.com/1234567890/Oxyz789', 'unchecked']]);
  });

  test('each review decision is a custody event of the capture, shown in its custody log', async () => {
    const { call, legal, newCase, captureIds: [a] } = await caseFixture();
    const c = await newCase();
    await call('POST', `/api/cases/${c.id}/captures`, legal.headers, { captureId: a });
    await call('PUT', `/api/cases/${c.id}/captures/${a}/review`, legal.headers, { decision: 'rejected', reason: '截图不完整' });
    const cap = await call('GET', `/api/captures/${a}`, legal.headers);
    expect(cap.body.custody.map((e: { event: string }) => e.event)).toEqual(['case_added', 'reviewed', 'viewed']);
  });

  test('a capture may sit in two cases with different decisions; removal keeps the history', async () => {
    const { call, legal, newCase, captureIds: [a] } = await caseFixture();
    const one = await newCase();
    const two = await newCase({ title: '第二案' });
    for (const c of [one, two]) await call('POST', `/api/cases/${c.id}/captures`, legal.headers, { captureId: a });
    await call('PUT', `/api/cases/${one.id}/captures/${a}/review`, legal.headers, { decision: 'adopted' });
    const second = (await call('GET', `/api/cases/${two.id}`, legal.headers)).body as CaseDetail;
    expect(second.captures[0]!.review.decision).toBe('pending');
    const removed = await call('DELETE', `/api/cases/${one.id}/captures/${a}?reason=${encodeURIComponent('误加')}`, legal.headers);
    expect(removed.status).toBe(200);
    const d = removed.body as CaseDetail;
    expect(d.captures).toEqual([]);
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'capture_removed', captureId: a, detail: { reason: '误加' } });
    expect((await call('DELETE', `/api/cases/${one.id}/captures/${a}`, legal.headers)).status).toBe(404);
  });

  test('each answer is the case as stored after the change: updatedAt moves with every capture, review and note', async () => {
    const { call, legal, newCase, clock, captureIds: [a] } = await caseFixture();
    const c = await newCase();
    const stored = async () => (await call('GET', `/api/cases/${c.id}`, legal.headers)).body as CaseDetail;
    const steps: [string, string, unknown][] = [
      ['POST', `/api/cases/${c.id}/captures`, { captureId: a }],
      ['PUT', `/api/cases/${c.id}/captures/${a}/review`, { decision: 'adopted' }],
      ['DELETE', `/api/cases/${c.id}/captures/${a}?reason=${encodeURIComponent('重复')}`, undefined],
    ];
    for (const [method, path, body] of steps) {
      clock.advance(60_000);
      const res = await call(method, path, legal.headers, body);
      expect(res.body.updatedAt, `${method} ${path}`).toBe(clock.now().toISOString());
      expect(res.body).toEqual(await stored());
    }
    clock.advance(60_000);
    const note = await call('POST', `/api/cases/${c.id}/notes`, legal.headers, { text: '  当事人已电话确认  ' });
    expect(note.status).toBe(201);
    const after = await stored();
    expect(note.body).toEqual(after.notes[0]);
    expect(note.body).toMatchObject({ text: '当事人已电话确认', author: { name: '李律' }, at: clock.now().toISOString() });
    expect(after.updatedAt).toBe(clock.now().toISOString());
  });
});
