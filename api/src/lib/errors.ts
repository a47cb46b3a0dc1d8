import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Thrown anywhere in a handler; the one onError door turns it into `{ error: { code, message } }`.
 * Messages are shown to users: Chinese first, English after a " / " where useful.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const errors = {
  badRequest: (message: string, code = 'bad_request') => new ApiError(400, code, message),
  unauthorized: (message = '需要登录 / Authentication required', code = 'unauthorized') => new ApiError(401, code, message),
  forbidden: (message = '没有权限 / Your role may not do this', code = 'forbidden') => new ApiError(403, code, message),
  notFound: (message = '未找到 / Not found', code = 'not_found') => new ApiError(404, code, message),
  conflict: (message: string, code = 'conflict') => new ApiError(409, code, message),
  tooLarge: (message = '请求体过大 / Request body too large', code = 'payload_too_large') => new ApiError(413, code, message),
  /** A named integrity check (the names `verify` reports) failed, so the action cannot be done honestly. */
  checkFailed: (check: string, zh: string, en: string) =>
    new ApiError(409, `${check.replaceAll('-', '_')}_failed`, `校验项 ${check} 未通过：${zh}，请运行校验 / Check ${check} failed: ${en}; run verify`),
  tooMany: (message = '请求过于频繁，请稍后再试 / Too many requests', code = 'rate_limited') => new ApiError(429, code, message),
};
