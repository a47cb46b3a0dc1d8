import { Hono } from 'hono';
import { IdParam } from '@vigil/shared/schemas/common';
import { ArchiveList, ArchiveQuery, Report } from '@vigil/shared/schemas/monitoring';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';
import { archiveList, archivedReport } from '../monitoring/archive.ts';
import { reportPdf } from '../monitoring/report-pdf.ts';
import { pdfHeaders } from '../lib/attachment.ts';
import { reportFileName } from '../monitoring/report.ts';

// 日报 / 周报 as they stood when their period closed (issue 11 item 2): the hourly run archives them; these routes
// list and serve them, as JSON and as the same PDF the on-demand report gives. PR leads and legal read them.

const readers = ['pr_lead', 'legal'] as const;

async function stored(c: { get: (k: 'deps') => AppEnv['Variables']['deps'] }, id: string) {
  const row = await archivedReport(c.get('deps').db, id);
  if (!row) throw errors.notFound('未找到该报告 / No such archived report', 'report_not_found');
  return row;
}

export const reportArchiveRoutes = new Hono<AppEnv>()
  .get('/', route({ roles: readers, summary: '日报 / 周报 archived when their Beijing day or week closed, newest first; over all brands, or one `brand`', tags: ['reports'], query: ArchiveQuery, responses: { 200: { description: 'archived reports (no bodies)', schema: ArchiveList } } }), async (c) => {
    return c.json({ reports: await archiveList(c.get('deps').db, c.req.valid('query')) }, 200);
  })
  .get('/:id', route({ roles: readers, summary: 'One archived report as it stood at its close', tags: ['reports'], params: IdParam, responses: { 200: { description: 'report', schema: Report }, 404: { description: 'no such report' } } }), async (c) => {
    return c.json((await stored(c, c.req.valid('param').id)).report, 200);
  })
  .get('/:id/pdf', route({ roles: readers, summary: 'One archived report as PDF', tags: ['reports'], params: IdParam, responses: { 200: { description: 'PDF', contentType: 'application/pdf' }, 404: { description: 'no such report' } } }), async (c) => {
    const row = await stored(c, c.req.valid('param').id);
    pdfHeaders(c, `${row.kind}-${row.periodDate}.pdf`, reportFileName(row.kind, row.periodDate, row.brand || null));
    return c.body((await reportPdf(row.report)) as Uint8Array<ArrayBuffer>, 200);
  });
