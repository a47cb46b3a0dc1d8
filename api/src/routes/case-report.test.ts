import { describe, expect, test } from 'vitest';
import { jsonCaller, testApp } from '../test-support/app.ts';
import { registeredDevice } from '../test-support/evidence.ts';
import { pdfAttachments, pdfFonts, pdfPageCount, pdfText } from '../test-support/pdf-tools.ts';
import { uploadPost } from '../test-support/report-capture.ts';
import { userWithToken } from '../test-support/users.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('GET /api/cases/:id/report.pdf (issue 10)', () => {
  test('the case report lists every capture with its review, then each in full, with each manifest attached', async () => {
    const t = await testApp();
    const staff = await userWithToken(t.deps, 'staff', { name: '王小明' });
    const legal = await userWithToken(t.deps, 'legal', { name: '李律' });
    const pr = await userWithToken(t.deps, 'pr_lead', { name: '周公关' });
    const device = await registeredDevice(t.app, staff.headers);
    const first = await uploadPost(t.app, staff, device, { post: 'QbA1', publishedAt: '2026-11-18T01:00:00.000Z' });
    const second = await uploadPost(t.app, staff, device, { post: 'QbB2', counts: { views: 8000, reposts: 120 }, countsShown: { views: '8000', reposts: '120' } });
    const call = jsonCaller(t.app);
    const kase = (await call('POST', '/api/cases', legal.headers, { title: '青禾乳业不实信息', brand: '青禾乳业', counterparty: { platform: 'weibo', name: '爆料君', uid: '1234567890', url: 'https://weibo.com/u/1234567890', entity: '某某文化传媒有限公司' } })).body as { id: string; number: string };
    for (const id of [first, second]) expect((await call('POST', `/api/cases/${kase.id}/captures`, legal.headers, { captureId: id, reason: '同一账号' })).status).toBe(201);
    expect((await call('PUT', `/api/cases/${kase.id}/captures/${first}/review`, legal.headers, { decision: 'adopted' })).status).toBe(200);
    expect((await call('PUT', `/api/cases/${kase.id}/captures/${second}/review`, legal.headers, { decision: 'rejected', reason: '截图不完整' })).status).toBe(200);
    expect((await call('PATCH', `/api/cases/${kase.id}`, legal.headers, { assigneeId: legal.user.id })).status).toBe(200);

    const res = await t.app.request(`/api/cases/${kase.id}/report.pdf`, { headers: pr.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = squash(await pdfText(bytes));
    for (const s of ['案件电子数据取证报告', `案件编号${kase.number}`, '青禾乳业不实信息', '新浪微博账号“爆料君”（UID 1234567890），主体：某某文化传媒有限公司', '承办人李律', '证据数量2 份（采用 1，不采用 1）', '证据目录']) expect(text).toContain(squash(s));
    expect(text).toContain(squash(`证据 1：爆料君 · ${first}`));
    expect(text).toContain(squash(`证据 2：爆料君 · ${second}`));
    expect(text).toContain(squash('审查结论不采用：截图不完整（李律'));
    // The second post had 8,000 views: the 5,000-view line of 两高 2013 is met for it.
    expect(text).toContain(squash('浏览次数达到 5,000 次以上已达到取证时8,000'));
    const pages = await pdfPageCount(bytes);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(text).toContain(`第${pages}页共${pages}页`);
    for (const f of await pdfFonts(bytes)) expect(f).toMatchObject({ embedded: true, subset: true });
    expect([...(await pdfAttachments(bytes)).keys()].sort()).toEqual([`manifest-${first}.json`, `manifest-${second}.json`].sort());

    // 仅采用: the report for court or the other side lists the adopted capture alone, and attaches only its manifest.
    const only = await t.app.request(`/api/cases/${kase.id}/report.pdf?only=adopted`, { headers: legal.headers });
    expect(only.status).toBe(200);
    expect(only.headers.get('content-disposition')).toContain('-adopted.pdf');
    const onlyBytes = new Uint8Array(await only.arrayBuffer());
    const onlyText = squash(await pdfText(onlyBytes));
    expect(onlyText).toContain(squash('证据数量1 份（本报告仅列审查结论为“采用”的证据）'));
    expect(onlyText).toContain(squash(`证据 1：爆料君 · ${first}`));
    expect(onlyText).not.toContain(second);
    expect(onlyText).not.toContain(squash('截图不完整'));
    expect([...(await pdfAttachments(onlyBytes)).keys()]).toEqual([`manifest-${first}.json`]);
    expect((await t.app.request(`/api/cases/${kase.id}/report.pdf?only=everything`, { headers: legal.headers })).status).toBe(400);
  });

  test('仅采用 with nothing adopted is a named 409, not an empty report', async () => {
    const t = await testApp();
    const legal = await userWithToken(t.deps, 'legal');
    const call = jsonCaller(t.app);
    const kase = (await call('POST', '/api/cases', legal.headers, { title: '尚未审查', counterparty: { platform: 'weibo', name: '爆料君' } })).body as { id: string };
    const res = await t.app.request(`/api/cases/${kase.id}/report.pdf?only=adopted`, { headers: legal.headers });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'no_adopted_evidence' } });
  });

  test('staff get 403; an unknown case is a JSON 404', async () => {
    const t = await testApp();
    const staff = await userWithToken(t.deps, 'staff');
    const legal = await userWithToken(t.deps, 'legal');
    expect((await t.app.request('/api/cases/x/report.pdf', { headers: staff.headers })).status).toBe(403);
    const res = await t.app.request('/api/cases/nope/report.pdf', { headers: legal.headers });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
