import { describe, expect, test } from 'vitest';
import type { CaptureReceipt } from '@vigil/shared/schemas/capture';
import { CAPTURE_UPLOAD } from '@vigil/shared/schemas/capture';
import { verifyTreeHead } from '@vigil/shared/evidence/signature';
import { logKeyOf } from '../evidence/log-key.ts';
import { CAPTURES_PER_MINUTE } from '../evidence/receive.ts';
import { testApp } from '../test-support/app.ts';
import { evidenceRowCounts, registeredDevice, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';
import { userWithToken } from '../test-support/users.ts';

async function setup() {
  const t = await testApp();
  const staff = await userWithToken(t.deps, 'staff');
  const device = await registeredDevice(t.app, staff.headers);
  return { ...t, staff, device };
}
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe('POST /api/captures', () => {
  test('stores a signed capture and returns a receipt with a signed tree head; a second upload answers the same receipt', async () => {
    const { app, deps, db, staff, device } = await setup();
    const cap = await signedCapture(staff.user, device);
    const res = await upload(app, staff.headers, uploadBody(cap));
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as CaptureReceipt;
    expect(receipt).toMatchObject({ captureId: cap.manifest.captureId, manifestSha256: cap.sha256, logIndex: 0, timestamps: [] });
    expect(receipt.treeHead.size).toBe(1);
    expect(await verifyTreeHead(receipt.treeHead, logKeyOf(deps.keys).publicJwk)).toBe(true);
    const counts = await evidenceRowCounts(db);
    expect(counts).toMatchObject({ captures: 1, artefacts: 3, artefact_chunks: 3, log_entries: 1, tree_heads: 1 });

    const again = await upload(app, staff.headers, uploadBody(cap));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(receipt);
    expect(await evidenceRowCounts(db)).toEqual(counts);
  });

  test('a 2.5 MiB artefact is stored in 1 MiB chunks and downloads byte for byte', async () => {
    const { app, db, staff, device } = await setup();
    const big = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => (i * 31) % 251);
    const files = new Map([['fullpage.png', { type: 'image/png', provenance: 'onscreen' as const, bytes: big }]]);
    const cap = await signedCapture(staff.user, device, { files, tweak: (m) => { m.kind = 'page'; delete m.unit; } });
    expect((await upload(app, staff.headers, uploadBody(cap))).status).toBe(201);
    const sizes = await db.$client.execute('select length(data) as n from artefact_chunks order by seq');
    expect(sizes.rows.map((r) => Number(r.n))).toEqual([1048576, 1048576, 524288]);
    const dl = await app.request(`/api/captures/${cap.manifest.captureId}/artefacts/fullpage.png`, { headers: staff.headers });
    expect(dl.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await dl.arrayBuffer()), Buffer.from(big))).toBe(0);
  });

  const refusals: [string, number, string, (s: Awaited<ReturnType<typeof setup>>) => Promise<Blob | Uint8Array>][] = [
    ['a changed artefact byte', 400, 'artefact_digest_mismatch', async ({ staff, device }) => {
      const cap = await signedCapture(staff.user, device);
      const parts = [...cap.files].map(([name, f]) => ({ name, bytes: name === 'unit.json' ? new Uint8Array(Buffer.from(Buffer.from(f.bytes).toString().replace('奶粉', '奶茶'))) : f.bytes }));
      return uploadBody(cap, parts);
    }],
    ['a signature by another key', 400, 'bad_signature', async ({ app, staff, device }) => {
      const other = await registeredDevice(app, staff.headers);
      const cap = await signedCapture(staff.user, device);
      return uploadBody({ ...cap, signature: (await signedCapture(staff.user, { ...other, id: device.id, thumbprint: device.thumbprint })).signature });
    }],
    ['a manifest edited after signing', 400, 'bad_signature', async ({ staff, device }) => {
      const cap = await signedCapture(staff.user, device);
      const edited = new Uint8Array(Buffer.from(Buffer.from(cap.bytes).toString().replace('某品牌奶粉 - 微博', '某品牌奶粉 - 微搏')));
      return uploadBody({ ...cap, bytes: edited });
    }],
    ['a missing artefact', 400, 'artefact_missing', async ({ staff, device }) => {
      const cap = await signedCapture(staff.user, device);
      return uploadBody(cap, [...cap.files].slice(1).map(([name, f]) => ({ name, bytes: f.bytes })));
    }],
    ['an artefact the manifest does not list', 400, 'artefact_unlisted', async ({ staff, device }) => {
      const cap = await signedCapture(staff.user, device);
      return uploadBody(cap, [...[...cap.files].map(([name, f]) => ({ name, bytes: f.bytes })), { name: 'extra.txt', bytes: new Uint8Array(3) }]);
    }],
    ['an artefact sent twice', 400, 'artefact_duplicate', async ({ staff, device }) => {
      const cap = await signedCapture(staff.user, device);
      const parts = [...cap.files].map(([name, f]) => ({ name, bytes: f.bytes }));
      return uploadBody(cap, [...parts, parts[0]!]);
    }],
    ['a non-canonical manifest', 400, 'invalid_manifest', async ({ staff, device }) => {
      const cap = await signedCapture(staff.user, device);
      return uploadBody({ ...cap, bytes: new Uint8Array(Buffer.from(JSON.stringify(cap.manifest, null, 1))) });
    }],
    ['a manifest naming another capturer', 403, 'capturer_mismatch', async ({ staff, device }) => {
      return uploadBody(await signedCapture({ id: 'someone-else', name: '别人' }, device));
    }],
    ['a device that is not registered', 403, 'unknown_device', async ({ staff, device }) => {
      return uploadBody({ ...(await signedCapture(staff.user, device)), deviceId: 'no-such-device' });
    }],
    ['a device registered by someone else', 403, 'unknown_device', async ({ app, deps, staff }) => {
      const other = await userWithToken(deps, 'staff');
      return uploadBody(await signedCapture(staff.user, await registeredDevice(app, other.headers)));
    }],
    ['an artefact over 64 MiB', 413, 'payload_too_large', async ({ staff, device }) => {
      return uploadBody(await signedCapture(staff.user, device, { tweak: (m) => { m.artefacts[0]!.size = CAPTURE_UPLOAD.maxArtefactBytes + 1; } }));
    }],
    ['artefacts over 64 MiB together', 413, 'payload_too_large', async ({ staff, device }) => {
      return uploadBody(await signedCapture(staff.user, device, { tweak: (m) => { m.artefacts[0]!.size = 40 << 20; m.artefacts[1]!.size = 40 << 20; } }));
    }],
    ['a body that is not VGC1', 400, 'malformed_upload', async () => new Uint8Array(Buffer.from('--boundary\r\nContent-Disposition: form-data; name="manifest"\r\n\r\n{}'))],
    ['a body cut short', 400, 'malformed_upload', async ({ staff, device }) => {
      const body = new Uint8Array(await uploadBody(await signedCapture(staff.user, device)).arrayBuffer());
      return body.slice(0, body.length - 10);
    }],
    ['trailing bytes after the last part', 400, 'malformed_upload', async ({ staff, device }) => {
      const body = new Uint8Array(await uploadBody(await signedCapture(staff.user, device)).arrayBuffer());
      return Buffer.concat([body, Buffer.from('junk')]);
    }],
  ];

  test.each(refusals)('refuses %s (%i %s) and stores nothing', async (_what, status, code, make) => {
    const s = await setup();
    const before = await evidenceRowCounts(s.db);
    const res = await upload(s.app, s.staff.headers, await make(s));
    expect(res.status).toBe(status);
    expect(await errorCode(res)).toBe(code);
    expect(await evidenceRowCounts(s.db)).toEqual(before);
  });

  test('a body arriving in tiny, uneven pieces parses the same (headers and chunks split anywhere)', async () => {
    const { app, db, staff, device } = await setup();
    const cap = await signedCapture(staff.user, device);
    const bytes = new Uint8Array(await uploadBody(cap).arrayBuffer());
    let at = 0;
    let step = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        const n = [1, 3, 7, 2, 64, 5][step++ % 6]!;
        controller.enqueue(bytes.slice(at, at + n));
        at += n;
      },
    });
    const res = await app.request('/api/captures', { method: 'POST', headers: { ...staff.headers, 'content-type': CAPTURE_UPLOAD.contentType }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(201);
    expect((await evidenceRowCounts(db)).captures).toBe(1);
  });

  test('a wrong content type is 415 and a declared oversize body is 413 before reading it', async () => {
    const { app, staff } = await setup();
    const res = await app.request('/api/captures', { method: 'POST', headers: { ...staff.headers, 'content-type': 'multipart/form-data; boundary=x' }, body: 'x' });
    expect(res.status).toBe(415);
    const big = await app.request('/api/captures', { method: 'POST', headers: { ...staff.headers, 'content-type': CAPTURE_UPLOAD.contentType, 'content-length': String(200 << 20) }, body: 'VGC1' });
    expect(big.status).toBe(413);
  });

  test('the same capture id with a different manifest is a conflict', async () => {
    const { app, staff, device } = await setup();
    const first = await signedCapture(staff.user, device);
    expect((await upload(app, staff.headers, uploadBody(first))).status).toBe(201);
    const second = await signedCapture(staff.user, device, { captureId: first.manifest.captureId });
    const res = await upload(app, staff.headers, uploadBody(second));
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('capture_id_conflict');
  });

  test('concurrent uploads from several people get consecutive log indexes, one tree head each', async () => {
    const { app, deps, db } = await setup();
    const people = await Promise.all([1, 2, 3].map(async () => {
      const u = await userWithToken(deps, 'staff');
      return { ...u, device: await registeredDevice(app, u.headers) };
    }));
    const jobs = people.flatMap((p) => [0, 1].map(async () => {
      const res = await upload(app, p.headers, uploadBody(await signedCapture(p.user, p.device)));
      return (await res.json()) as CaptureReceipt;
    }));
    const receipts = await Promise.all(jobs);
    expect(receipts.map((r) => r.logIndex).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await evidenceRowCounts(db)).tree_heads).toBe(6);
  });

  test('uploads are rate-limited per user: the 31st in a minute gets 429, a minute later it goes through', async () => {
    const { app, clock, staff, device } = await setup();
    for (let i = 0; i < CAPTURES_PER_MINUTE; i++) expect((await upload(app, staff.headers, uploadBody(await signedCapture(staff.user, device)))).status).toBe(201);
    const late = await signedCapture(staff.user, device);
    const res = await upload(app, staff.headers, uploadBody(late));
    expect(res.status).toBe(429);
    expect(await errorCode(res)).toBe('rate_limited');
    (clock as unknown as { advance(ms: number): void }).advance(61_000);
    expect((await upload(app, staff.headers, uploadBody(late))).status).toBe(201);
  });
});
