import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { Health } from '@vigil/shared/schemas/common';
import type { AppEnv } from '../lib/context.ts';
import { route } from '../lib/route.ts';
import { clientIp } from '../lib/client-ip.ts';

/**
 * The address this request came from, as the API saw it (behind a proxy only with VIGIL_TRUST_PROXY): the capture
 * flow records it in the signed environment.json as 取证地点 (网络出口, legal.md A.3). The caller's own address.
 */
export const CLIENT_ADDRESS_HEADER = 'x-vigil-client-address';

export const healthRoutes = new Hono<AppEnv>().get(
  '/',
  route({ roles: 'public', summary: 'Liveness and database check', responses: { 200: { description: 'ok', schema: Health } } }),
  async (c) => {
    const { db, config } = c.get('deps');
    await db.run(sql`select 1`);
    const address = clientIp(c);
    if (address !== 'unknown') c.header(CLIENT_ADDRESS_HEADER, address);
    return c.json({ ok: true as const, version: config.version, database: config.databaseLabel }, 200);
  },
);
