import { z } from 'zod';
import { Reach } from '../evidence/reach.ts';

/**
 * Evidence capture contracts (issue 6), shared by the extension (which builds and uploads captures), the API (which
 * checks and stores them) and the review workspace. The upload wire format is described at {@link CAPTURE_UPLOAD}.
 */

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'lower-case hex SHA-256');
const isoTime = z.iso.datetime({ offset: true });

/** Artefact names become file names in exported packages: short, ASCII, no path separators. */
export const ArtefactName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'artefact name: letters, digits, . _ - (max 100)');

export const Provenance = z.enum(['onscreen', 'browser', 'adapter', 'environment']).describe(
  'onscreen: pixels the user saw; browser: what the browser itself produced (MHTML); adapter: data read by the site adapter; environment: facts about the capturing machine',
);

export const ArtefactEntry = z
  .object({
    name: ArtefactName,
    type: z.string().min(3).max(100).regex(/^[\w.+-]+\/[\w.+-]+$/, 'MIME type'),
    size: z.number().int().min(0),
    sha256: sha256Hex,
    provenance: Provenance,
  })
  .meta({ id: 'ArtefactEntry' });
export type ArtefactEntry = z.infer<typeof ArtefactEntry>;

export const MANIFEST_VERSION = 1;

export const Manifest = z
  .object({
    version: z.literal(MANIFEST_VERSION),
    captureId: z.uuid().describe('chosen by the client; makes uploads idempotent'),
    kind: z.enum(['unit', 'page']),
    page: z.object({ url: z.string().min(1).max(4000), title: z.string().max(1000) }),
    unit: z.object({ platform: z.string().min(1).max(40), key: z.string().min(1).max(200), permalink: z.string().max(4000).optional() }).optional(),
    capturer: z.object({ userId: z.string().min(1).max(64), name: z.string().max(200) }),
    device: z.object({ id: z.string().min(1).max(64), keyThumbprint: z.string().min(20).max(100).describe('RFC 7638 SHA-256 JWK thumbprint') }),
    times: z.object({ startedAt: isoTime, finishedAt: isoTime, clockOffsetMs: z.number().int().optional().describe('API clock minus device clock') }),
    artefacts: z.array(ArtefactEntry).min(1).max(64),
    notes: z.looseObject({ vigilMarksHidden: z.boolean().describe('Vigil highlights and badges were hidden for the screenshots') }),
  })
  .refine((m) => new Set(m.artefacts.map((a) => a.name)).size === m.artefacts.length, { message: 'artefact names must be unique', path: ['artefacts'] })
  .refine((m) => m.kind === 'page' || m.unit !== undefined, { message: 'a unit capture names its unit', path: ['unit'] })
  .meta({ id: 'CaptureManifest' });
export type Manifest = z.infer<typeof Manifest>;

export const EcPublicJwk = z
  .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().regex(/^[A-Za-z0-9_-]{43}$/), y: z.string().regex(/^[A-Za-z0-9_-]{43}$/) })
  .meta({ id: 'EcPublicJwk' });
export type EcPublicJwk = z.infer<typeof EcPublicJwk>;

export const DeviceRegisterRequest = z
  .object({ name: z.string().trim().min(1).max(200).describe('e.g. "Chrome 142 · Windows"'), publicKeyJwk: EcPublicJwk })
  .meta({ id: 'DeviceRegisterRequest' });

export const Device = z
  .object({ id: z.string(), name: z.string(), keyThumbprint: z.string(), publicKeyJwk: EcPublicJwk, createdAt: z.string() })
  .meta({ id: 'Device' });
export type Device = z.infer<typeof Device>;

export const TreeHead = z
  .object({ size: z.number().int().min(1), rootHash: sha256Hex, timestamp: isoTime, signature: z.string().describe('base64 Ed25519 over the canonical tree-head message') })
  .meta({ id: 'TreeHead' });
export type TreeHead = z.infer<typeof TreeHead>;

export const TimestampStatus = z.object({ tsa: z.string(), status: z.enum(['granted', 'pending', 'failed']), genTime: z.string().optional() });

export const CaptureReceipt = z
  .object({
    captureId: z.string(),
    manifestSha256: sha256Hex,
    logIndex: z.number().int().min(0),
    treeHead: TreeHead,
    timestamps: z.array(TimestampStatus),
  })
  .meta({ id: 'CaptureReceipt' });
export type CaptureReceipt = z.infer<typeof CaptureReceipt>;

export const CheckName = z.enum(['artefact-digest', 'artefact-set', 'manifest-digest', 'manifest-signature', 'log-inclusion', 'tree-head-signature', 'log-consistency', 'tsa-token']);
export const Check = z
  .object({
    name: CheckName,
    subject: z.string().optional(),
    ok: z.boolean(),
    expected: z.string().optional(),
    actual: z.string().optional(),
    detail: z.string().optional(),
  })
  .meta({ id: 'VerificationCheck' });
export type Check = z.infer<typeof Check>;

export const VerifyResult = z.object({ captureId: z.string(), ok: z.boolean(), checks: z.array(Check) }).meta({ id: 'VerifyResult' });
export type VerifyResult = z.infer<typeof VerifyResult>;

export const ConsistencyQuery = z.object({
  from: z.coerce.number().int().min(1).describe('size of the earlier tree head (e.g. a receipt’s treeHead.size)'),
  to: z.coerce.number().int().min(1).optional().describe('size of the later tree head; default the latest'),
});
export const ConsistencyProof = z
  .object({ from: TreeHead, to: TreeHead, proof: z.array(sha256Hex).describe('RFC 6962 PROOF(from, D[to]), hex') })
  .meta({ id: 'ConsistencyProof' });
