import { Hono } from 'hono';
import { ErrorBody, IdParam, type Role } from '@vigil/shared/schemas/common';
import { recordCustody } from '../evidence/ledger.ts';
import { visibleCapture } from '../evidence/queries.ts';
import { captureReportData } from '../legal/report-data.ts';
import { captureReportPdf } from '../legal/reports.ts';
import { pdfHeaders } from '../lib/attachment.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';

/** Who reads 取证报告 (issue 10): legal and admin, and PR leads, who read cases; staff do not. */
export const reportReaders: readonly Role[] = ['legal', 'pr_lead'];

export const captureReportRoutes = new Hono<AppEnv>().get(
  '/:id/report.pdf',
  route({
    roles: reportReaders,
    summary: '取证报告 (PDF, A4, Chinese) of one capture, with its manifest attached inside; a custody event',
    tags: ['captures'],
    params: IdParam,
    responses: { 200: { description: 'the PDF', contentType: 'application/pdf' }, 404: { description: 'no such capture', schema: ErrorBody } },
  }),
  async (c) => {
    const auth = c.get('auth');
    if (!auth) throw errors.unauthorized();
    const deps = c.get('deps');
    const row = await visibleCapture(deps.db, auth, c.req.valid('param').id);
    await recordCustody(deps, row.id, 'viewed', auth.user.id, 'report.pdf');
    const pdf = await captureReportPdf(await captureReportData(deps, row), { generatedBy: { name: auth.user.name, role: auth.user.role }, at: deps.clock.now() });
    pdfHeaders(c, `vigil-report-${row.id}.pdf`);
    return c.body(new Uint8Array(pdf), 200);
  },
);
