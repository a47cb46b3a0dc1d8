import { Hono } from 'hono';
import { z } from 'zod';
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

const ReportQuery = z.object({ only: z.enum(['adopted']).optional().describe('adopted: list only the captures whose review is 采用') });

/** The case's 取证报告 (issue 10 item 4): a cover, the evidence index, then every capture of the case in capture-time order. */
export const caseReportRoutes = new Hono<AppEnv>().get(
  '/:id/report.pdf',
  route({
    roles: reportReaders,
    summary: '取证报告 (PDF) of a case: case facts, evidence index with review decisions, then each capture in full with its manifest attached; a custody event of each capture',
    tags: ['cases'],
    params: IdParam,
    query: ReportQuery,
    responses: {
      200: { description: 'the PDF', contentType: 'application/pdf' },
      404: { description: 'no such case', schema: ErrorBody },
      409: { description: 'only=adopted and no capture of the case is adopted', schema: ErrorBody },
    },
  }),
  async (c) => {
    const auth = c.get('auth');
    if (!auth) throw errors.unauthorized();
    const deps = c.get('deps');
    const row = await caseRow(deps.db, c.req.valid('param').id);
    const whole = await caseDetail(deps.db, row, deps.clock.now());
    // 仅采用: what goes to court or to the other side lists the adopted evidence only.
    const adoptedOnly = c.req.valid('query').only === 'adopted';
    const detail = adoptedOnly ? { ...whole, captures: whole.captures.filter((m) => m.review.decision === 'adopted') } : whole;
    if (adoptedOnly && detail.captures.length === 0) throw errors.conflict('本案尚无审查结论为「采用」的证据 / No capture of this case is adopted yet', 'no_adopted_evidence');
    // One transaction for the custody events of all captures: one commit instead of one per capture.
    const at = deps.clock.now().toISOString();
    await withWriteRetry(() =>
      deps.db.transaction(async (tx) => {
        for (const m of detail.captures) await appendEntry(tx, deps, { v: 1, type: 'custody', captureId: m.capture.id, event: 'viewed', actorId: auth.user.id, at, detail: `case-report:${row.number}` });
      }),
    );
    const pdf = await caseReportBytes(deps, row, detail, auth.user, { adoptedOnly });
    pdfHeaders(c, `vigil-case-report-${row.number}${adoptedOnly ? '-adopted' : ''}.pdf`);
    return c.body(pdf, 200);
  },
);
