import { randomUUID } from 'node:crypto';
import { CAPTURE_UPLOAD, type Manifest } from '@vigil/shared/schemas/capture';
import { encodeCaptureUpload } from '@vigil/shared/evidence/container';
import { buildManifest, describeArtefact } from '@vigil/shared/evidence/manifest';
import { exportPublicJwk, generateDeviceKey, jwkThumbprint, signManifest } from '@vigil/shared/evidence/signature';
import { sealCapture, type SealInput } from '@vigil/shared/evidence/seal';
import type { App } from '../app.ts';

type Headers = Record<string, string>;

/** A device key registered for the caller, as the extension does when its token is set up. */
export async function registeredDevice(app: App, headers: Headers) {
  const keys = await generateDeviceKey();
  const publicKeyJwk = await exportPublicJwk(keys.publicKey);
  const res = await app.request('/api/devices', { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Chrome · 测试机', publicKeyJwk }) });
  if (res.status !== 201) throw new Error(`device registration failed: ${res.status} ${await res.text()}`);
  const device = (await res.json()) as { id: string };
  return { id: device.id, keys, publicKeyJwk, thumbprint: await jwkThumbprint(publicKeyJwk) };
}
export type TestDevice = Awaited<ReturnType<typeof registeredDevice>>;

export const sampleFiles = (): Map<string, { type: string; provenance: Manifest['artefacts'][number]['provenance']; bytes: Uint8Array }> =>
  new Map([
    ['viewport.png', { type: 'image/png', provenance: 'onscreen' as const, bytes: new Uint8Array(Buffer.from(`\x89PNG fake pixels ${randomUUID()}`)) }],
    ['page.mhtml', { type: 'multipart/related', provenance: 'browser' as const, bytes: new Uint8Array(Buffer.from('MIME-Version: 1.0\r\n\r\n<html><script>alert(1)</script>某品牌</html>')) }],
    ['unit.json', { type: 'application/json', provenance: 'adapter' as const, bytes: new Uint8Array(Buffer.from('{"platform":"weibo","text":"某品牌奶粉喝出问题"}')) }],
  ]);

/** A signed capture the way the extension builds it (sealCapture); `tweak` edits the manifest before it is signed. */
export async function signedCapture(
  user: { id: string; name: string },
  device: TestDevice,
  opts: { files?: ReturnType<typeof sampleFiles>; tweak?: (m: Manifest) => void; captureId?: string } = {},
) {
  const files = opts.files ?? sampleFiles();
  const input: SealInput = {
    captureId: opts.captureId ?? randomUUID(),
    kind: 'unit',
    page: { url: 'https://weibo.com/1234567890/Oabc123', title: '某品牌奶粉 - 微博' },
    unit: { platform: 'weibo', key: 'weibo:Oabc123', permalink: 'https://weibo.com/1234567890/Oabc123' },
    capturer: { userId: user.id, name: user.name },
    device: { id: device.id, privateKey: device.keys.privateKey, publicKeyJwk: device.publicKeyJwk },
    times: { startedAt: '2026-11-22T01:00:00.000Z', finishedAt: '2026-11-22T01:00:01.500Z', clockOffsetMs: 12 },
    notes: { vigilMarksHidden: true },
    artefacts: [...files].map(([name, f]) => ({ name, ...f })),
  };
  if (!opts.tweak) {
    const sealed = await sealCapture(input);
    return { manifest: sealed.manifest, bytes: sealed.manifestBytes, sha256: sealed.manifestSha256, signature: sealed.signature, files, deviceId: device.id };
  }
  // Tests that need a manifest the sealer would never write (wrong sizes, other capturers) edit it before signing.
  const manifest: Manifest = {
    version: 1,
    captureId: input.captureId,
    kind: input.kind,
    page: input.page,
    ...(input.unit ? { unit: input.unit } : {}),
    capturer: input.capturer,
    device: { id: device.id, keyThumbprint: device.thumbprint },
    times: input.times,
    artefacts: await Promise.all(input.artefacts.map((a) => describeArtefact(a.name, a.type, a.provenance, a.bytes))),
    notes: input.notes,
  };
  opts.tweak(manifest);
  const built = await buildManifest(manifest);
  const signature = await signManifest(device.keys.privateKey, built.bytes);
  return { ...built, signature, files, deviceId: device.id };
}
export type SignedCapture = Awaited<ReturnType<typeof signedCapture>>;

/** The VGC1 body; `parts` replaces the artefact parts (to send wrong, extra or missing ones). */
export function uploadBody(c: SignedCapture, parts?: { name: string; bytes: Uint8Array }[]): Blob {
  const list = parts ?? [...c.files].map(([name, f]) => ({ name, bytes: f.bytes }));
  return new Blob(encodeCaptureUpload({ manifestBytes: c.bytes, signature: c.signature, deviceId: c.deviceId, artefacts: list.map((p) => ({ name: p.name, size: p.bytes.length, body: p.bytes })) }) as BlobPart[]);
}

export function upload(app: App, headers: Headers, body: Blob | Uint8Array) {
  return app.request('/api/captures', { method: 'POST', headers: { ...headers, 'content-type': CAPTURE_UPLOAD.contentType }, body: body as BodyInit });
}

/** Rows in every evidence table, to prove a refused upload stored nothing. */
export async function evidenceRowCounts(db: { $client: { execute(sql: string): Promise<{ rows: unknown[] }> } }) {
  const out: Record<string, number> = {};
  for (const t of ['captures', 'artefacts', 'artefact_chunks', 'log_entries', 'tree_heads', 'tsa_tokens']) {
    const r = await db.$client.execute(`select count(*) as n from ${t}`);
    out[t] = Number((r.rows[0] as { n: number }).n);
  }
  return out;
}
