import { hc } from 'hono/client';
import type { AppType } from '../../src/app.ts';

/**
 * The workspace's typed client (`hc<AppType>`, STYLE habit 8). The session cookie goes along by itself
 * (same origin); state-changing requests also carry the CSRF token the API handed out at login or /api/me.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};
/** For requests made with fetch() (file downloads from a POST). */
export const csrfHeader = (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {});

export const api = hc<AppType>(location.origin, {
  headers: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}),
  init: { credentials: 'same-origin' },
});
export type Api = typeof api;

interface AnyResponse {
  ok: boolean;
  status: number;
  statusText: string;
  json(): Promise<unknown>;
}
// The workspace never sends If-None-Match itself (the browser's cache revalidates and hands fetch the cached 200),
// so a route's 304 answer is not a body the caller can get.
type Body<R extends AnyResponse> = Awaited<ReturnType<Exclude<R, { status: 304 }>['json']>>;

/** Resolves to the typed body of a successful answer; anything else throws an ApiError with the API's code. */
export async function ok<R extends AnyResponse>(request: Promise<R>): Promise<Body<R>> {
  let res: R;
  try {
    res = await request;
  } catch {
    throw new ApiError(0, 'unreachable', '无法连接服务器 / Cannot reach the server');
  }
  if (res.ok) return (res.status === 204 ? undefined : await res.json()) as Body<R>;
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  throw new ApiError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.message ?? res.statusText);
}
