import type { CaseDetail } from '@vigil/shared/schemas/case';
import type { AppDeps, AuthUser } from '../lib/context.ts';
import { caseReportDocument } from './report-document.ts';
import type { CaseRow } from './queries.ts';

/** A document of the case that goes into its package beside the capture packages. */
export interface CaseDocument {
  name: string;
  bytes: Uint8Array;
}

export type CaseDocumentSource = (deps: AppDeps, row: CaseRow, detail: CaseDetail, actor: AuthUser) => Promise<CaseDocument[]>;

/**
 * The case documents of issue 10 that another part builds (取证报告.pdf; 律师函.docx once letters are stored): each source adds its files to
 * the case package, where the signed case manifest covers them like every other file. The 证据清单 and case record
 * are written by package.ts itself.
 */
export const caseDocumentSources: CaseDocumentSource[] = [caseReportDocument];

export async function caseDocuments(deps: AppDeps, row: CaseRow, detail: CaseDetail, actor: AuthUser): Promise<CaseDocument[]> {
  const out: CaseDocument[] = [];
  for (const source of caseDocumentSources) out.push(...(await source(deps, row, detail, actor)));
  return out;
}
