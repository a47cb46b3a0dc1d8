import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import type { CaseDetail } from '@vigil/shared/schemas/case';
import { caseFixture } from '../test-support/cases.ts';
import { verifyCaseFiles } from './package-verify.ts';

const bin = fileURLToPath(new URL('../../bin/vigil.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigil-case-'));
const vigil = (...args: string[]) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }));
  });

/** A reviewed case (one adopted, one rejected, one note), exported. */
async function exported() {
  const f = await caseFixture();
  const { call, legal, captureIds: [a, b] } = f;
  const c = await f.newCase();
  for (const id of [a, b]) await call('POST', `/api/cases/${c.id}/captures`, legal.headers, { captureId: id, reason: '证明发布与传播情况' });
  await call('PUT', `/api/cases/${c.id}/captures/${a}/review`, legal.headers, { decision: 'adopted' });
  await call('PUT', `/api/cases/${c.id}/captures/${b}/review`, legal.headers, { decision: 'rejected', reason: '转发帖，与首发重复' });
  await call('POST', `/api/cases/${c.id}/notes`, legal.headers, { text: '首发帖已于 12 月 1 日向平台投诉。' });
  const res = await f.app.request(`/api/cases/${c.id}/export`, { headers: legal.headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toContain('vigil-case-AJ-2026-0001.zip');
  return { ...f, caseId: c.id, a: a!, b: b!, zip: new Uint8Array(await res.arrayBuffer()) };
}
const failing = (r: Awaited<ReturnType<typeof verifyCaseFiles>>) => r.checks.filter((c) => !c.ok).map((c) => `${c.group ? `${c.group.slice(0, 8)}:` : ''}${c.name}${c.subject ? ` ${c.subject}` : ''}`);
const rezip = (files: Record<string, Uint8Array>) => zipSync(files);

describe('case package (issue 10)', () => {
  test('holds every capture package, the record, the 证据清单 and verify.html under a signed, logged case manifest', async () => {
    const { zip, a, b, call, legal, caseId } = await exported();
    const files = unzipSync(zip);
    for (const id of [a, b]) expect(files[`captures/${id}/manifest.json`]).toBeDefined();
    expect(files[`captures/${a}/verify.html`]).toBeDefined();
    expect(Buffer.from(files['取证报告.pdf']!.subarray(0, 5)).toString()).toBe('%PDF-');
    const list = Buffer.from(files['证据清单.csv']!).toString('utf8');
    expect(list.split('\r\n')[0]).toContain('证据序号,证据名称,证据来源,证明目的');
    expect(list).toContain(`采用`);
    expect(list).toContain('不采用（转发帖，与首发重复）');
    // legal.md A.4: a 内容说明 of each item, and SM3 beside SHA-256 (added after the existing columns).
    const [header, ...rows] = list.replace(/^\uFEFF/, '').trim().split('\r\n');
    const cols = header!.split(',');
    expect(cols.slice(-2)).toEqual(['内容说明', '清单 SM3']);
    const row = rows.find((r) => r.includes(a))!;
    expect(row).toContain(createHash('sm3').update(files[`captures/${a}/manifest.json`]!).digest('hex'));
    const unit = JSON.parse(Buffer.from(files[`captures/${a}/artefacts/unit.json`]!).toString('utf8')) as { text: string };
    expect(row).toContain(unit.text.slice(0, 20));
    const html = Buffer.from(files['verify.html']!).toString('utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const verdict = await verifyCaseFiles(files);
    expect(failing(verdict)).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(new Set(verdict.checks.map((c) => c.name))).toEqual(new Set(['case-manifest-signature', 'case-file-set', 'case-file-digest', 'tree-head-signature', 'case-log-inclusion', 'case-manifest-logged', 'note-digest', 'review-record', 'manifest-digest', 'manifest-signature', 'artefact-set', 'artefact-digest', 'log-inclusion', 'log-consistency']));
    const d = (await call('GET', `/api/cases/${caseId}`, legal.headers)).body as CaseDetail;
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'exported' });
  });

  test('a changed screenshot, note or review in the package fails the named checks', async () => {
    const { zip, a } = await exported();
    const shot = unzipSync(zip);
    const png = shot[`captures/${a}/artefacts/viewport.png`]!;
    png[20] = png[20]! ^ 1;
    expect(failing(await verifyCaseFiles(shot))).toEqual([`case-file-digest captures/${a}/artefacts/viewport.png`, `${a.slice(0, 8)}:artefact-digest viewport.png`]);

    // Rewrite the record and re-sign nothing: the manifest digest of case.json and the log entries both disagree.
    const files = unzipSync(zip);
    const record = JSON.parse(Buffer.from(files['case.json']!).toString('utf8')) as CaseDetail;
    record.notes[0]!.text = '首发帖未投诉。';
    record.captures[1]!.review.reason = '无关';
    files['case.json'] = new Uint8Array(Buffer.from(JSON.stringify(record)));
    const bad = failing(await verifyCaseFiles(files));
    expect(bad).toContain('case-file-digest case.json');
    expect(bad.some((n) => n.startsWith('note-digest'))).toBe(true);
    expect(bad.some((n) => n.startsWith('review-record'))).toBe(true);
  });

  test('`vigil verify case.zip` passes the package (exit 0) and fails a tampered copy (exit 1)', async () => {
    const { zip, b } = await exported();
    writeFileSync(join(dir, 'case.zip'), zip);
    const ok = await vigil('verify', join(dir, 'case.zip'));
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/✓ case-manifest-signature/);
    expect(ok.out).toMatch(/全部 \d+ 项检查通过/);
    const files = unzipSync(zip);
    delete files[`captures/${b}/artefacts/unit.json`];
    writeFileSync(join(dir, 'tampered.zip'), rezip(files));
    const bad = await vigil('verify', join(dir, 'tampered.zip'));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/✗ case-file-set/);
  }, 60_000); // two CLI processes, each starting tsx: 20 s was not enough on a loaded 2-core machine
});
