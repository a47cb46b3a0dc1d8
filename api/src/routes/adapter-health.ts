import { Hono } from 'hono';
import { AdapterHealthBatch, AdapterHealthQuery, AdapterHealthResult, AdapterHealthView } from '@vigil/shared/schemas/adapter-health';
import type { AppEnv } from '../lib/context.ts';
import { requireAuth, route } from '../lib/route.ts';
import { healthView, storeHealth } from '../monitoring/adapter-health.ts';

// Adapter health (issue 12 item 4). Every extension reports, per hour, site adapter and field, whether a selector,
// the structural fallback or nothing found the field (counts only: no text, no URL); admins read the 站点适配 view:
// per site and field the primary-selector rate over 24 h against the 7 days before, the fallback share and units
// per page, with sharp drops marked, and the adapter alerts the hourly run raised.

export const adapterHealthRoutes = new Hono<AppEnv>()
  .post(
    '/',
    route({
      roles: ['staff', 'pr_lead', 'legal'],
      summary: 'Report how site adapters found each field, per hour (running totals; counts only: no text, no URL)',
      tags: ['monitoring'],
      body: AdapterHealthBatch,
      responses: { 200: { description: 'reports stored; those for an hour older than 8 days or in the future skipped', schema: AdapterHealthResult } },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const { db, clock } = c.get('deps');
      return c.json(await storeHealth(db, auth.user.id, c.req.valid('json').reports, clock.now()), 200);
    },
  )
  .get(
    '/',
    route({
      roles: ['admin'],
      summary: 'Per site and field: primary-selector rate over 24 h against the 7 days before, fallback share, units per page, adapter alerts',
      tags: ['monitoring'],
      query: AdapterHealthQuery,
      responses: { 200: { description: 'the 站点适配 view', schema: AdapterHealthView } },
    }),
    async (c) => {
      const { at } = c.req.valid('query');
      const { db, clock } = c.get('deps');
      return c.json(await healthView(db, at ? new Date(at) : clock.now()), 200);
    },
  );
