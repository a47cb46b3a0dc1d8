import { describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import type { VerifyResult } from '@vigil/shared/schemas/capture';
import { fixedClock, testApp } from '../test-support/app.ts';
import { registeredDevice, sampleFiles, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';
import { userWithToken } from '../test-support/users.ts';

type Err = { error: { code: string; message: string } };

async function withCapture(files = sampleFiles()) {
  const clock = fixedClock();
  const t = { ...(await testApp({ clock })), clock };
  const staff = await userWithToken(t.deps, 'staff', { name: '王小明' });
  const legal = await userWithToken(t.deps, 'legal', { name: '李律师' });
  const device = await registeredDevice(t.app, staff.headers);
  const cap = await signedCapture(staff.user, device, { files });
  const res = await upload(t.app, staff.headers, uploadBody(cap));
  if (res.status !== 201) throw new Error(await res.text());
  return { ...t, staff, legal, cap, id: cap.manifest.captureId };
}
const logSize = async (t: { db: Awaited<ReturnType<typeof testApp>>['db'] }) =>
  Number((await t.db.$client.execute('select count(*) as n from log_entries')).rows[0]!.n);
const custodyEvents = async (t: Awaited<ReturnType<typeof withCapture>>) =>
  (await t.db.$client.execute({ sql: "select event from log_entries where type = 'custody' and capture_id = ? order by idx", args: [t.id] })).rows.map((r) => String(r.event));

describe('capture export and verify when the log was tampered with (issue 15 #3)', () => {
  test.each([
    ['the capture’s own log entry', (t: Awaited<ReturnType<typeof withCapture>>) => `delete from log_entries where capture_id = '${t.id}' and type = 'capture'`],
    ['a later custody entry', () => "delete from log_entries where idx = (select max(idx) from log_entries where type = 'custody')"],
  ])('deleting %s: export is a named 409 and logs nothing; verify names the failed check', async (_name, sql) => {
    const t = await withCapture();
    await t.app.request(`/api/captures/${t.id}/artefacts/unit.json`, { headers: t.legal.headers }); // a custody entry after the capture's
    await t.db.$client.execute(sql(t));
    const before = await logSize(t);
    const res = await t.app.request(`/api/captures/${t.id}/export`, { headers: t.legal.headers });
    expect(res.status).toBe(409);
    const body = (await res.json()) as Err;
    expect(body.error.code).toBe('log_inclusion_failed');
    expect(body.error.message).toContain('校验项 log-inclusion 未通过');
    expect(await logSize(t)).toBe(before);
    const verify = await t.app.request(`/api/captures/${t.id}/verify`, { headers: t.legal.headers });
    expect(verify.status).toBe(200);
    const result = (await verify.json()) as VerifyResult;
    expect(result.ok).toBe(false);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.name)).toContain('log-inclusion');
  });

  test('an untouched capture exports, and the package’s custody log ends with that export', async () => {
    const t = await withCapture();
    const res = await t.app.request(`/api/captures/${t.id}/export`, { headers: t.legal.headers });
    expect(res.status).toBe(200);
    const custody = JSON.parse(new TextDecoder().decode(unzipSync(new Uint8Array(await res.arrayBuffer()))['custody.json'])) as { entry: { event: string } }[];
    expect(custody.map((e) => e.entry.event)).toEqual(['exported']);
    expect(await custodyEvents(t)).toEqual(['exported']);
  });
});

describe('capture export is for legal and admin (issue 15 #8)', () => {
  test.each([['staff', 403], ['pr_lead', 403], ['legal', 200], ['admin', 200]] as const)('%s → %i', async (role, status) => {
    const t = await withCapture();
    const who = role === 'staff' ? t.staff : role === 'legal' ? t.legal : await userWithToken(t.deps, role);
    const res = await t.app.request(`/api/captures/${t.id}/export`, { headers: who.headers });
    expect(res.status).toBe(status);
    expect(await custodyEvents(t)).toEqual(status === 200 ? ['exported'] : []);
  });
});

describe('artefact downloads (issue 15 #4, #7)', () => {
  const hostileTypes = ['application/rss+xml', 'application/xslt+xml', 'application/vnd.wap.xhtml+xml', 'image/svg+xml', 'text/html', 'image/png', 'application/json'];
  test('every artefact is served as application/octet-stream, whatever type the page declared', async () => {
    const files = new Map(hostileTypes.map((type, i) => [`file${i}.bin`, { type, provenance: 'browser' as const, bytes: new Uint8Array(Buffer.from(`<x>${type}</x>`)) }]));
    const t = await withCapture(files);
    for (const [name, f] of files) {
      const res = await t.app.request(`/api/captures/${t.id}/artefacts/${name}`, { headers: t.staff.headers });
      expect(res.status, f.type).toBe(200);
      expect(res.headers.get('content-type'), f.type).toBe('application/octet-stream');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(f.bytes);
    }
  });

  test('a missing chunk is a named 409 before any header is sent, and is not logged as downloaded', async () => {
    const t = await withCapture();
    const target = t.cap.manifest.artefacts.find((a) => a.name === 'page.mhtml')!;
    await t.db.$client.execute({ sql: 'delete from artefact_chunks where sha256 = ?', args: [target.sha256] });
    const res = await t.app.request(`/api/captures/${t.id}/artefacts/page.mhtml`, { headers: t.staff.headers });
    expect(res.status).toBe(409);
    expect(((await res.json()) as Err).error.code).toBe('artefact_digest_failed');
    expect(res.headers.get('content-length')).not.toBe(String(target.size));
    const exported = await t.app.request(`/api/captures/${t.id}/export`, { headers: t.legal.headers });
    expect(exported.status).toBe(409);
    expect(((await exported.json()) as Err).error.code).toBe('artefact_digest_failed');
    expect(await custodyEvents(t)).toEqual([]);
  });
});

describe('view custody events are coalesced per user and capture (issue 15 #5)', () => {
  test('20 views (10 at once) in 10 minutes log one event per user; downloads and exports stay exact', async () => {
    const t = await withCapture();
    const view = (headers: Record<string, string>) => t.app.request(`/api/captures/${t.id}`, { headers });
    await Promise.all(Array.from({ length: 10 }, () => view(t.staff.headers)));
    for (let i = 0; i < 10; i++) await view(t.staff.headers);
    await view(t.legal.headers);
    expect(await custodyEvents(t)).toEqual(['viewed', 'viewed']);
    // Read each body as a browser does: an unread artefact stream keeps its database cursor open.
    for (let i = 0; i < 3; i++) {
      const res = await t.app.request(`/api/captures/${t.id}/artefacts/unit.json`, { headers: t.staff.headers });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    for (let i = 0; i < 2; i++) {
      const res = await t.app.request(`/api/captures/${t.id}/export`, { headers: t.legal.headers });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    t.clock.advance(9 * 60_000);
    await view(t.staff.headers);
    expect(await custodyEvents(t)).toEqual(['viewed', 'viewed', 'downloaded', 'downloaded', 'downloaded', 'exported', 'exported']);
    t.clock.advance(60_000 + 1);
    const detail = (await (await view(t.staff.headers)).json()) as { custody: { event: string }[] };
    expect(detail.custody.map((e) => e.event)).toEqual(['viewed', 'viewed', 'downloaded', 'downloaded', 'downloaded', 'exported', 'exported', 'viewed']);
  });
});
