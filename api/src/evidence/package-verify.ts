import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { EcPublicJwk, TreeHead, type Check } from '@vigil/shared/schemas/capture';
import { allPassed, evidenceChecks, type EvidenceMaterial } from '@vigil/shared/evidence/checks';
import type { OkpPublicJwk } from '@vigil/shared/evidence/signature';
import { PACKAGE } from './export.ts';
import { checkTimestamp, parseCertificatesPem } from './tsa.ts';

export interface PackageVerdict {
  ok: boolean;
  checks: Check[];
  /** Problems that stop checking altogether (not a ZIP, manifest missing…). */
  problems: string[];
  logKey?: OkpPublicJwk | undefined;
}

const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

/**
 * Offline verification of an exported package (`vigil verify`): the same named checks as the API, computed only
 * from the files in the ZIP. `logKey` pins the server's log key (otherwise the packaged one is used and reported);
 * `tsaRoots` (PEM) lets the TSA certificate chain be checked.
 */
export async function verifyPackage(zip: Uint8Array, opts: { logKey?: OkpPublicJwk; tsaRootsPem?: string } = {}): Promise<PackageVerdict> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return { ok: false, checks: [], problems: ['不是有效的 ZIP 文件 / Not a ZIP file'] };
  }
  const need = [PACKAGE.manifest, PACKAGE.signature, PACKAGE.deviceJwk];
  const missing = need.filter((n) => !files[n]);
  if (missing.length) return { ok: false, checks: [], problems: [`证据包缺少文件 / Package lacks: ${missing.join(', ')}`] };

  const artefacts = new Map<string, { sha256: string; size: number }>();
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.startsWith(PACKAGE.artefacts) || name.endsWith('/')) continue;
    artefacts.set(name.slice(PACKAGE.artefacts.length), { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
  }
  const problems: string[] = [];
  let log: EvidenceMaterial['log'];
  let logKey = opts.logKey;
  try {
    const proof = JSON.parse(utf8(files[PACKAGE.proof]!)) as { leafIndex: number; path: string[] };
    logKey ??= JSON.parse(utf8(files[PACKAGE.logJwk]!)) as OkpPublicJwk;
    const receiptHead = files[PACKAGE.receiptTreeHead];
    const consistency = files[PACKAGE.consistency];
    const receipt = receiptHead && consistency
      ? { treeHead: TreeHead.parse(JSON.parse(utf8(receiptHead))), consistency: (JSON.parse(utf8(consistency)) as { proof: string[] }).proof }
      : undefined;
    log = { entryBytes: files[PACKAGE.logEntry]!, index: proof.leafIndex, proof: proof.path, treeHead: TreeHead.parse(JSON.parse(utf8(files[PACKAGE.treeHead]!))), logKey, receipt };
  } catch {
    problems.push('日志证明缺失或损坏 / Log proof, tree head or log key missing or unreadable');
  }
  const manifestBytes = files[PACKAGE.manifest]!;
  const deviceKey = EcPublicJwk.parse(JSON.parse(utf8(files[PACKAGE.deviceJwk]!)));
  const checks = await evidenceChecks({ manifestBytes, signature: utf8(files[PACKAGE.signature]!).trim(), deviceKey, artefacts, log });
  if (!log) checks.push({ name: 'log-inclusion', ok: false, detail: problems[0] });

  const roots = opts.tsaRootsPem ? parseCertificatesPem(opts.tsaRootsPem) : [];
  for (const name of Object.keys(files).filter((n) => n.startsWith(PACKAGE.timestamps) && n.endsWith('.tsr')).sort()) {
    checks.push(await checkTimestamp(files[name]!, manifestBytes, name, roots));
  }
  return { ok: allPassed(checks), checks, problems, logKey };
}
