import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { Health } from '@vigil/shared/schemas/common';
import type { AppEnv } from '../lib/context.ts';
import { route } from '../lib/route.ts';

export const healthRoutes = new Hono<AppEnv>().get(
  '/',
  route({ roles: 'public', summary: 'Liveness and database check', responses: { 200: { description: 'ok', schema: Health } } }),
  async (c) => {
    const { db, config } = c.get('deps');
    await db.run(sql`select 1`);
    return c.json({ ok: true as const, version: config.version, database: config.databaseLabel }, 200);
  },
);