export type ConsistencyProof = z.infer<typeof ConsistencyProof>;

export const LogInfo = z
  .object({ treeHead: TreeHead.nullable(), publicKeyJwk: z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string() }), publicKeyPem: z.string() })
  .meta({ id: 'EvidenceLogInfo' });

export const CaptureSummary = z
  .object({
    id: z.string().describe('the client capture id'),
    kind: z.enum(['unit', 'page']),
    url: z.string(),
    title: z.string(),
    platform: z.string().nullable(),
    unitKey: z.string().nullable(),
    permalink: z.string().nullable().describe("the captured post's permalink from the signed manifest (a unit capture's page may be a feed titled 微博)"),
    recheckCaseId: z.string().nullable().describe('a takedown re-check capture: the case it was made for (signed manifest notes.recheck, issue 10)'),
    capturer: z.object({ id: z.string(), name: z.string() }),
    startedAt: z.string(),
    receivedAt: z.string(),
    manifestSha256: sha256Hex,
    artefactCount: z.number().int(),
    totalBytes: z.number().int(),
  })
  .meta({ id: 'CaptureSummary' });
export type CaptureSummary = z.infer<typeof CaptureSummary>;

export const CaptureList = z.object({ items: z.array(CaptureSummary), total: z.number().int(), nextOffset: z.number().int().nullable() }).meta({ id: 'CaptureList' });

export const CaptureListQuery = z.object({
  platform: z.string().max(40).optional(),
  userId: z.string().max(64).optional(),
  from: isoTime.optional().describe('received at or after'),
  to: isoTime.optional().describe('received before'),
  q: z.string().trim().min(1).max(200).optional().describe('substring of URL, title or unit key'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const CustodyEvent = z.object({
  logIndex: z.number().int(),
  event: z.string(),
  actor: z.object({ id: z.string(), name: z.string().nullable() }),
  at: z.string(),
  detail: z.string().optional(),
});

export const CaptureDetail = CaptureSummary.extend({
  manifest: Manifest,
  deviceId: z.string(),
  signature: z.string(),
  receipt: CaptureReceipt,
  custody: z.array(CustodyEvent),
  reach: Reach.nullable().describe('counts at capture time, as displayed and as integers, from the signed unit.json (issue 10)'),
}).meta({ id: 'CaptureDetail' });

/** One header per part of an upload (see CAPTURE_UPLOAD). */
export const UploadPartHeader = z.union([
  z.object({ field: z.enum(['manifest', 'signature', 'deviceId']), size: z.number().int().min(0) }).strict(),
  z.object({ artefact: ArtefactName, size: z.number().int().min(0) }).strict(),
]);
export type UploadPartHeader = z.infer<typeof UploadPartHeader>;

/**
 * The upload wire format of `POST /api/captures` ("VGC1"), chosen over multipart so the server can check sizes
 * before reading a byte of a part, and needs no boundary scanning:
 *
 *   Content-Type: application/vnd.vigil.capture        Authorization: Bearer <token>
 *   body  = "VGC1" part*                               (4 ASCII bytes, then parts until end of body)
 *   part  = u32 big-endian header length H (1..4096) · H bytes UTF-8 JSON header · exactly `size` body bytes
 *   header = {"field":"manifest"|"signature"|"deviceId","size":N} | {"artefact":"<name>","size":N}
 *
 * Parts, in this order: `manifest` (the RFC 8785 canonical manifest bytes, ≤ 256 KiB), `signature` (ASCII base64 of
 * the 64-byte raw r‖s ECDSA P-256 signature, made by WebCrypto `sign({name:'ECDSA',hash:'SHA-256'}, key,
 * manifestBytes)` — i.e. over SHA-256 of the canonical manifest bytes, which is the manifest digest), `deviceId`
 * (ASCII id returned by `POST /api/devices`), then one part per manifest artefact in any order, each exactly once,
 * `size` equal to the manifest's. Limits: 64 MiB per artefact, 64 MiB per upload (413 `payload_too_large`).
 * `encodeCaptureUpload` in shared/src/evidence/container.ts builds the body.
 *
 * Answers: 201 receipt (stored now) · 200 the same receipt (already stored: retries are safe) · 4xx `{error:{code}}`.
 * Permanent (retrying the same bytes cannot succeed; show the message): 400 `malformed_upload`, `invalid_manifest`,
 * `device_mismatch`, `bad_signature`, `artefact_unlisted`, `artefact_duplicate`, `artefact_size_mismatch`,
 * `artefact_digest_mismatch`, `artefact_missing`; 403 `capturer_mismatch`, `unknown_device` (register the device
 * again and re-sign); 409 `capture_id_conflict`; 413 `payload_too_large`; 415 `unsupported_media_type`.
 * Retry later with back-off: 429 `rate_limited` (30 per user per minute, 3 in flight), 5xx, network errors.
 * 401 (`invalid_token`, `token_revoked`…): keep the capture and ask the user to fix the token.
 */
export const CAPTURE_UPLOAD = {
  contentType: 'application/vnd.vigil.capture',
  magic: 'VGC1',
  maxHeaderBytes: 4096,
  maxManifestBytes: 256 * 1024,
  maxArtefactBytes: 64 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
} as const;
