import { signal } from '@preact/signals';
import { beijingDayStart } from '@vigil/shared/i18n/beijing-time';
import type { CaptureDetail, CaptureSummary, VerifyResult } from '@vigil/shared/schemas/capture';
import type { z } from 'zod';
import { ApiError, ok, type Api } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { fetchArtefact, saveBlob } from './download.ts';
import { ct, formatBytes } from './text.ts';
import { parseUnitData, type UnitData } from './unit-data.ts';

export type Detail = z.infer<typeof CaptureDetail>;

export interface CaptureFilters {
  q: string;
  platform: string;
  userId: string;
  /** yyyy-mm-dd, a Beijing calendar day (the team's day), inclusive on both ends. */
  from: string;
  to: string;
}
export const noFilters: CaptureFilters = { q: '', platform: '', userId: '', from: '', to: '' };
export const PAGE_SIZE = 20;


export function listQuery(f: CaptureFilters, offset: number): Record<string, string> {
  const q: Record<string, string> = { limit: String(PAGE_SIZE), offset: String(offset) };
  if (f.q.trim()) q.q = f.q.trim();
  if (f.platform) q.platform = f.platform;
  if (f.userId) q.userId = f.userId;
  if (f.from) q.from = beijingDayStart(f.from);
  if (f.to) q.to = beijingDayStart(f.to, 1);
  return q;
}

/** The 采集证据 pages (issue 6, DESIGN flow 4): the filtered list and one capture with its checks and custody. */
export function createCapturesModel(api: Api, onUnauthorized: () => void) {
  const items = signal<CaptureSummary[]>([]);
  const total = signal(0);
  const offset = signal(0);
  const nextOffset = signal<number | null>(null);
  const filters = signal<CaptureFilters>(noFilters);
  /** Everyone seen capturing so far, for the capturer filter (the user list is admin-only). */
  const capturers = signal<Map<string, string>>(new Map());
  const listLoading = signal(false);
  const listError = signal<string | null>(null);

  const detail = signal<Detail | null>(null);
  const detailLoading = signal(false);
  const detailError = signal<string | null>(null);
  const verify = signal<VerifyResult | null>(null);
  const verifying = signal(false);
  const verifyError = signal<string | null>(null);
  const unit = signal<UnitData | null>(null);
  const unitLoading = signal(false);
  const exporting = signal(false);
  const exportNote = signal<string | null>(null);
  const exportError = signal<string | null>(null);
  const c = api.api.captures;
  let listSeq = 0;
  let detailSeq = 0;

  /** A failed call: a lapsed session goes back to login; anything else becomes words for the page. */
  function failure(err: unknown): string | null {
    if (err instanceof ApiError && err.status === 401) {
      onUnauthorized();
      return null;
    }
    return errorText(err);
  }

  async function loadList(next: CaptureFilters = filters.value, at = 0) {
    filters.value = next;
    const seq = ++listSeq;
    listLoading.value = true;
    listError.value = null;
    try {
      const page = await ok(c.$get({ query: listQuery(next, at) }));
      if (seq !== listSeq) return;
      items.value = page.items;
      total.value = page.total;
      offset.value = at;
      nextOffset.value = page.nextOffset;
      const seen = new Map(capturers.value);
      for (const it of page.items) seen.set(it.capturer.id, it.capturer.name || it.capturer.id);
      if (seen.size !== capturers.value.size) capturers.value = seen;
    } catch (err) {
      if (seq === listSeq) listError.value = failure(err);
    } finally {
      if (seq === listSeq) listLoading.value = false;
    }
  }

  async function runVerify(id: string) {
    verifying.value = true;
    verifyError.value = null;
    try {
      verify.value = await ok(c[':id'].verify.$get({ param: { id } }));
    } catch (err) {
      verifyError.value = failure(err);
    } finally {
      verifying.value = false;
    }
  }

  /** The post's own data lives in unit.json (a download, so a custody event, as it should be). */
  async function loadUnit(d: Detail, seq: number) {
    if (!d.manifest?.artefacts.some((a) => a.name === 'unit.json')) return;
    unitLoading.value = true;
    try {
      const blob = await fetchArtefact(d.id, 'unit.json');
      if (seq === detailSeq) unit.value = parseUnitData(await blob.text());
    } catch {
      // The rest of the page still stands; the artefact list links the file for a manual look.
    } finally {
      if (seq === detailSeq) unitLoading.value = false;
    }
  }

  async function open(id: string) {
    const seq = ++detailSeq;
    detail.value = verify.value = unit.value = null;
    detailError.value = verifyError.value = exportNote.value = exportError.value = null;
    detailLoading.value = true;
    try {
      const d = await ok(c[':id'].$get({ param: { id } }));
      if (seq !== detailSeq) return;
      detail.value = d;
      await Promise.all([runVerify(id), loadUnit(d, seq)]);
    } catch (err) {
      if (seq === detailSeq) detailError.value = failure(err);
    } finally {
      if (seq === detailSeq) detailLoading.value = false;
    }
  }

  /** Re-reads the capture after an export so its custody log shows it (the read itself is logged as a view). */
  async function refreshCustody(id: string) {
    try {
      const d = await ok(c[':id'].$get({ param: { id } }));
      if (detail.value?.id === id) detail.value = d;
    } catch (err) {
      detailError.value = failure(err);
    }
  }

  async function exportPackage(id: string) {
    exporting.value = true;
    exportNote.value = exportError.value = null;
    try {
      const res = await fetch(`/api/captures/${encodeURIComponent(id)}/export`, { credentials: 'same-origin' });
      if (!res.ok) await ok(Promise.resolve(res));
      const blob = await res.blob();
      const name = `vigil-capture-${id}.zip`;
      saveBlob(blob, name);
      exportNote.value = ct('exported', { name, size: formatBytes(blob.size) });
      await refreshCustody(id);
    } catch (err) {
      exportError.value = failure(err);
    } finally {
      exporting.value = false;
    }
  }

  return {
    items, total, offset, nextOffset, filters, capturers, listLoading, listError, loadList,
    detail, detailLoading, detailError, verify, verifying, verifyError, unit, unitLoading, open, runVerify, refreshCustody,
    exporting, exportNote, exportError, exportPackage,
  };
}
export type CapturesModel = ReturnType<typeof createCapturesModel>;
