import { Hono } from 'hono';
import { z } from 'zod';
import { CaseCaptureAdd, CaseCaptureRemoveQuery, CaseDetail, ReviewInput } from '@vigil/shared/schemas/case';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import { caseDetailById, caseRow } from '../cases/queries.ts';
import { addCapture, removeCapture, reviewCapture } from '../cases/write.ts';
import type { AppEnv } from '../lib/context.ts';
import { requireAuth, route } from '../lib/route.ts';
import { caseWriters } from './cases.ts';

// The captures of a case and their review decisions (issue 10). Each change is a custody event of the capture.
const tags = ['cases'];
const MemberParam = IdParam.extend({ captureId: z.string().min(1).max(64) });
const detail = { description: 'the case', schema: CaseDetail };


export const caseCaptureRoutes = new Hono<AppEnv>()
  .post(
    '/:id/captures',
    route({
      roles: caseWriters,
      summary: 'Add a capture to the case, with the reason',
      tags,
      params: IdParam,
      body: CaseCaptureAdd,
      responses: {
        201: detail,
        404: { description: 'no such case or capture', schema: ErrorBody },
        409: { description: 'already in the case', schema: ErrorBody },
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const row = await caseRow(deps.db, c.req.valid('param').id);
      const body = c.req.valid('json');
      await addCapture(deps, requireAuth(c).user.id, row, body.captureId, body.reason);
      return c.json(await caseDetailById(deps.db, row.id, deps.clock.now()), 201);
    },
  )
  .delete(
    '/:id/captures/:captureId',
    route({
      roles: caseWriters,
      summary: 'Take a capture out of the case (`?reason=`); the timeline and evidence log keep it',
      tags,
      params: MemberParam,
      query: CaseCaptureRemoveQuery,
      responses: {
        200: detail,
        404: { description: 'no such case, or the capture is not in it', schema: ErrorBody },
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const { id, captureId } = c.req.valid('param');
      const row = await caseRow(deps.db, id);
      await removeCapture(deps, requireAuth(c).user.id, row, captureId, c.req.valid('query').reason);
      return c.json(await caseDetailById(deps.db, row.id, deps.clock.now()), 200);
    },
  )
  .put(
    '/:id/captures/:captureId/review',
    route({
      roles: caseWriters,
      summary: 'Review decision for a capture in this case: pending | adopted | rejected (a rejection needs a reason)',
      tags,
      params: MemberParam,
      body: ReviewInput,
      responses: { 200: detail, 400: { description: 'rejected without a reason', schema: ErrorBody }, 404: { description: 'no such case, or the capture is not in it', schema: ErrorBody } },
    }),
    async (c) => {
      const deps = c.get('deps');
      const { id, captureId } = c.req.valid('param');
      const row = await caseRow(deps.db, id);
      await reviewCapture(deps, requireAuth(c).user.id, row, captureId, c.req.valid('json'));
      return c.json(await caseDetailById(deps.db, row.id, deps.clock.now()), 200);
    },
  );
