import type { CaseDetail } from '@vigil/shared/schemas/case';
import { captureRow } from '../evidence/store.ts';
import { captureReportData } from '../legal/report-data.ts';
import { caseReportPdf, type CaseReportData } from '../legal/reports.ts';
import type { AppDeps, AuthUser } from '../lib/context.ts';
import type { CaseRow } from './queries.ts';

/** The case's 取证报告 (issue 10 item 4): the case facts, then each capture of the case with its review decision. */
export async function caseReportBytes(deps: AppDeps, row: CaseRow, detail: CaseDetail, actor: AuthUser, opts: { adoptedOnly?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const items: CaseReportData['captures'] = [];
  for (const m of detail.captures) {
    const capture = await captureRow(deps.db, m.capture.id);
    if (capture) items.push({ data: await captureReportData(deps, capture, { images: 1 }), review: { decision: m.review.decision, reason: m.review.reason, by: m.review.by?.name ?? null, at: m.review.at } });
  }
  const pdf = await caseReportPdf({
    number: row.number,
    title: row.title,
    brand: row.brand,
    counterparty: row.counterparty,
    status: row.status,
    assignee: detail.assignee?.name ?? null,
    adoptedOnly: opts.adoptedOnly === true,
    generatedBy: { name: actor.name, role: actor.role },
    generatedAt: deps.clock.now().toISOString(),
    captures: items,
  });
  return new Uint8Array(pdf);
}

/** The same 取证报告.pdf for the case package (issue 10); GET /api/cases/:id/report.pdf serves it alone. */
export async function caseReportDocument(deps: AppDeps, row: CaseRow, detail: CaseDetail, actor: AuthUser) {
  return [{ name: '取证报告.pdf', bytes: await caseReportBytes(deps, row, detail, actor) }];
}
