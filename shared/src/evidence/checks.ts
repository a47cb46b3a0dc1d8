import type { Check, EcPublicJwk, TreeHead } from '../schemas/capture.ts';
import { fromHex, toHex } from './bytes.ts';
import { LogEntry } from './log-entry.ts';
import { parseManifestBytes } from './manifest.ts';
import { leafHash, verifyConsistency, verifyInclusion } from './merkle.ts';
import { fromUtf8 } from './platform.ts';
import { sha256Hex } from './sha256.ts';
import { jwkThumbprint, verifyManifestSignature, verifyTreeHead, type OkpPublicJwk } from './signature.ts';

/** Everything needed to check one capture, whether read from the database (API) or from an exported package (CLI). */
export interface EvidenceMaterial {
  manifestBytes: Uint8Array;
  /** The digest the server recorded at upload (database row, receipt); absent offline. */
  recordedManifestSha256?: string | undefined;
  signature: string;
  deviceKey: EcPublicJwk;
  /** Digest and size of each artefact actually present, by name, computed by the caller from the stored bytes. */
  artefacts: Map<string, { sha256: string; size: number }>;
  log?: { entryBytes: Uint8Array; index: number; proof: string[]; treeHead: TreeHead; logKey: OkpPublicJwk; receipt?: ReceiptLink | undefined } | undefined;
}

/** The tree head signed when the capture was logged (its receipt) and the proof that `treeHead` extends it. */
export interface ReceiptLink {
  treeHead: TreeHead;
  consistency: string[];
}

const fail = (c: Omit<Check, 'ok'>): Check => ({ ...c, ok: false });

/**
 * The named checks of DESIGN "Evidence integrity", each with expected and actual values, in a fixed order: the
 * manifest, its signature, every artefact, then the log. TSA tokens are checked by the API (pkijs) and appended.
 */
export async function evidenceChecks(m: EvidenceMaterial): Promise<Check[]> {
  const checks: Check[] = [];
  const manifestSha256 = await sha256Hex(m.manifestBytes);
  const parsed = parseManifestBytes(m.manifestBytes);
  let entry: LogEntry | undefined;
  if (m.log) {
    try {
      entry = LogEntry.parse(JSON.parse(fromUtf8(m.log.entryBytes)));
    } catch {
      entry = undefined;
    }
  }
  const claimed = m.recordedManifestSha256 ?? (entry?.type === 'capture' ? entry.manifestSha256 : undefined);
  checks.push({
    name: 'manifest-digest',
    ok: parsed.ok && (claimed === undefined || claimed === manifestSha256),
    ...(claimed ? { expected: claimed } : {}),
    actual: manifestSha256,
    ...(parsed.ok ? {} : { detail: parsed.reason }),
  });
  if (!parsed.ok) return checks;
  const manifest = parsed.manifest;

  const thumbprint = await jwkThumbprint(m.deviceKey);
  const sigOk = await verifyManifestSignature(m.deviceKey, m.manifestBytes, m.signature);
  checks.push({
    name: 'manifest-signature',
    subject: manifest.device.id,
    ok: sigOk && thumbprint === manifest.device.keyThumbprint,
    expected: manifest.device.keyThumbprint,
    actual: thumbprint,
    detail: !sigOk ? 'ECDSA P-256 signature does not verify' : thumbprint !== manifest.device.keyThumbprint ? 'device key is not the one named in the manifest' : 'ECDSA P-256 / SHA-256',
  });

  const listed = new Set(manifest.artefacts.map((a) => a.name));
  const extra = [...m.artefacts.keys()].filter((n) => !listed.has(n));
  const missing = [...listed].filter((n) => !m.artefacts.has(n));
  checks.push({
    name: 'artefact-set',
    ok: extra.length === 0 && missing.length === 0,
    expected: [...listed].sort().join(','),
    actual: [...m.artefacts.keys()].sort().join(','),
    ...(extra.length || missing.length ? { detail: `missing: ${missing.join(',') || '-'}; not in manifest: ${extra.join(',') || '-'}` } : {}),
  });
  for (const a of manifest.artefacts) {
    const got = m.artefacts.get(a.name);
    checks.push({
      name: 'artefact-digest',
      subject: a.name,
      ok: got !== undefined && got.sha256 === a.sha256 && got.size === a.size,
      expected: a.sha256,
      actual: got?.sha256 ?? 'missing',
      ...(got && got.size !== a.size ? { detail: `size ${got.size}, manifest says ${a.size}` } : {}),
    });
  }

  if (m.log) checks.push(...(await logChecks(m.log, entry, manifest.captureId, manifestSha256)));
  return checks;
}

async function logChecks(log: NonNullable<EvidenceMaterial['log']>, entry: LogEntry | undefined, captureId: string, manifestSha256: string): Promise<Check[]> {
  const leaf = leafHash(log.entryBytes);
  let included = false;
  try {
    included = verifyInclusion(leaf, log.index, log.treeHead.size, log.proof.map(fromHex), fromHex(log.treeHead.rootHash));
  } catch {
    included = false;
  }
  const entryMatches = entry?.type === 'capture' && entry.captureId === captureId && entry.manifestSha256 === manifestSha256;
  const inclusion: Check = {
    name: 'log-inclusion',
    subject: `#${log.index} / ${log.treeHead.size}`,
    ok: included && entryMatches,
    expected: log.treeHead.rootHash,
    actual: toHex(leaf),
    detail: !entryMatches ? 'log entry does not name this manifest digest' : included ? 'RFC 6962 audit path verifies' : 'audit path does not lead to the tree head root',
  };
  const headOk = await verifyTreeHead(log.treeHead, log.logKey);
  const head: Check = headOk
    ? { name: 'tree-head-signature', subject: `size ${log.treeHead.size}`, ok: true, detail: 'Ed25519' }
    : fail({ name: 'tree-head-signature', subject: `size ${log.treeHead.size}`, detail: 'Ed25519 signature does not verify with the log key' });
  const out = [inclusion, head];
  if (log.receipt) out.push(await receiptCheck(log.receipt, log.treeHead, log.logKey, log.index));
  return out;
}

/** The receipt's head is signed too, contains the capture, and the later head is an append-only extension of it. */
async function receiptCheck(receipt: ReceiptLink, later: TreeHead, key: OkpPublicJwk, index: number): Promise<Check> {
  const subject = `${receipt.treeHead.size} → ${later.size}`;
  const signed = await verifyTreeHead(receipt.treeHead, key);
  let consistent = false;
  try {
    consistent = verifyConsistency(receipt.treeHead.size, later.size, fromHex(receipt.treeHead.rootHash), fromHex(later.rootHash), receipt.consistency.map(fromHex));
  } catch {
    consistent = false;
  }
  const ok = signed && consistent && index < receipt.treeHead.size;
  return {
    name: 'log-consistency',
    subject,
    ok,
    expected: receipt.treeHead.rootHash,
    detail: !signed ? 'receipt tree head signature does not verify' : !consistent ? 'later tree head does not extend the receipt’s (RFC 6962 consistency)' : ok ? `log only grew since the receipt (${receipt.treeHead.timestamp})` : 'receipt tree head does not contain the capture',
  };
}

export const allPassed = (checks: readonly Check[]): boolean => checks.length > 0 && checks.every((c) => c.ok);
