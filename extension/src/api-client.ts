import { Me } from '@vigil/shared/schemas/auth';
import { ErrorBody, Health } from '@vigil/shared/schemas/common';
import { normalizeApiUrl } from './api-url.ts';

/**
 * The extension's one door to the Vigil API (issue 9): a small typed fetch wrapper over the shared zod schemas (the
 * API's `AppType` lives in a Node package the extension does not build against). One base URL rule, one Bearer
 * header, one timeout, one error shape: every failure becomes a reason a user can act on instead of an exception.
 * Nothing else in the extension calls `fetch` on the API.
 */

export type FailureReason =
  | 'not_configured'
  | 'bad_url'
  | 'permission_denied'
  | 'unreachable'
  | 'not_vigil'
  | 'invalid_token'
  | 'token_revoked'
  | 'account_disabled'
  | 'forbidden'
  | 'rate_limited'
  | 'server_error'
  | 'bad_response'
  | 'rejected';

export interface ApiFailure {
  reason: FailureReason;
  status?: number;
  /** The API's `error.code`, when it answered with the error shape. */
  code?: string;
  message?: string;
  /** The whole error body, for answers that say more than `error` (e.g. the refused reply uses of a 422). */
  body?: unknown;
}

/** Any schema with zod's `safeParse` (the shared schemas), without the extension depending on zod itself. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type ApiResult<T> = { ok: true; data: T; headers: Headers } | { ok: false; failure: ApiFailure };
/** A conditional GET: `notModified` when the server's copy still has the ETag we hold. */
export type ConditionalResult<T> = ApiResult<T> | { ok: true; notModified: true; headers: Headers };

export interface ApiClientOptions {
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (a capture upload). */
  upload?: { body: Blob; contentType: string };
  auth?: boolean;
  /** `If-None-Match`: answered 304 when unchanged. */
  etag?: string;
  /** Overrides the one default below for a request known to be long (a capture of many MB). */
  timeoutMs?: number;
}

/** A server that accepts the connection and never answers must not hold a caller forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** For answers whose body the caller does not read. */
export const anyBody: Schema<unknown> = { safeParse: (value) => ({ success: true, data: value }) };

const failureByCode: Record<string, FailureReason> = {
  invalid_token: 'invalid_token',
  token_revoked: 'token_revoked',
  account_disabled: 'account_disabled',
  unauthorized: 'invalid_token',
  forbidden: 'forbidden',
  rate_limited: 'rate_limited',
};

function failureFromError(status: number, body: unknown): ApiFailure | null {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return null;
  const { code, message } = parsed.data.error;
  const reason = failureByCode[code] ?? (status >= 500 ? 'server_error' : 'rejected');
  return { reason, status, code, message, body };
}

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = normalizeApiUrl(options.apiUrl);
  const token = options.token.trim();

  async function send(method: string, path: string, init: RequestOptions): Promise<{ response: Response } | { failure: ApiFailure }> {
    if (!base) return { failure: { reason: 'bad_url' } };
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.auth !== false && token) headers.authorization = `Bearer ${token}`;
    if (init.etag) headers['if-none-match'] = init.etag;
    let body: BodyInit | undefined;
    if (init.upload) {
      headers['content-type'] = init.upload.contentType;
      body = init.upload.body;
    } else if (init.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    try {
      const response = await doFetch(`${base}${path}`, {
        method, headers, body, credentials: 'omit',
        signal: AbortSignal.timeout(init.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      return { response };
    } catch (err) {
      // fetch rejects only when no HTTP answer came back: refused, DNS, TLS, CORS, or our timeout.
      return { failure: { reason: 'unreachable', message: err instanceof Error ? err.message : String(err) } };
    }
  }

  async function read<T>(response: Response, schema: Schema<T>): Promise<ApiResult<T>> {
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const failure = failureFromError(response.status, body);
      return { ok: false, failure: failure ?? { reason: 'bad_response', status: response.status, body } };
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) return { ok: false, failure: { reason: 'bad_response', status: response.status } };
    return { ok: true, data: parsed.data, headers: response.headers };
  }

  async function request<T>(method: string, path: string, schema: Schema<T>, init: RequestOptions = {}): Promise<ApiResult<T>> {
    const sent = await send(method, path, init);
    return 'response' in sent ? read(sent.response, schema) : { ok: false, failure: sent.failure };
  }

  /** GET with the ETag held: 304 costs no body (rule pack, approved replies). */
  async function conditional<T>(path: string, schema: Schema<T>, etag: string | undefined): Promise<ConditionalResult<T>> {
    const sent = await send('GET', path, etag ? { etag } : {});
    if (!('response' in sent)) return { ok: false, failure: sent.failure };
    if (sent.response.status === 304 && etag) return { ok: true, notModified: true, headers: sent.response.headers };
    return read(sent.response, schema);
  }

  return {
    baseUrl: base,
    /** An address and a token are set: worth trying (not proof that they work). */
    configured: base !== null && token !== '',
    request,
    conditional,
    health: (timeoutMs?: number) => request('GET', '/api/health', Health, { auth: false, ...(timeoutMs ? { timeoutMs } : {}) }),
    me: () => request('GET', '/api/me', Me),
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;

export type ConnectionResult = { ok: true; me: Me; apiUrl: string } | { ok: false; failure: ApiFailure };

/**
 * The settings connection check: who does this token belong to? On failure, `/api/health` tells a Vigil API with a
 * problem (revoked token…) apart from an address that is not a Vigil API at all (404, HTML, another service).
 */
export async function checkConnection(options: ApiClientOptions): Promise<ConnectionResult> {
  if (!options.apiUrl.trim()) return { ok: false, failure: { reason: 'not_configured' } };
  const client = createApiClient(options);
  if (!client.baseUrl) return { ok: false, failure: { reason: 'bad_url' } };
  if (!options.token.trim()) return { ok: false, failure: { reason: 'not_configured' } };
  const me = await client.me();
  if (me.ok) return { ok: true, me: me.data, apiUrl: client.baseUrl };
  if (me.failure.reason === 'unreachable') return me;
  // Whatever a server that is not a Vigil API says (even a 401), the user's problem is the address.
  const health = await client.health();
  if (!health.ok) return { ok: false, failure: { ...me.failure, reason: 'not_vigil' } };
  return me;
}
