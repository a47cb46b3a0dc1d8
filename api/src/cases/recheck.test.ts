import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '@vigil/shared/schemas/case';
import { caseFixture } from '../test-support/cases.ts';
import { registeredDevice, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';

/** A re-check capture as the extension makes it from the case page: a page capture with `notes.recheck`. */
async function recheck(f: Awaited<ReturnType<typeof caseFixture>>, who: typeof f.legal, caseId: string, status: 'online' | 'deleted' | 'blocked') {
  const device = await registeredDevice(f.app, who.headers);
  const cap = await signedCapture(who.user, device, {
    tweak: (m) => {
      m.kind = 'page';
      delete m.unit;
      m.page = { url: `http://weibo.com/1234567890/Oabc123#vigil-recheck=${caseId}`, title: '微博' };
      m.notes = { vigilMarksHidden: true, recheck: { caseId, url: `http://weibo.com/1234567890/Oabc123#vigil-recheck=${caseId}`, status, message: '抱歉，此微博已被作者删除。' } };
    },
  });
  expect((await upload(f.app, who.headers, uploadBody(cap))).status).toBe(201);
  return cap.manifest.captureId;
}

describe('takedown re-checks (issue 10)', () => {
  test('a deleted-post re-check marks the link 已删除 on the timeline, and the case can be resolved on it', async () => {
    const f = await caseFixture();
    const c = await f.newCase();
    await f.call('POST', `/api/cases/${c.id}/captures`, f.legal.headers, { captureId: f.captureIds[0] });
    const id = await recheck(f, f.legal, c.id, 'deleted');
    const d = (await f.call('GET', `/api/cases/${c.id}`, f.legal.headers)).body as CaseDetail;
    expect(d.links).toEqual([expect.objectContaining({ url: 'https://weibo.com/1234567890/Oabc123', status: 'deleted', recheckCaptureId: id, message: '抱歉，此微博已被作者删除。' })]);
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'recheck', captureId: id, detail: { status: 'deleted' } });
    expect(d.timeline.at(-1)!.logIndex).not.toBeNull();
    const done = await f.call('PATCH', `/api/cases/${c.id}`, f.legal.headers, { status: 'resolved', resolution: 'deleted', evidenceCaptureId: id });
    expect([done.status, done.body.status, done.body.resolution]).toEqual([200, 'resolved', 'deleted']);
    const cap = await f.call('GET', `/api/captures/${id}`, f.legal.headers);
    expect(cap.body.custody.map((e: { event: string }) => e.event)).toContain('rechecked');
  });

  test("a capture names its post's permalink and a re-check its case, from the signed manifest (the case page's add list)", async () => {
    const f = await caseFixture();
    const c = await f.newCase();
    const id = await recheck(f, f.legal, c.id, 'deleted');
    const { items } = (await f.call('GET', '/api/captures', f.legal.headers)).body as { items: { id: string; permalink: string | null; recheckCaseId: string | null }[] };
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(id)).toMatchObject({ permalink: null, recheckCaseId: c.id });
    expect(byId.get(f.captureIds[0]!)).toMatchObject({ permalink: expect.stringMatching(/^https:\/\/weibo\.com\/1234567890\//), recheckCaseId: null });
  });

  test('a later re-check wins; a staff upload naming a case is only a capture', async () => {
    const f = await caseFixture();
    const c = await f.newCase();
    await f.call('POST', `/api/cases/${c.id}/captures`, f.legal.headers, { captureId: f.captureIds[0] });
    await recheck(f, f.legal, c.id, 'online');
    f.clock.now = ((t) => () => new Date(t + 60_000))(f.clock.now().getTime());
    await recheck(f, f.staff, c.id, 'deleted');
    const d = (await f.call('GET', `/api/cases/${c.id}`, f.legal.headers)).body as CaseDetail;
    expect(d.links.map((l) => l.status)).toEqual(['online']);
    await recheck(f, f.legal, c.id, 'blocked');
    const after = (await f.call('GET', `/api/cases/${c.id}`, f.legal.headers)).body as CaseDetail;
    expect(after.links.map((l) => l.status)).toEqual(['blocked']);
    expect((await f.call('PATCH', `/api/cases/${c.id}`, f.legal.headers, { status: 'resolved', resolution: 'deleted', evidenceCaptureId: 'elsewhere' })).body.error.code).toBe('evidence_not_in_case');
  });
});
