import { signal } from '@preact/signals';
import type { CaptureSummary } from '@vigil/shared/schemas/capture';
import type { CaseAssignees, CaseDetail, CaseStatus, CaseSummary, ReviewDecision } from '@vigil/shared/schemas/case';
import { ApiError, ok, type Api } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { saveBlob } from '../captures/download.ts';
import { formatBytes } from '../captures/text.ts';
import { fetchFile } from './download.ts';
import { kt } from './text.ts';

export interface CaseFilters {
  status: string;
  brand: string;
  assigneeId: string;
  q: string;
}
export const noCaseFilters: CaseFilters = { status: '', brand: '', assigneeId: '', q: '' };
export interface NewCase {
  title: string;
  brand: string;
  counterparty: { platform: string; name: string; uid: string; url: string; entity: string };
}
export type Job = 'report' | 'letter' | 'package';
export interface LetterForm {
  kind: 'letter' | 'statement';
  bases: string[];
  demands: string[];
  deadlineDays: number;
  firm: { name: string; lawyer: string; licence: string };
}

const blank = (v: string) => (v.trim() ? v.trim() : undefined);

/** The 案件 pages (issue 10): list with filters, one case with its review, notes, timeline and the three downloads. */
export function createCasesModel(api: Api, onUnauthorized: () => void) {
  const items = signal<CaseSummary[]>([]);
  const total = signal(0);
  const filters = signal<CaseFilters>(noCaseFilters);
  const listLoading = signal(false);
  const listError = signal<string | null>(null);
  const detail = signal<CaseDetail | null>(null);
  const detailError = signal<string | null>(null);
  const actionError = signal<string | null>(null);
  const busy = signal(false);
  const recent = signal<CaptureSummary[]>([]);
  const job = signal<Job | null>(null);
  /** Who a case can be given to; read once, by those who may change a case. */
  const assignees = signal<CaseAssignees['items']>([]);
  const jobNote = signal<string | null>(null);
  const c = api.api.cases;

  function failure(err: unknown): string | null {
    if (err instanceof ApiError && err.status === 401) {
      onUnauthorized();
      return null;
    }
    return errorText(err);
  }

  async function loadList(next: CaseFilters = filters.value) {
    filters.value = next;
    listLoading.value = true;
    listError.value = null;
    try {
      const query: Record<string, string> = {};
      for (const [k, v] of Object.entries(next)) if (v) query[k] = v;
      const page = await ok(c.$get({ query }));
      items.value = page.items;
      total.value = page.total;
    } catch (err) {
      listError.value = failure(err);
    } finally {
      listLoading.value = false;
    }
  }

  async function open(id: string) {
    if (detail.value?.id !== id) detail.value = null;
    detailError.value = actionError.value = jobNote.value = null;
    try {
      detail.value = await ok(c[':id'].$get({ param: { id } }));
      recent.value = (await ok(api.api.captures.$get({ query: { limit: '30' } }))).items;
    } catch (err) {
      detailError.value = failure(err);
    }
  }

  /** One change; the answer is the whole case again (timeline included). */
  async function act(run: () => Promise<CaseDetail | unknown>, reload?: string): Promise<boolean> {
    busy.value = true;
    actionError.value = null;
    try {
      const d = await run();
      if (reload) await open(reload);
      else detail.value = d as CaseDetail;
      return true;
    } catch (err) {
      actionError.value = failure(err);
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function create(input: NewCase): Promise<string | null> {
    const cp = input.counterparty;
    let id: string | null = null;
    await act(async () => {
      const d = await ok(c.$post({ json: { title: input.title, ...(blank(input.brand) ? { brand: input.brand.trim() } : {}), counterparty: { platform: cp.platform, name: cp.name, ...(blank(cp.uid) ? { uid: cp.uid.trim() } : {}), ...(blank(cp.url) ? { url: cp.url.trim() } : {}), ...(blank(cp.entity) ? { entity: cp.entity.trim() } : {}) } } }));
      id = d.id;
      return d;
    });
    return id;
  }

  async function loadAssignees() {
    try {
      assignees.value = (await ok(c.assignees.$get())).items;
    } catch (err) {
      actionError.value = failure(err);
    }
  }
  /** Title or assignee (null: nobody); the timeline records the change. */
  const update = (id: string, patch: { title?: string; assigneeId?: string | null }) => act(() => ok(c[':id'].$patch({ param: { id }, json: patch })));

  const addCapture = (id: string, captureId: string, reason: string) =>
    act(() => ok(c[':id'].captures.$post({ param: { id }, json: { captureId, ...(blank(reason) ? { reason: reason.trim() } : {}) } })));
  const removeCapture = (id: string, captureId: string, reason: string) =>
    act(() => ok(c[':id'].captures[':captureId'].$delete({ param: { id, captureId }, query: blank(reason) ? { reason: reason.trim() } : {} })));
  const review = (id: string, captureId: string, decision: ReviewDecision, reason?: string) =>
    act(() => ok(c[':id'].captures[':captureId'].review.$put({ param: { id, captureId }, json: { decision, ...(reason ? { reason } : {}) } })));
  const addNote = (id: string, text: string) => act(() => ok(c[':id'].notes.$post({ param: { id }, json: { text } })), id);
  const move = (id: string, status: CaseStatus, extra: { resolution?: 'deleted' | 'settled'; reason?: string; evidenceCaptureId?: string }) =>
    act(() => ok(c[':id'].$patch({ param: { id }, json: { status, ...extra } })));

  /** The three long jobs (report, letter, package): one at a time, with the step shown while it builds. */
  async function download(id: string, which: Job, letter?: LetterForm, opts: { adoptedOnly?: boolean } = {}) {
    job.value = which;
    jobNote.value = actionError.value = null;
    try {
      const base = `/api/cases/${encodeURIComponent(id)}`;
      const { blob, name } =
        which === 'report' ? await fetchFile(`${base}/report.pdf${opts.adoptedOnly ? '?only=adopted' : ''}`, {}, `取证报告-${id}.pdf`)
        : which === 'package' ? await fetchFile(`${base}/export`, {}, `vigil-case-${id}.zip`)
        : await fetchFile(`${base}/letter`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(letter) }, `律师函-${id}.docx`);
      saveBlob(blob, name);
      // Re-read the case (the export is on its timeline now), then say what was saved: open() clears old notes.
      await open(id);
      jobNote.value = kt('downloaded', { name, size: formatBytes(blob.size) });
    } catch (err) {
      actionError.value = failure(err);
    } finally {
      job.value = null;
    }
  }

  return { items, total, filters, listLoading, listError, loadList, detail, detailError, actionError, busy, recent, open, create, assignees, loadAssignees, update, addCapture, removeCapture, review, addNote, move, job, jobNote, download };
}
export type CasesModel = ReturnType<typeof createCasesModel>;
