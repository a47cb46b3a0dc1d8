import { Hono } from 'hono';
import { and, desc, eq, gte } from 'drizzle-orm';
import { ErrorBody } from '@vigil/shared/schemas/common';
import { HotSearchBatch, HotSearchList, HotSearchQuery, HotSearchResult } from '@vigil/shared/schemas/monitoring';
import { hotSearchSightings } from '../db/schema/hot-search.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';
import { recordSightings, unknownBrands, unnamed } from '../monitoring/hot-search.ts';
import { currentPack } from '../rules/pack-store.ts';
import { deliverAlertsNow, enqueueAlerts } from '../notify/deliver.ts';

// 热搜 watch (issue 11 item 4): staff browsers report 微博热搜 / 抖音热榜 entries that name a brand; each new entry
// (or one that climbed into a higher band) is a 重度 alert, queued to the robots and sent at once, quiet hours or
// not (重度 breaks through, as the channel routing says). PR leads and legal read the sightings.

export const hotSearchRoutes = new Hono<AppEnv>()
  .post(
    '/',
    route({
      roles: ['staff', 'pr_lead', 'legal'],
      summary: 'Report 热搜 / 热榜 entries naming a brand; raises an immediate 重度 alert per new entry (cooldown per entry, a rise into the top 10 / top 3 / 第 1 alerts again, at most 10 per brand and hour); entries whose title does not name the brand under the current pack are not stored (notNamed)',
      tags: ['monitoring'],
      body: HotSearchBatch,
      responses: {
        200: { description: 'sightings stored and the alerts raised', schema: HotSearchResult },
        400: { description: 'invalid entries, a brand the rule pack does not know, or no title naming its brand', schema: ErrorBody },
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const auth = c.get('auth');
      if (!auth) throw errors.unauthorized();
      const { entries } = c.req.valid('json');
      const unknown = await unknownBrands(deps.db, entries);
      if (unknown.length) throw errors.badRequest(`规则包中没有品牌「${unknown.join('、')}」/ Unknown brand: ${unknown.join(', ')}`, 'unknown_brand');
      const refused = unnamed(await currentPack(deps.db), entries);
      if (refused.size === entries.length) {
        throw errors.badRequest('热搜标题中没有提到所报品牌（按当前规则包）/ No entry names its brand under the current rule pack', 'brand_not_named');
      }
      const { recorded, created } = await recordSightings(deps.db, entries.filter((_, i) => !refused.has(i)), auth.user.id, deps.clock.now());
      const queued = await enqueueAlerts(deps, created);
      // The robots are called after the answer: a slow robot must not hold the browser's report.
      const ids = created.map((a) => a.id as string);
      if (queued > 0) setImmediate(() => void deliverAlertsNow(deps, ids).catch((err: unknown) => console.error('hot-search delivery failed:', err)));
      return c.json({ recorded, alerts: ids, notNamed: [...refused] }, 200);
    },
  )
  .get(
    '/',
    route({
      roles: ['pr_lead', 'legal'],
      summary: '热搜 / 热榜 sightings by brand, since a time, newest first',
      tags: ['monitoring'],
      query: HotSearchQuery,
      responses: { 200: { description: 'sightings', schema: HotSearchList } },
    }),
    async (c) => {
      const { brand, since, limit } = c.req.valid('query');
      const rows = await c.get('deps').db.select().from(hotSearchSightings)
        .where(and(brand ? eq(hotSearchSightings.brand, brand) : undefined, since ? gte(hotSearchSightings.seenAt, new Date(since).toISOString()) : undefined))
        .orderBy(desc(hotSearchSightings.seenAt)).limit(limit);
      return c.json({ sightings: rows }, 200);
    },
  );
