import { CAPTURE_UPLOAD, CaptureReceipt } from '@vigil/shared/schemas/capture';
import { encodeCaptureUpload } from '@vigil/shared/evidence/container';
import { createApiClient, type ApiFailure } from '../api-client.ts';
import type { OutboxRecord, UploadResult } from './outbox.ts';
import type { OutboxError } from './types.ts';

export interface UploadTarget {
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** A server that accepts the connection and never answers must not hold the outbox forever. */
  timeoutMs?: number;
}

/** A capture of many MB over a slow line: longer than the client's default for JSON requests. */
const UPLOAD_TIMEOUT_MS = 120_000;

/** The VGC1 body (CAPTURE_UPLOAD) of one outbox record; artefact Blobs are passed through, not copied. */
export function uploadBody(record: OutboxRecord): Blob {
  const parts = encodeCaptureUpload<Blob>({
    manifestBytes: record.manifestBytes,
    signature: record.signature,
    deviceId: record.deviceId,
    artefacts: record.artefacts.map((a) => ({ name: a.name, size: a.body.size, body: a.body })),
  });
  return new Blob(parts as BlobPart[]);
}

/**
 * The outbox's words for an API failure. Only a refusal of this capture (4xx other than auth and rate limiting) is
 * final; anything else (down, 5xx, 429, token trouble) is retried later, because the evidence itself is fine.
 */
function outboxError(f: ApiFailure): OutboxError {
  const detail = { ...(f.status ? { status: f.status } : {}), ...(f.code ? { code: f.code } : {}), message: f.message ?? `HTTP ${f.status ?? '?'}` };
  if (f.reason === 'unreachable') return { kind: 'unreachable', ...(f.message ? { message: f.message } : {}) };
  if (f.reason === 'invalid_token' || f.reason === 'token_revoked') return { ...detail, kind: f.reason };
  if (f.reason === 'rejected' || f.reason === 'forbidden') return { ...detail, kind: 'rejected' };
  return { ...detail, kind: 'server' };
}

/** `POST /api/captures` for one record, through the one API client. */
export async function uploadCapture(target: UploadTarget, record: OutboxRecord): Promise<UploadResult> {
  const client = createApiClient({ apiUrl: target.apiUrl, token: target.token, ...(target.fetch ? { fetch: target.fetch } : {}) });
  if (!client.configured) return { ok: false, error: { kind: 'not_configured' } };
  const res = await client.request('POST', '/api/captures', CaptureReceipt, {
    upload: { body: uploadBody(record), contentType: CAPTURE_UPLOAD.contentType },
    timeoutMs: target.timeoutMs ?? UPLOAD_TIMEOUT_MS,
  });
  if (res.ok && res.data.captureId === record.captureId) return { ok: true, receipt: res.data };
  if (res.ok || (res.failure.reason === 'bad_response' && res.failure.status !== undefined && res.failure.status < 300)) {
    return { ok: false, error: { kind: 'server', status: res.ok ? 200 : res.failure.status, message: 'unexpected answer' } };
  }
  return { ok: false, error: outboxError(res.failure) };
}
