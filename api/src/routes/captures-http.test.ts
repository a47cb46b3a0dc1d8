import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import type { CaptureReceipt } from '@vigil/shared/schemas/capture';
import { CAPTURE_UPLOAD } from '@vigil/shared/schemas/capture';
import { sealCapture } from '@vigil/shared/evidence/seal';
import { testApp } from '../test-support/app.ts';
import { evidenceRowCounts, registeredDevice, signedCapture, uploadBody } from '../test-support/evidence.ts';
import { userWithToken } from '../test-support/users.ts';

/** Uploads over real HTTP (node-server), as the extension's fetch sends them: streaming, early refusals, big bodies. */
let t: Awaited<ReturnType<typeof testApp>>;
let server: ServerType;
let base: string;
beforeAll(async () => {
  t = await testApp();
  await new Promise<void>((resolve) => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (headers: Record<string, string>, body: Blob) =>
  fetch(`${base}/api/captures`, { method: 'POST', headers: { ...headers, 'content-type': CAPTURE_UPLOAD.contentType }, body });

describe('capture upload over HTTP', () => {
  test('a 6 MiB capture streams in, and its receipt and bytes come back', async () => {
    const staff = await userWithToken(t.deps, 'staff');
    const device = await registeredDevice(t.app, staff.headers);
    const big = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 7) % 253);
    const files = new Map([['fullpage.png', { type: 'image/png', provenance: 'onscreen' as const, bytes: big }]]);
    const cap = await signedCapture(staff.user, device, { files, tweak: (m) => { m.kind = 'page'; delete m.unit; } });
    const started = performance.now();
    const res = await post(staff.headers, uploadBody(cap));
    const ms = performance.now() - started;
    expect(res.status).toBe(201);
    expect(((await res.json()) as CaptureReceipt).manifestSha256).toBe(cap.sha256);
    console.log(`6 MiB upload to receipt over loopback: ${ms.toFixed(0)} ms`);
    const dl = await fetch(`${base}/api/captures/${cap.manifest.captureId}/artefacts/fullpage.png`, { headers: staff.headers });
    expect(Buffer.compare(Buffer.from(await dl.arrayBuffer()), Buffer.from(big))).toBe(0);
  });

  test('a refusal mid-body still reaches the client as JSON, and nothing is stored', async () => {
    const staff = await userWithToken(t.deps, 'staff');
    const device = await registeredDevice(t.app, staff.headers);
    const before = await evidenceRowCounts(t.db);
    const cap = await signedCapture(staff.user, device, { tweak: (m) => { m.artefacts[0]!.size = CAPTURE_UPLOAD.maxArtefactBytes + 1; } });
    const parts = [...cap.files].map(([name, f]) => ({ name, bytes: name === cap.manifest.artefacts[0]!.name ? new Uint8Array(3 * 1024 * 1024) : f.bytes }));
    const res = await post(staff.headers, uploadBody(cap, parts));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const tampered = await signedCapture(staff.user, device);
    const bad = [...tampered.files].map(([name, f]) => ({ name, bytes: name === 'unit.json' ? new Uint8Array(f.bytes.length) : f.bytes }));
    const res2 = await post(staff.headers, uploadBody(tampered, bad));
    expect(res2.status).toBe(400);
    expect(((await res2.json()) as { error: { code: string } }).error.code).toBe('artefact_digest_mismatch');
    expect(await evidenceRowCounts(t.db)).toEqual(before);
  });

  test('sealCapture (the extension’s path) → new Blob(body) → fetch gives a receipt; resending the same bytes gives it again', async () => {
    const staff = await userWithToken(t.deps, 'staff');
    const device = await registeredDevice(t.app, staff.headers);
    const sealed = await sealCapture({
      captureId: randomUUID(),
      kind: 'unit',
      page: { url: 'https://m.weibo.cn/detail/500', title: '微博正文' },
      unit: { platform: 'weibo-mobile', key: 'weibo:500' },
      capturer: { userId: staff.user.id, name: staff.user.name },
      device: { id: device.id, privateKey: device.keys.privateKey, publicKeyJwk: device.publicKeyJwk },
      times: { startedAt: new Date().toISOString(), finishedAt: new Date().toISOString() },
      notes: { vigilMarksHidden: true, fullPage: 'debugger' },
      artefacts: [
        { name: 'viewport.png', type: 'image/png', provenance: 'onscreen', bytes: new Uint8Array(50_000).fill(7) },
        { name: 'environment.json', type: 'application/json', provenance: 'environment', bytes: new Uint8Array(Buffer.from('{"browser":"Chromium"}')) },
      ],
    });
    const first = await post(staff.headers, new Blob(sealed.body as BlobPart[]));
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as CaptureReceipt;
    expect(receipt.manifestSha256).toBe(sealed.manifestSha256);
    const again = await post(staff.headers, new Blob(sealed.body as BlobPart[]));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(receipt);
  });
});
