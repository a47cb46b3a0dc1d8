import { Hono } from 'hono';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import { caseDetail, caseRow } from '../cases/queries.ts';
import { caseReportBytes } from '../cases/report-document.ts';
import { appendEntry } from '../evidence/ledger.ts';
import { withWriteRetry } from '../evidence/write-retry.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';
import { pdfHeaders } from '../lib/attachment.ts';
import { reportReaders } from './capture-report.ts';

/** The case's 取证报告 (issue 10 item 4): a cover, the evidence index, then every capture of the case in capture-time order. */
export const caseReportRoutes = new Hono<AppEnv>().get(
  '/:id/report.pdf',
  route({
    roles: reportReaders,
    summary: '取证报告 (PDF) of a case: case facts, evidence index with review decisions, then each capture in full with its manifest attached; a custody event of each capture',
    tags: ['cases'],
    params: IdParam,
    responses: { 200: { description: 'the PDF', contentType: 'application/pdf' }, 404: { description: 'no such case', schema: ErrorBody } },
  }),
  async (c) => {
    const auth = c.get('auth');
    if (!auth) throw errors.unauthorized();
    const deps = c.get('deps');
    const row = await caseRow(deps.db, c.req.valid('param').id);
    const detail = await caseDetail(deps.db, row);
    // One transaction for the custody events of all captures: one commit instead of one per capture.
    const at = deps.clock.now().toISOString();
    await withWriteRetry(() =>
      deps.db.transaction(async (tx) => {
        for (const m of detail.captures) await appendEntry(tx, deps, { v: 1, type: 'custody', captureId: m.capture.id, event: 'viewed', actorId: auth.user.id, at, detail: `case-report:${row.number}` });
      }),
    );
    const pdf = await caseReportBytes(deps, row, detail, auth.user);
    pdfHeaders(c, `vigil-case-report-${row.number}.pdf`);
    return c.body(pdf, 200);
  },
);
