import { Me } from '@vigil/shared/schemas/auth';
import { ErrorBody, Health } from '@vigil/shared/schemas/common';
import { normalizeApiUrl } from './api-url.ts';

/**
 * The extension's one way to the Vigil API: a small typed fetch wrapper over the shared zod schemas (the API's
 * `AppType` lives in a Node package the extension does not build against). Every failure becomes a reason a
 * user can act on instead of an exception.
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
}

/** Any schema with zod's `safeParse` (the shared schemas), without the extension depending on zod itself. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

export interface ApiClientOptions {
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
}

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
  return { reason, status, code, message };
}

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = normalizeApiUrl(options.apiUrl);

  async function request<T>(
    method: string,
    path: string,
    schema: Schema<T>,
    init: { body?: unknown; auth?: boolean } = {},
  ): Promise<ApiResult<T>> {
    if (!base) return { ok: false, failure: { reason: 'bad_url' } };
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.auth !== false && options.token) headers.authorization = `Bearer ${options.token.trim()}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        credentials: 'omit',
      });
    } catch (err) {
      // fetch rejects only when no HTTP answer came back: refused, DNS, TLS, CORS.
      return { ok: false, failure: { reason: 'unreachable', message: err instanceof Error ? err.message : String(err) } };
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const failure = failureFromError(response.status, body);
      return { ok: false, failure: failure ?? { reason: 'bad_response', status: response.status } };
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) return { ok: false, failure: { reason: 'bad_response', status: response.status } };
    return { ok: true, data: parsed.data };
  }

  return {
    baseUrl: base,
    request,
    health: () => request('GET', '/api/health', Health, { auth: false }),
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
