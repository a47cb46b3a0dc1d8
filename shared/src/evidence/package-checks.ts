import { EcPublicJwk, TreeHead, type Check } from '../schemas/capture.ts';
import { evidenceChecks, type EvidenceMaterial } from './checks.ts';
import { PACKAGE, type PackageFiles } from './package-layout.ts';
import { fromUtf8 } from './platform.ts';
import { sha256Hex } from './sha256.ts';
import type { OkpPublicJwk } from './signature.ts';

export interface CapturePackageResult {
  checks: Check[];
  /** Problems that stop checking altogether (manifest missing…). */
  problems: string[];
  logKey?: OkpPublicJwk | undefined;
}

const json = (b: Uint8Array | undefined): unknown => JSON.parse(fromUtf8(b!));

/**
 * The named checks of one exported capture package, from its files alone (issue 6): the same code runs in
 * `vigil verify` (Node) and in the package's verify.html (a browser, offline). TSA tokens are the caller's (pkijs).
 * `logKey` pins the server's log key; otherwise the packaged one is used and returned so the caller can say so.
 */
export async function capturePackageChecks(files: PackageFiles, opts: { logKey?: OkpPublicJwk | undefined } = {}): Promise<CapturePackageResult> {
  const missing = [PACKAGE.manifest, PACKAGE.signature, PACKAGE.deviceJwk].filter((n) => !files[n]);
  if (missing.length) return { checks: [], problems: [`证据包缺少文件 / Package lacks: ${missing.join(', ')}`] };

  const artefacts = new Map<string, { sha256: string; size: number }>();
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.startsWith(PACKAGE.artefacts) || name.endsWith('/')) continue;
    artefacts.set(name.slice(PACKAGE.artefacts.length), { sha256: await sha256Hex(bytes), size: bytes.length });
  }
  const problems: string[] = [];
  let log: EvidenceMaterial['log'];
  let logKey = opts.logKey;
  try {
    const proof = json(files[PACKAGE.proof]) as { leafIndex: number; path: string[] };
    logKey ??= json(files[PACKAGE.logJwk]) as OkpPublicJwk;
    const receiptHead = files[PACKAGE.receiptTreeHead];
    const consistency = files[PACKAGE.consistency];
    const receipt = receiptHead && consistency ? { treeHead: TreeHead.parse(json(receiptHead)), consistency: (json(consistency) as { proof: string[] }).proof } : undefined;
    log = { entryBytes: files[PACKAGE.logEntry]!, index: proof.leafIndex, proof: proof.path, treeHead: TreeHead.parse(json(files[PACKAGE.treeHead])), logKey, receipt };
  } catch {
    problems.push('日志证明缺失或损坏 / Log proof, tree head or log key missing or unreadable');
  }
  let deviceKey: EcPublicJwk;
  try {
    deviceKey = EcPublicJwk.parse(json(files[PACKAGE.deviceJwk]));
  } catch {
    return { checks: [], problems: ['设备公钥无法读取 / Device public key unreadable'], logKey };
  }
  const checks = await evidenceChecks({ manifestBytes: files[PACKAGE.manifest]!, signature: fromUtf8(files[PACKAGE.signature]!).trim(), deviceKey, artefacts, log });
  if (!log) checks.push({ name: 'log-inclusion', ok: false, detail: problems[0] });
  return { checks, problems, logKey };
}
