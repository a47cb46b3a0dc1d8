import { createPublicKey } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { zipSync, type Zippable } from 'fflate';
import { EcPublicJwk } from '@vigil/shared/schemas/capture';
import { fromBase64 } from '@vigil/shared/evidence/bytes';
import { ecdsaRawToDer } from '@vigil/shared/evidence/signature';
import { captures } from '../db/schema/captures.ts';
import { devices } from '../db/schema/devices.ts';
import { tsaTokens } from '../db/schema/tsa-tokens.ts';
import type { AppDeps } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { consistencyBetween, custodyOf, entryAt, inclusionProof, latestTreeHead, treeHeadAt } from './ledger.ts';
import { logKeyOf } from './log-key.ts';
import { artefactsOf, readArtefact, storedBytesComplete } from './store.ts';
import { verificationGuide } from './verification-guide.ts';
import { verifyPageHtml } from './verify-page.ts';
import { PACKAGE } from '@vigil/shared/evidence/package-layout';

type CaptureRow = typeof captures.$inferSelect;
const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const json = (v: unknown) => text(`${JSON.stringify(v, null, 2)}\n`);

/** The file names inside an evidence package; `vigil verify` and verify.html read the same names. */
export { PACKAGE };

async function readAll(deps: AppDeps, sha256: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of readArtefact(deps.db, sha256)) parts.push(c);
  return Buffer.concat(parts);
}

/**
 * What the package needs from the store, checked before anything is logged (issue 15: a deleted log entry gave a
 * 500 after the "exported" event was already recorded). Each refusal names the check `verify` reports.
 */
async function exportableParts(deps: AppDeps, row: CaptureRow) {
  const [device] = await deps.db.select().from(devices).where(eq(devices.id, row.deviceId)).limit(1);
  if (!device) throw errors.checkFailed('manifest-signature', `设备 ${row.deviceId} 的公钥缺失`, `device key ${row.deviceId} is missing`);
  const entry = await entryAt(deps.db, row.logIndex);
  if (!entry) throw errors.checkFailed('log-inclusion', `日志条目 #${row.logIndex} 缺失`, `log entry #${row.logIndex} is missing`);
  const head = await latestTreeHead(deps.db);
  try {
    await inclusionProof(deps.db, row.logIndex, head!.size);
    const receiptHead = await treeHeadAt(deps.db, row.logIndex + 1);
    if (receiptHead) await consistencyBetween(deps.db, receiptHead.size, head!.size);
  } catch (err) {
    throw errors.checkFailed('log-inclusion', `日志无法证明该条目（${(err as Error).message}）`, (err as Error).message);
  }
  const files: { name: string; type: string; sha256: string; bytes: Uint8Array }[] = [];
  for (const a of await artefactsOf(deps.db, row.id)) {
    if (!(await storedBytesComplete(deps.db, a.sha256, a.size))) throw errors.checkFailed('artefact-digest', `文件 ${a.name} 的存储内容不完整`, `the stored bytes of ${a.name} are incomplete`);
    files.push({ name: a.name, type: a.type, sha256: a.sha256, bytes: await readAll(deps, a.sha256) });
  }
  return { device, entry, files };
}

/**
 * Everything needed to check a capture without us (issue 6): the exact manifest bytes, artefacts, signature, both
 * public keys, the log entry with its inclusion proof under the latest signed tree head, TSA tokens (.tsr), the
 * custody log, SHA256SUMS and a plain-language guide (验证说明.txt). `logExport` runs once every part is known to
 * be there, before the tree head is read, so the package's custody log and head include that export.
 */
export async function exportPackage(deps: AppDeps, row: CaptureRow, logExport: () => Promise<unknown> = async () => undefined): Promise<Uint8Array> {
  const { device, entry, files: artefacts } = await exportableParts(deps, row);
  await logExport();
  const jwk = EcPublicJwk.parse(JSON.parse(device.publicKeyJwk));
  const logKey = logKeyOf(deps.keys);
  const head = (await latestTreeHead(deps.db))!;
  const proof = await inclusionProof(deps.db, row.logIndex, head.size);
  const files: Zippable = {};
  const sums: string[] = [`${row.manifestSha256}  ${PACKAGE.manifest}`];

  files[PACKAGE.manifest] = new Uint8Array(row.manifest);
  files[PACKAGE.signature] = text(`${row.signature}\n`);
  files[PACKAGE.signatureDer] = ecdsaRawToDer(fromBase64(row.signature));
  files[PACKAGE.deviceJwk] = json({ ...jwk, kid: device.keyThumbprint, deviceId: device.id, name: device.name });
  files[PACKAGE.devicePem] = text(String(createPublicKey({ key: { ...jwk }, format: 'jwk' }).export({ format: 'pem', type: 'spki' })));
  files[PACKAGE.logJwk] = json(logKey.publicJwk);
  files[PACKAGE.logPem] = text(logKey.publicPem);
  files[PACKAGE.logEntry] = text(entry.entry);
  files[PACKAGE.proof] = json({ leafIndex: row.logIndex, treeSize: head.size, leafHash: proof.leaf, path: proof.path, hashing: 'RFC 6962: leaf = SHA-256(0x00 || log-entry.json), node = SHA-256(0x01 || left || right)' });
  files[PACKAGE.treeHead] = json(head);
  const receiptHead = await treeHeadAt(deps.db, row.logIndex + 1);
  if (receiptHead) {
    files[PACKAGE.receiptTreeHead] = json(receiptHead);
    files[PACKAGE.consistency] = json({ from: receiptHead.size, to: head.size, proof: await consistencyBetween(deps.db, receiptHead.size, head.size) });
  }
  for (const a of artefacts) {
    files[`${PACKAGE.artefacts}${a.name}`] = [a.bytes, { level: a.type.startsWith('image/') ? 0 : 6 }];
    sums.push(`${a.sha256}  ${PACKAGE.artefacts}${a.name}`);
  }
  const tokens = await deps.db.select().from(tsaTokens).where(eq(tsaTokens.captureId, row.id)).orderBy(asc(tsaTokens.tsaUrl));
  const index = tokens.map((t, i) => ({ tsa: t.tsaUrl, status: t.status, genTime: t.genTime, file: t.token ? `${PACKAGE.timestamps}${i + 1}.tsr` : null }));
  tokens.forEach((t, i) => {
    if (t.token) files[`${PACKAGE.timestamps}${i + 1}.tsr`] = new Uint8Array(t.token);
  });
  files[PACKAGE.timestampIndex] = json(index);
  const custody = await custodyOf(deps.db, row.id);
  files[PACKAGE.custody] = json(custody.map((e) => ({ logIndex: e.idx, entry: JSON.parse(e.entry) as unknown })));
  files[PACKAGE.sums] = text(`${sums.join('\n')}\n`);
  files[PACKAGE.verifyPage] = text(await verifyPageHtml());
  files[PACKAGE.guide] = text(verificationGuide({ captureId: row.id, manifestSha256: row.manifestSha256, head, index, logPem: logKey.publicPem }));
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
