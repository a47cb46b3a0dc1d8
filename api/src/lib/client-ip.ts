import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './context.ts';

/**
 * The caller's address from the TCP connection. X-Forwarded-For is trusted only with VIGIL_TRUST_PROXY (anyone can
 * send the header; a proxy that sets it appends the real client last). In-process `app.request()` calls have no
 * connection: 'unknown'.
 */
export function clientIp(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
