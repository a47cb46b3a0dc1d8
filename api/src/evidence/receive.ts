import { and, count, eq, gt } from 'drizzle-orm';
import { CAPTURE_UPLOAD, EcPublicJwk, type CaptureReceipt } from '@vigil/shared/schemas/capture';
import { parseManifestBytes } from '@vigil/shared/evidence/manifest';
import { jwkThumbprint, verifyManifestSignature } from '@vigil/shared/evidence/signature';
import { sha256Hex } from '@vigil/shared/evidence/sha256';
import { captures } from '../db/schema/captures.ts';
import { devices } from '../db/schema/devices.ts';
import type { AppDeps, Auth } from '../lib/context.ts';
import { ApiError, errors } from '../lib/errors.ts';
import { captureRow, receiptFor, storeCapture, type ReceivedArtefact } from './store.ts';
import { malformed, UploadReader } from './upload-reader.ts';

const bad = (code: string, message: string) => new ApiError(400, code, message);

export interface UploadLimits {
  maxArtefactBytes: number;
  maxTotalBytes: number;
}

/** Uploads a user may store per minute, counted in the database so every API process sees the same number. */
export const CAPTURES_PER_MINUTE = 30;
/** Uploads one user may have in flight in this process: each may hold up to 64 MiB in memory until it is checked. */
export const UPLOADS_IN_FLIGHT = 3;
const inFlight = new Map<string, number>();

/**
 * `POST /api/captures`: read the upload, check everything — manifest form, device, signature, the exact artefact set,
 * every size and digest — and only then store it (one transaction). Returns 201 for a new capture, 200 with the
 * same receipt for one already stored under this capture id.
 */
export async function receiveCapture(
  deps: AppDeps,
  auth: Auth,
  req: { body: ReadableStream<Uint8Array> | null; contentType: string | undefined; contentLength: string | undefined },
  limits: UploadLimits = CAPTURE_UPLOAD,
): Promise<{ status: 200 | 201; receipt: CaptureReceipt }> {
  if ((req.contentType ?? '').split(';')[0]!.trim().toLowerCase() !== CAPTURE_UPLOAD.contentType) {
    throw new ApiError(415, 'unsupported_media_type', `请以 ${CAPTURE_UPLOAD.contentType} 格式上传 / Send ${CAPTURE_UPLOAD.contentType}`);
  }
  // Headroom above the artefact limit for the manifest, signature and part headers.
  const maxBody = limits.maxTotalBytes + CAPTURE_UPLOAD.maxManifestBytes + 64 * 1024;
  if (req.contentLength && Number(req.contentLength) > maxBody) throw errors.tooLarge();
  if (!req.body) throw malformed('empty body');
  const busy = inFlight.get(auth.user.id) ?? 0;
  if (busy >= UPLOADS_IN_FLIGHT) throw errors.tooMany(`正在上传的取证过多，请稍后重试 / ${busy} uploads already in progress, retry shortly`);
  inFlight.set(auth.user.id, busy + 1);
  const reader = new UploadReader(req.body, maxBody);
  try {
    return await receive(deps, auth, reader, limits);
  } finally {
    const left = (inFlight.get(auth.user.id) ?? 1) - 1;
    if (left > 0) inFlight.set(auth.user.id, left);
    else inFlight.delete(auth.user.id);
    await reader.finish();
  }
}

async function recentUploads(deps: AppDeps, userId: string): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - 60_000);
  const [row] = await deps.db.select({ n: count() }).from(captures).where(and(eq(captures.userId, userId), gt(captures.receivedAt, since)));
  return row?.n ?? 0;
}

