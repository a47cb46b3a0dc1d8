import type { EcPublicJwk, Manifest } from '../schemas/capture.ts';
import { encodeCaptureUpload } from './container.ts';
import { buildManifest, describeArtefact } from './manifest.ts';
import type { WebKey } from './platform.ts';
import { jwkThumbprint, signManifest } from './signature.ts';

export interface SealInput {
  captureId: string;
  kind: Manifest['kind'];
  page: Manifest['page'];
  unit?: Manifest['unit'];
  capturer: Manifest['capturer'];
  device: { id: string; privateKey: WebKey; publicKeyJwk: EcPublicJwk };
  times: Manifest['times'];
  notes: Manifest['notes'];
  artefacts: { name: string; type: string; provenance: Manifest['artefacts'][number]['provenance']; bytes: Uint8Array }[];
}

export interface SealedCapture {
  manifest: Manifest;
  /** Canonical manifest bytes: what is signed, hashed and uploaded. */
  manifestBytes: Uint8Array;
  manifestSha256: string;
  /** base64 raw r‖s ECDSA P-256 over manifestBytes. */
  signature: string;
  /** The `POST /api/captures` body in pieces: `new Blob(body)` (Content-Type CAPTURE_UPLOAD.contentType). */
  body: Uint8Array[];
}

/**
 * Everything the extension does between "the artefacts are captured" and "send it": digest each artefact, build the
 * canonical manifest, sign it with the device key, lay out the VGC1 body. Store the result in the outbox as is; a
 * retry resends the same bytes, so the server's idempotency on captureId holds.
 */
export async function sealCapture(input: SealInput): Promise<SealedCapture> {
  const manifest: Manifest = {
    version: 1,
    captureId: input.captureId,
    kind: input.kind,
    page: input.page,
    ...(input.unit ? { unit: input.unit } : {}),
    capturer: input.capturer,
    device: { id: input.device.id, keyThumbprint: await jwkThumbprint(input.device.publicKeyJwk) },
    times: input.times,
    artefacts: await Promise.all(input.artefacts.map((a) => describeArtefact(a.name, a.type, a.provenance, a.bytes))),
    notes: input.notes,
  };
  const built = await buildManifest(manifest);
  const signature = await signManifest(input.device.privateKey, built.bytes);
  const body = encodeCaptureUpload({
    manifestBytes: built.bytes,
    signature,
    deviceId: input.device.id,
    artefacts: input.artefacts.map((a) => ({ name: a.name, size: a.bytes.length, body: a.bytes })),
  });
  return { manifest: built.manifest, manifestBytes: built.bytes, manifestSha256: built.sha256, signature, body };
}
