import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ErrorBody } from '@vigil/shared/schemas/common';
import {
  BrandReplySetting,
  ReplyContent,
  ReplyCreate,
  ReplyDetail,
  ReplyListQuery,
  ReplyNote,
  ReplySummary,
} from '@vigil/shared/schemas/reply';
import { replyBrandSettings } from '../db/schema/reply-brand-settings.ts';
import { replies } from '../db/schema/replies.ts';
import type { AppDeps, AppEnv, AuthUser } from '../lib/context.ts';
import { requireAuth, route } from '../lib/route.ts';
import { addVersion, createReply, listLibrary, replyDetail, settingOf } from '../replies/library.ts';
import { applyAction, type WorkflowAction } from '../replies/workflow.ts';

// The reply library (统一口径, issue 5): pr_lead writes and approves, legal reads and signs off. Staff never come
// here: they get the approved set from reply-uses.ts.

const IdParam = z.object({ id: z.string().min(1).max(64) });
const VersionParam = IdParam.extend({ version: z.coerce.number().int().min(1).max(100_000) });
const BrandParam = z.object({ brand: z.string().trim().min(1).max(64) });
/** Either setting or both; the one left out keeps its value. */
const SettingBody = z.object({ requireLegalSignoff: z.boolean().optional(), requireFourEyes: z.boolean().optional() });

const conflict = { description: 'the version is not in a state this action starts from', schema: ErrorBody };

function actionRoute(roles: ('pr_lead' | 'legal')[], summary: string) {
  return route({
    roles,
    summary,
    tags: ['replies'],
    params: VersionParam,
    body: ReplyNote,
    responses: {
      200: { description: 'the reply with the new state', schema: ReplyDetail },
      404: { description: 'no such reply or version', schema: ErrorBody },
      409: conflict,
      422: { description: 'approve: the version has expired', schema: ErrorBody },
    },
  });
}

export const replyRoutes = new Hono<AppEnv>()
  .get(
    '/settings',
    route({
      roles: ['pr_lead', 'legal'],
      summary: 'Per-brand reply workflow settings',
      tags: ['replies'],
      responses: { 200: { description: 'settings', schema: z.array(BrandReplySetting) } },
    }),
    async (c) => {
      const { db } = c.get('deps');
      const rows = await db.select().from(replyBrandSettings);
      const brands = new Set([...rows.map((r) => r.brand), ...(await db.selectDistinct({ b: replies.brand }).from(replies)).map((r) => r.b)]);
      const by = new Map(rows.map((r) => [r.brand, r]));
      return c.json([...brands].sort().map((brand) => settingOf(brand, by.get(brand))), 200);
    },
  )
  .put(
    '/settings/:brand',
    route({
      roles: ['pr_lead'],
      summary: 'Require (or not) legal sign-off, and an approver other than the author (four eyes), for a brand',
      tags: ['replies'],
      params: BrandParam,
      body: SettingBody,
      responses: { 200: { description: 'the setting', schema: BrandReplySetting } },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const { brand } = c.req.valid('param');
      const [row] = await db.select().from(replyBrandSettings).where(eq(replyBrandSettings.brand, brand));
      const values = {
        ...settingOf(brand, row),
        ...c.req.valid('json'),
        updatedAt: clock.now().toISOString(),
        updatedById: requireAuth(c).user.id,
      };
      await db.insert(replyBrandSettings).values(values).onConflictDoUpdate({ target: replyBrandSettings.brand, set: values });
      return c.json(settingOf(brand, values), 200);
    },
  )
  .get(
    '/',
    route({
      roles: ['pr_lead', 'legal'],
      summary: 'The reply library, newest version of each, with search and filters',
      tags: ['replies'],
      query: ReplyListQuery,
      responses: { 200: { description: 'replies', schema: z.array(ReplySummary) } },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      return c.json(await listLibrary(db, c.req.valid('query'), clock.now()), 200);
    },
  )
  .post(
    '/',
    route({
      roles: ['pr_lead'],
      summary: 'Write a new reply (its first version, a draft)',
      tags: ['replies'],
      body: ReplyCreate,
      responses: { 201: { description: 'created', schema: ReplyDetail } },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const { id } = await createReply(db, c.req.valid('json'), requireAuth(c).user, clock.now());
      return c.json(await replyDetail(db, id, clock.now()), 201);
    },
  )
  .get(
    '/:id',
    route({
      roles: ['pr_lead', 'legal'],
      summary: 'A reply with all its versions and transitions',
      tags: ['replies'],
      params: IdParam,
      responses: {
        200: { description: 'the reply', schema: ReplyDetail },
        404: { description: 'no such reply', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      return c.json(await replyDetail(db, c.req.valid('param').id, clock.now()), 200);
    },
  )
  .post(
    '/:id/versions',
    route({
      roles: ['pr_lead'],
      summary: 'Edit a reply: adds a new immutable version as a draft',
      tags: ['replies'],
      params: IdParam,
      body: ReplyContent,
      responses: {
        201: { description: 'the reply with its new version', schema: ReplyDetail },
        404: { description: 'no such reply', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const { id } = c.req.valid('param');
      await addVersion(db, id, c.req.valid('json'), requireAuth(c).user, clock.now());
      return c.json(await replyDetail(db, id, clock.now()), 201);
    },
  )
  .post('/:id/versions/:version/submit', actionRoute(['pr_lead'], 'Submit a draft version for review'), async (c) =>
    c.json(await act(c.get('deps'), requireAuth(c).user, c.req.valid('param'), c.req.valid('json').note, 'submit'), 200),
  )
  .post('/:id/versions/:version/legal-signoff', actionRoute(['legal'], 'Legal signs off a version in review'), async (c) =>
    c.json(await act(c.get('deps'), requireAuth(c).user, c.req.valid('param'), c.req.valid('json').note, 'legal_signoff'), 200),
  )
  .post('/:id/versions/:version/approve', actionRoute(['pr_lead'], 'Approve a version in review; the previously approved version is retired'), async (c) =>
    c.json(await act(c.get('deps'), requireAuth(c).user, c.req.valid('param'), c.req.valid('json').note, 'approve'), 200),
  )
  .post('/:id/versions/:version/reject', actionRoute(['pr_lead', 'legal'], 'Send a version in review back to draft; a note is required'), async (c) =>
    c.json(await act(c.get('deps'), requireAuth(c).user, c.req.valid('param'), c.req.valid('json').note, 'reject'), 200),
  )
  .post('/:id/versions/:version/retire', actionRoute(['pr_lead'], 'Stop serving an approved version'), async (c) =>
    c.json(await act(c.get('deps'), requireAuth(c).user, c.req.valid('param'), c.req.valid('json').note, 'retire'), 200),
  );

async function act(deps: AppDeps, who: AuthUser, p: { id: string; version: number }, note: string | undefined, action: WorkflowAction) {
  const now = deps.clock.now();
  await deps.db.transaction((tx) => applyAction(tx, p.id, p.version, action, who, note, now));
  return replyDetail(deps.db, p.id, now);
}
