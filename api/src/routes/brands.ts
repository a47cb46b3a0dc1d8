import { Hono } from 'hono';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import { Brand, BrandInput } from '@vigil/shared/schemas/rules';
import { brands } from '../db/schema/brands.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';
import { newId } from '../lib/secrets.ts';
import { brandValues } from '../rules/pack-store.ts';

// Brands of the rule pack (issue 3): pr_lead (and admin) maintain them; everyone who reads the pack may list them.
// Every change changes the pack's version (it is a digest of the content), so extensions pick it up on next sync.

const toBrand = (r: typeof brands.$inferSelect): Brand => ({
  id: r.id,
  name: r.name,
  aliases: r.aliases,
  excludes: r.excludes,
  people: r.people,
  terms: r.terms,
  ownAccounts: r.ownAccounts,
  updatedAt: r.updatedAt,
});

const nameTaken = () => errors.conflict('品牌名称已存在 / a brand with this name exists', 'brand_exists');
const notFound = () => errors.notFound('品牌不存在 / no such brand');
const isUnique = (err: unknown) => /UNIQUE constraint failed/i.test(String((err as { cause?: unknown })?.cause ?? err));

export const brandRoutes = new Hono<AppEnv>()
  .get(
    '/',
    route({
      roles: ['staff', 'pr_lead', 'legal'],
      summary: 'Brands of the rule pack',
      tags: ['rules'],
      responses: { 200: { description: 'brands', schema: z.array(Brand) } },
    }),
    async (c) => {
      const { db } = c.get('deps');
      return c.json((await db.select().from(brands).orderBy(asc(brands.name))).map(toBrand), 200);
    },
  )
  .post(
    '/',
    route({
      roles: ['pr_lead'],
      summary: 'Add a brand with its aliases, excludes and people',
      tags: ['rules'],
      body: BrandInput,
      responses: {
        201: { description: 'created', schema: Brand },
        409: { description: 'name taken', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const now = clock.now().toISOString();
      const row = { id: newId(), createdAt: now, ...brandValues(c.req.valid('json'), now) };
      try {
        await db.insert(brands).values(row);
      } catch (err) {
        if (isUnique(err)) throw nameTaken();
        throw err;
      }
      return c.json(toBrand(row), 201);
    },
  )
  .get(
    '/:id',
    route({
      roles: ['staff', 'pr_lead', 'legal'],
      summary: 'One brand',
      tags: ['rules'],
      params: IdParam,
      responses: {
        200: { description: 'the brand', schema: Brand },
        404: { description: 'no such brand', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db } = c.get('deps');
      const row = await db.query.brands.findFirst({ where: eq(brands.id, c.req.valid('param').id) });
      if (!row) throw notFound();
      return c.json(toBrand(row), 200);
    },
  )
  .put(
    '/:id',
    route({
      roles: ['pr_lead'],
      summary: 'Replace a brand’s names, excludes, people and terms',
      tags: ['rules'],
      params: IdParam,
      body: BrandInput,
      responses: {
        200: { description: 'the brand', schema: Brand },
        404: { description: 'no such brand', schema: ErrorBody },
        409: { description: 'name taken', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const { id } = c.req.valid('param');
      let updated: (typeof brands.$inferSelect)[];
      try {
        updated = await db.update(brands).set(brandValues(c.req.valid('json'), clock.now().toISOString())).where(eq(brands.id, id)).returning();
      } catch (err) {
        if (isUnique(err)) throw nameTaken();
        throw err;
      }
      if (!updated[0]) throw notFound();
      return c.json(toBrand(updated[0]), 200);
    },
  )
  .delete(
    '/:id',
    route({
      roles: ['pr_lead'],
      summary: 'Remove a brand from the rule pack',
      tags: ['rules'],
      params: IdParam,
      responses: { 204: { description: 'removed' }, 404: { description: 'no such brand', schema: ErrorBody } },
    }),
    async (c) => {
      const { db } = c.get('deps');
      const gone = await db.delete(brands).where(eq(brands.id, c.req.valid('param').id)).returning({ id: brands.id });
      if (!gone[0]) throw notFound();
      return c.body(null, 204);
    },
  );
