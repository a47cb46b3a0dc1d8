import { CAPTURE_UPLOAD, CaptureReceipt } from '@vigil/shared/schemas/capture';
import { ErrorBody } from '@vigil/shared/schemas/common';
import { encodeCaptureUpload } from '@vigil/shared/evidence/container';
import { normalizeApiUrl } from '../api-url.ts';
import type { OutboxRecord, UploadResult } from './outbox.ts';

export interface UploadTarget {
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** A server that accepts the connection and never answers must not hold the outbox forever. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

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
 * `POST /api/captures` for one record. Only a refusal of this capture (4xx other than auth and rate limiting) is
 * final; anything else (down, 5xx, 429, token trouble) is retried later, because the evidence itself is fine.
 */
export async function uploadCapture(target: UploadTarget, record: OutboxRecord): Promise<UploadResult> {
  const base = normalizeApiUrl(target.apiUrl);
  if (!base || !target.token.trim()) return { ok: false, error: { kind: 'not_configured' } };
  const doFetch = target.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(`${base}/api/captures`, {
      method: 'POST',
      headers: { 'content-type': CAPTURE_UPLOAD.contentType, authorization: `Bearer ${target.token.trim()}`, accept: 'application/json' },
      body: uploadBody(record),
      credentials: 'omit',
      signal: AbortSignal.timeout(target.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (err) {
    return { ok: false, error: { kind: 'unreachable', message: err instanceof Error ? err.message : String(err) } };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const receipt = CaptureReceipt.safeParse(body);
    if (receipt.success && receipt.data.captureId === record.captureId) return { ok: true, receipt: receipt.data };
    return { ok: false, error: { kind: 'server', status: response.status, message: 'unexpected answer' } };
  }
  const parsed = ErrorBody.safeParse(body);
  const code = parsed.success ? parsed.data.error.code : undefined;
  const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
  const error = { status: response.status, ...(code ? { code } : {}), message };
  if (response.status === 401) return { ok: false, error: { ...error, kind: code === 'token_revoked' ? 'token_revoked' : 'invalid_token' } };
  if (response.status >= 500 || response.status === 429 || !parsed.success) return { ok: false, error: { ...error, kind: 'server' } };
  return { ok: false, error: { ...error, kind: 'rejected' } };
}
