import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The caller's address from the TCP connection. X-Forwarded-For is not trusted: anyone can send it, and Vigil is
 * served directly by @hono/node-server. In-process `app.request()` calls have no connection: 'unknown'.
 */
export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