async function receive(deps: AppDeps, auth: Auth, reader: UploadReader, limits: UploadLimits) {
  await reader.readMagic();
  const manifestBytes = await reader.readField('manifest', CAPTURE_UPLOAD.maxManifestBytes);
  const signature = new TextDecoder().decode(await reader.readField('signature', 200)).trim();
  const deviceId = new TextDecoder().decode(await reader.readField('deviceId', 100)).trim();

  const parsed = parseManifestBytes(manifestBytes);
  if (!parsed.ok) throw bad('invalid_manifest', `清单无效 / Invalid manifest — ${parsed.reason}`);
  const manifest = parsed.manifest;
  const manifestSha256 = await sha256Hex(manifestBytes);

  if (manifest.capturer.userId !== auth.user.id) throw errors.forbidden('清单中的取证人不是当前用户 / The manifest names another capturer', 'capturer_mismatch');
  const [device] = await deps.db.select().from(devices).where(and(eq(devices.id, deviceId), eq(devices.userId, auth.user.id))).limit(1);
  if (!device) throw errors.forbidden('设备未注册或不属于当前用户 / Unknown device, or not yours', 'unknown_device');
  const jwk = EcPublicJwk.parse(JSON.parse(device.publicKeyJwk));
  if (manifest.device.id !== device.id || manifest.device.keyThumbprint !== (await jwkThumbprint(jwk))) {
    throw bad('device_mismatch', '清单中的设备与上传设备不符 / The manifest names another device or key');
  }
  if (!(await verifyManifestSignature(jwk, manifestBytes, signature))) throw bad('bad_signature', '清单签名无效 / The manifest signature does not verify');

  const existing = await captureRow(deps.db, manifest.captureId);
  if (existing) {
    if (existing.manifestSha256 !== manifestSha256) throw errors.conflict('该取证编号已用于另一份清单 / This capture id was used for a different manifest', 'capture_id_conflict');
    return { status: 200 as const, receipt: await receiptFor(deps.db, existing) };
  }

  if ((await recentUploads(deps, auth.user.id)) >= CAPTURES_PER_MINUTE) {
    throw errors.tooMany(`每分钟最多上传 ${CAPTURES_PER_MINUTE} 份取证，请稍后重试 / At most ${CAPTURES_PER_MINUTE} captures per minute`);
  }
  for (const a of manifest.artefacts) {
    if (a.size > limits.maxArtefactBytes) throw errors.tooLarge(`文件 ${a.name} 过大 / Artefact ${a.name} exceeds ${limits.maxArtefactBytes} bytes`);
  }
  if (manifest.artefacts.reduce((n, a) => n + a.size, 0) > limits.maxTotalBytes) throw errors.tooLarge(`取证总大小超过 ${limits.maxTotalBytes} 字节 / Capture exceeds ${limits.maxTotalBytes} bytes`);

  const listed = new Map(manifest.artefacts.map((a) => [a.name, a]));
  const received = new Map<string, ReceivedArtefact>();
  while (!(await reader.atEnd())) {
    const h = await reader.readHeader();
    if (!('artefact' in h)) throw malformed(`unexpected "${h.field}" part after the artefacts began`);
    const entry = listed.get(h.artefact);
    if (!entry) throw bad('artefact_unlisted', `文件 ${h.artefact} 不在清单中 / Artefact ${h.artefact} is not in the manifest`);
    if (received.has(h.artefact)) throw bad('artefact_duplicate', `文件 ${h.artefact} 重复 / Artefact ${h.artefact} sent twice`);
    if (h.size !== entry.size) throw bad('artefact_size_mismatch', `文件 ${h.artefact} 大小不符：清单 ${entry.size}，实际 ${h.size} / size differs from the manifest`);
    const got = await reader.readArtefact(h.artefact, h.size);
    if (got.sha256 !== entry.sha256) {
      throw bad('artefact_digest_mismatch', `文件 ${h.artefact} 的 SHA-256 与清单不符 / Digest mismatch for ${h.artefact}: manifest ${entry.sha256}, received ${got.sha256}`);
    }
    received.set(h.artefact, got);
  }
  const missing = [...listed.keys()].filter((n) => !received.has(n));
  if (missing.length) throw bad('artefact_missing', `缺少文件 / Missing artefacts: ${missing.join(', ')}`);

  const stored = await storeCapture(deps, { manifest, manifestBytes, manifestSha256, signature, userId: auth.user.id, deviceId, artefacts: [...received.values()] });
  const row = await captureRow(deps.db, manifest.captureId);
  if (!row) throw new Error('capture vanished after commit');
  if (!stored && row.manifestSha256 !== manifestSha256) throw errors.conflict('该取证编号已用于另一份清单 / This capture id was used for a different manifest', 'capture_id_conflict');
  return { status: stored ? (201 as const) : (200 as const), receipt: await receiptFor(deps.db, row) };
}
