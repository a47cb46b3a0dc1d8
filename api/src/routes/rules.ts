import { Hono } from 'hono';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import { RiskTerm, RiskTermRow, RulePack, RulePackImport, RulesSettings } from '@vigil/shared/schemas/rules';
import { riskTerms } from '../db/schema/risk-terms.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { ifNoneMatchHits } from '../lib/etag.ts';
import { route } from '../lib/route.ts';
import { newId } from '../lib/secrets.ts';
import { currentPack, readSettings, replacePack, settingsWrite } from '../rules/pack-store.ts';

// Risk terms, pack settings and the assembled rule pack (issue 3). The pack is what the extension syncs: its ETag is
// the pack version, so an unchanged pack costs a 304 and no body.

const readers = ['staff', 'pr_lead', 'legal'] as const;
const toRow = (r: typeof riskTerms.$inferSelect): RiskTermRow => ({
  id: r.id, term: r.term, category: r.category as RiskTerm['category'], weight: r.weight, updatedAt: r.updatedAt,
});
const termTaken = () => errors.conflict('风险词已存在 / this risk term exists', 'term_exists');
const notFound = () => errors.notFound('风险词不存在 / no such risk term');
const isUnique = (err: unknown) => /UNIQUE constraint failed/i.test(String((err as { cause?: unknown })?.cause ?? err));

export const ruleRoutes = new Hono<AppEnv>()
  .get(
    '/pack',
    route({
      roles: [...readers],
      summary: 'The current rule pack; ETag is its version, If-None-Match gives 304',
      tags: ['rules'],
      responses: {
        200: { description: 'the pack', schema: RulePack },
        304: { description: 'unchanged since the ETag given' },
      },
    }),
    async (c) => {
      const pack = await currentPack(c.get('deps').db);
      c.header('ETag', `"${pack.version}"`);
      c.header('Cache-Control', 'private, no-cache');
      if (ifNoneMatchHits(c.req.header('If-None-Match'), pack.version)) return c.body(null, 304);
      return c.json(pack, 200);
    },
  )
  .put(
    '/pack',
    route({
      roles: ['pr_lead'],
      summary: 'Replace the whole rule pack (import); its version is recomputed',
      tags: ['rules'],
      body: RulePackImport,
      responses: {
        200: { description: 'the stored pack', schema: RulePack },
        400: { description: 'invalid pack', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const pack = await replacePack(db, c.req.valid('json'), clock.now());
      c.header('ETag', `"${pack.version}"`);
      return c.json(pack, 200);
    },
  )
  .get(
    '/settings',
    route({
      roles: [...readers],
      summary: 'News hosts, level thresholds and nearness of the pack',
      tags: ['rules'],
      responses: { 200: { description: 'settings', schema: RulesSettings } },
    }),
    async (c) => c.json(await readSettings(c.get('deps').db), 200),
  )
  .put(
    '/settings',
    route({
      roles: ['pr_lead'],
      summary: 'Change news hosts, level thresholds or nearness',
      tags: ['rules'],
      body: RulesSettings,
      responses: { 200: { description: 'settings', schema: RulesSettings } },
    }),
    async (c) => {
      const settings = c.req.valid('json');
      await settingsWrite(c.get('deps').db, settings);
      return c.json(settings, 200);
    },
  )
  .get(
    '/terms',
    route({
      roles: [...readers],
      summary: 'Pack-wide risk terms',
      tags: ['rules'],
      responses: { 200: { description: 'terms', schema: z.array(RiskTermRow) } },
    }),
    async (c) => {
      const { db } = c.get('deps');
      return c.json((await db.select().from(riskTerms).orderBy(asc(riskTerms.term))).map(toRow), 200);
    },
  )
  .post(
    '/terms',
    route({
      roles: ['pr_lead'],
      summary: 'Add a risk term with its category and weight',
      tags: ['rules'],
      body: RiskTerm,
      responses: {
        201: { description: 'created', schema: RiskTermRow },
        409: { description: 'term exists', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const now = clock.now().toISOString();
      const row = { id: newId(), ...c.req.valid('json'), createdAt: now, updatedAt: now };
      try {
        await db.insert(riskTerms).values(row);
      } catch (err) {
        if (isUnique(err)) throw termTaken();
        throw err;
      }
      return c.json(toRow(row), 201);
    },
  )
  .put(
    '/terms/:id',
    route({
      roles: ['pr_lead'],
      summary: 'Change a risk term',
      tags: ['rules'],
      params: IdParam,
      body: RiskTerm,
      responses: {
        200: { description: 'the term', schema: RiskTermRow },
        404: { description: 'no such term', schema: ErrorBody },
        409: { description: 'term exists', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      let rows: (typeof riskTerms.$inferSelect)[];
      try {
        rows = await db.update(riskTerms).set({ ...c.req.valid('json'), updatedAt: clock.now().toISOString() }).where(eq(riskTerms.id, c.req.valid('param').id)).returning();
      } catch (err) {
        if (isUnique(err)) throw termTaken();
        throw err;
      }
      if (!rows[0]) throw notFound();
      return c.json(toRow(rows[0]), 200);
    },
  )
  .delete(
    '/terms/:id',
    route({
      roles: ['pr_lead'],
      summary: 'Remove a risk term',
      tags: ['rules'],
      params: IdParam,
      responses: { 204: { description: 'removed' }, 404: { description: 'no such term', schema: ErrorBody } },
    }),
    async (c) => {
      const gone = await c.get('deps').db.delete(riskTerms).where(eq(riskTerms.id, c.req.valid('param').id)).returning({ id: riskTerms.id });
      if (!gone[0]) throw notFound();
      return c.body(null, 204);
    },
  );
