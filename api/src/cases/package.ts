import { createHash, sign } from 'node:crypto';
import { eq, inArray, isNotNull, and, asc } from 'drizzle-orm';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { caseManifestBytes, type CaseLog, type CaseManifest } from '@vigil/shared/evidence/case-checks';
import { CASE_PACKAGE } from '@vigil/shared/evidence/package-layout';
import { captures } from '../db/schema/captures.ts';
import { caseEvents } from '../db/schema/case-events.ts';
import { caseRechecks } from '../db/schema/case-rechecks.ts';
import { tsaTokens } from '../db/schema/tsa-tokens.ts';
import { exportPackage } from '../evidence/export.ts';
import { entryAt, inclusionProof, latestTreeHead, recordCustody } from '../evidence/ledger.ts';
import { logKeyOf } from '../evidence/log-key.ts';
import type { AppDeps, AuthUser } from '../lib/context.ts';
import { caseDocuments } from './documents.ts';
import { contentNote, evidenceListCsv, type EvidenceItemDetail } from './evidence-list.ts';
import { storedUnitJson } from '../evidence/unit-json.ts';
import { sm3Hex } from '../legal/sm3.ts';
import { caseGuide } from './guide.ts';
import { caseDetail, caseRow } from './queries.ts';
import { addEvent, caseEntry, caseWrite } from './timeline.ts';
import { verifyPageHtml } from '../evidence/verify-page.ts';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const json = (v: unknown) => text(`${JSON.stringify(v, null, 2)}\n`);

/**
 * The case package (issue 10): every capture's package (members and re-checks) in captures/<id>/, the case record,
 * the 证据清单, the case documents (取证报告, 律师函), verify.html and the guide — all listed with their SHA-256 in a
 * case manifest the server signs with its Ed25519 log key and appends to the evidence log; case-log.json carries
 * that entry and every review/note event of the case with their inclusion proofs under one signed tree head.
 */
export async function exportCasePackage(deps: AppDeps, caseId: string, actor: AuthUser): Promise<{ zip: Uint8Array; number: string }> {
  const row = await caseRow(deps.db, caseId);
  const detail = await caseDetail(deps.db, row, deps.clock.now());
  const files: Record<string, Uint8Array> = {};

  const rechecks = await deps.db.select({ id: caseRechecks.captureId }).from(caseRechecks).where(eq(caseRechecks.caseId, row.id));
  const ids = [...new Set([...detail.captures.map((m) => m.capture.id), ...rechecks.map((r) => r.id)])];
  const rows = ids.length ? await deps.db.select().from(captures).where(inArray(captures.id, ids)) : [];
  for (const c of rows) {
    await recordCustody(deps, c.id, 'exported', actor.id, `case ${row.number}`);
    const inner = unzipSync(await exportPackage(deps, c));
    for (const [name, bytes] of Object.entries(inner)) if (!name.endsWith('/')) files[`${CASE_PACKAGE.captures}${c.id}/${name}`] = bytes;
  }
  const stamps = new Map<string, string[]>();
  if (ids.length) {
    for (const t of await deps.db.select().from(tsaTokens).where(and(inArray(tsaTokens.captureId, ids), isNotNull(tsaTokens.genTime)))) {
      stamps.set(t.captureId, [...(stamps.get(t.captureId) ?? []), `${t.tsaUrl} ${t.genTime}`]);
    }
  }
  const exportedAt = deps.clock.now().toISOString();
  files[CASE_PACKAGE.record] = json({ ...detail, exportedAt, rechecks: rechecks.map((r) => r.id) });
  const details = new Map<string, EvidenceItemDetail>();
  for (const c of rows) details.set(c.id, { content: contentNote(await storedUnitJson(deps.db, c.id)), manifestSm3: sm3Hex(c.manifest) });
  files[CASE_PACKAGE.evidenceList] = text(evidenceListCsv(detail, stamps, details));
  for (const doc of await caseDocuments(deps, row, detail, actor)) files[doc.name] = doc.bytes;
  const logKey = logKeyOf(deps.keys);
  files[CASE_PACKAGE.logJwk] = json(logKey.publicJwk);
  files[CASE_PACKAGE.logPem] = text(logKey.publicPem);
  files[CASE_PACKAGE.verifyPage] = text(await verifyPageHtml());
  files[CASE_PACKAGE.guide] = text(caseGuide({ number: row.number, title: row.title, captureIds: rows.map((r) => r.id), documents: Object.keys(files).filter((n) => !n.includes('/')), logPem: logKey.publicPem }));

  const manifest: CaseManifest = {
    version: 1,
    kind: 'vigil-case-package',
    caseId: row.id,
    number: row.number,
    title: row.title,
    exportedAt,
    exportedBy: { id: actor.id, name: actor.name },
    files: Object.keys(files).sort().map((name) => ({ name, sha256: createHash('sha256').update(files[name]!).digest('hex'), size: files[name]!.length })),
  };
  const manifestBytes = caseManifestBytes(manifest);
  const manifestSha256 = createHash('sha256').update(manifestBytes).digest('hex');
  await caseWrite(deps, (tx) =>
    addEvent(tx, deps, row.id, actor.id, { kind: 'exported', detail: { manifestSha256, files: manifest.files.length }, log: caseEntry(deps, row.id, actor.id, 'exported', { sha256: manifestSha256 }) }),
  );

  // Proofs under the head that includes the export entry just appended: the case's own events plus each capture's entry.
  const head = (await latestTreeHead(deps.db))!;
  const events = await deps.db.select({ logIndex: caseEvents.logIndex }).from(caseEvents).where(and(eq(caseEvents.caseId, row.id), isNotNull(caseEvents.logIndex))).orderBy(asc(caseEvents.id));
  const indexes = [...new Set([...events.map((e) => e.logIndex!), ...rows.map((r) => r.logIndex)])].filter((i) => i < head.size).sort((a, b) => a - b);
  const entries: CaseLog['entries'] = [];
  for (const index of indexes) {
    const entry = await entryAt(deps.db, index);
    if (!entry) continue;
    entries.push({ index, entry: entry.entry, path: (await inclusionProof(deps.db, index, head.size)).path });
  }
  const log: CaseLog = { treeHead: head, hashing: 'RFC 6962: leaf = SHA-256(0x00 || entry), node = SHA-256(0x01 || left || right)', entries };

  const zipped: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) zipped[name] = [bytes, { level: /\.(png|jpe?g|zip|pdf|docx)$/i.test(name) ? 0 : 6 }];
  zipped[CASE_PACKAGE.manifest] = manifestBytes;
  zipped[CASE_PACKAGE.signature] = text(`${sign(null, manifestBytes, logKey.privateKey).toString('base64')}\n`);
  zipped[CASE_PACKAGE.log] = json(log);
  return { zip: zipSync(zipped, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') }), number: row.number };
}
