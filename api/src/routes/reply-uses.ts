import { Hono } from 'hono';
import { z } from 'zod';
import { ErrorBody } from '@vigil/shared/schemas/common';
import { ApprovedReplySet } from '@vigil/shared/schemas/reply';
import { ReplyStats, ReplyUseBatch, ReplyUseResult, ReplyUsesRefused } from '@vigil/shared/schemas/reply-use';
import { replies } from '../db/schema/replies.ts';
import { eq } from 'drizzle-orm';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { ifNoneMatchHits } from '../lib/etag.ts';
import { route } from '../lib/route.ts';
import { approvedSet } from '../replies/served.ts';
import { recordUses, replyStats, UsesRefused } from '../replies/uses.ts';

// What frontline staff touch (issue 5): the approved set the extension syncs, and the log of each use.
// Mounted before replies.ts so `/approved` and `/uses` are not taken for reply ids.

const IdParam = z.object({ id: z.string().min(1).max(64) });

export const replyUseRoutes = new Hono<AppEnv>()
  .get(
    '/approved',
    route({
      roles: ['staff', 'pr_lead', 'legal'],
      summary: 'Approved, unexpired replies (one version per reply) for the extension to sync; ETag / If-None-Match',
      tags: ['replies'],
      responses: { 200: { description: 'the approved set', schema: ApprovedReplySet }, 304: { description: 'unchanged since If-None-Match' } },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const set = await approvedSet(db, clock.now());
      c.header('ETag', set.etag);
      c.header('Cache-Control', 'private, no-cache');
      if (ifNoneMatchHits(c.req.header('if-none-match'), set.etag)) return c.body(null, 304);
      return c.json(set, 200);
    },
  )
  .post(
    '/uses',
    route({
      roles: ['staff', 'pr_lead', 'legal'],
      summary: 'Log copies and inserts of approved replies (batched, idempotent by the client-made use id)',
      tags: ['replies'],
      body: ReplyUseBatch,
      responses: {
        200: { description: 'stored and already-stored ids', schema: ReplyUseResult },
        409: { description: 'a use id was stored before with other content', schema: ErrorBody },
        422: { description: 'a use refers to a version that was not approved, or had expired or been retired, at use time; nothing stored', schema: ReplyUsesRefused },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const auth = c.get('auth');
      if (!auth) throw errors.unauthorized();
      try {
        return c.json(await recordUses(db, c.req.valid('json').uses, auth.user, clock.now()), 200);
      } catch (err) {
        // The offline queue needs to know which uses can never be stored, to drop them and resend the rest.
        if (err instanceof UsesRefused) return c.json({ error: { code: err.code, message: err.message }, rejected: err.rejected }, 422);
        throw err;
      }
    },
  )
  .get(
    '/:id/stats',
    route({
      roles: ['pr_lead', 'legal'],
      summary: 'How often, where and by whom a reply was used, with the exact texts',
      tags: ['replies'],
      params: IdParam,
      responses: { 200: { description: 'usage statistics', schema: ReplyStats }, 404: { description: 'no such reply', schema: ErrorBody } },
    }),
    async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      if (!(await db.query.replies.findFirst({ where: eq(replies.id, id) }))) throw errors.notFound('口径不存在 / No such reply', 'reply_not_found');
      return c.json(await replyStats(db, id), 200);
    },
  );
