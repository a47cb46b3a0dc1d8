import { Hono } from 'hono';
import { CaseAssignees, CaseCreate, CaseDetail, CaseList, CaseListQuery, CaseNote, CasePatch, NoteInput } from '@vigil/shared/schemas/case';
import { ErrorBody, IdParam, type Role } from '@vigil/shared/schemas/common';
import { caseDetailById, caseRow, listCases } from '../cases/queries.ts';
import { exportCasePackage } from '../cases/package.ts';
import { addNote, caseAssignees, createCase, patchCase } from '../cases/write.ts';
import type { AppEnv } from '../lib/context.ts';
import { requireAuth, route } from '../lib/route.ts';

// 案件 (issue 10): legal (and admin) create and work cases; PR leads read them; staff have no access.
export const caseReaders: readonly Role[] = ['pr_lead', 'legal'];
export const caseWriters: readonly Role[] = ['legal'];
const tags = ['cases'];
const notFound = { description: 'no such case', schema: ErrorBody };


export const caseRoutes = new Hono<AppEnv>()
  .post(
    '/',
    route({
      roles: caseWriters,
      summary: 'Open a case (立案) against one counterparty',
      tags,
      body: CaseCreate,
      responses: {
        201: { description: 'the case', schema: CaseDetail },
        400: { description: 'invalid', schema: ErrorBody },
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const id = await createCase(deps, requireAuth(c).user.id, c.req.valid('json'));
      return c.json(await caseDetailById(deps.db, id, deps.clock.now()), 201);
    },
  )
  .get(
    '/',
    route({
      roles: caseReaders,
      summary: 'Cases, recently changed first; filter by status, brand, assignee, text',
      tags,
      query: CaseListQuery,
      responses: { 200: { description: 'cases', schema: CaseList } },
    }),
    async (c) => c.json(await listCases(c.get('deps').db, c.req.valid('query'), c.get('deps').clock.now()), 200),
  )
  .get(
    '/assignees',
    route({
      roles: caseReaders,
      summary: 'Who a case can be given to (承办人): active legal and admin users (the list filter offers them too)',
      tags,
      responses: { 200: { description: 'the people', schema: CaseAssignees } },
    }),
    async (c) => c.json(await caseAssignees(c.get('deps').db), 200),
  )
  .get(
    '/:id',
    route({
      roles: caseReaders,
      summary: 'One case: captures with their review, notes, timeline and tracked links',
      tags,
      params: IdParam,
      responses: { 200: { description: 'the case', schema: CaseDetail }, 404: notFound },
    }),
    async (c) => {
      return c.json(await caseDetailById(c.get('deps').db, c.req.valid('param').id, c.get('deps').clock.now()), 200);
    },
  )
  .patch(
    '/:id',
    route({
      roles: caseWriters,
      summary: 'Change title, assignee or status (open → letter_sent → resolved | litigation | closed); audited on the timeline and in the evidence log',
      tags,
      params: IdParam,
      body: CasePatch,
      responses: {
        200: { description: 'the case', schema: CaseDetail },
        400: { description: 'invalid (e.g. resolved without a resolution)', schema: ErrorBody },
        404: notFound,
        409: { description: 'status move not allowed', schema: ErrorBody },
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const row = await caseRow(deps.db, c.req.valid('param').id);
      await patchCase(deps, requireAuth(c).user.id, row, c.req.valid('json'));
      return c.json(await caseDetailById(deps.db, row.id, deps.clock.now()), 200);
    },
  )
  .post(
    '/:id/notes',
    route({
      roles: caseWriters,
      summary: 'Append a note (notes are never edited or deleted; each is an evidence-log entry)',
      tags,
      params: IdParam,
      body: NoteInput,
      responses: { 201: { description: 'the note', schema: CaseNote }, 404: notFound },
    }),
    async (c) => {
      const deps = c.get('deps');
      const { user } = requireAuth(c);
      const row = await caseRow(deps.db, c.req.valid('param').id);
      const text = c.req.valid('json').text;
      const { id, at, logIndex } = await addNote(deps, user.id, row, text);
      return c.json({ id, text, author: { id: user.id, name: user.name }, at: at.toISOString(), logIndex }, 201);
    },
  )
  .get(
    '/:id/export',
    route({
      roles: caseWriters,
      summary: 'Case package (ZIP): every capture package, the case documents, 证据清单, verify.html and a signed case manifest appended to the evidence log; `vigil verify` checks it',
      tags,
      params: IdParam,
      responses: { 200: { description: 'ZIP', contentType: 'application/zip' }, 404: notFound },
    }),
    async (c) => {
      const { zip, number } = await exportCasePackage(c.get('deps'), c.req.valid('param').id, requireAuth(c).user);
      c.header('Content-Type', 'application/zip');
      c.header('Content-Disposition', `attachment; filename="vigil-case-${number}.zip"`);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Cache-Control', 'private, no-store');
      return c.body(zip as Uint8Array<ArrayBuffer>, 200);
    },
  );
