import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { EcPublicJwk, type Check, type VerifyResult } from '@vigil/shared/schemas/capture';
import { allPassed, evidenceChecks, type EvidenceMaterial } from '@vigil/shared/evidence/checks';
import { captures } from '../db/schema/captures.ts';
import { devices } from '../db/schema/devices.ts';
import type { AppDeps } from '../lib/context.ts';
import { consistencyBetween, entryAt, inclusionProof, latestTreeHead, treeHeadAt } from './ledger.ts';
import { logKeyOf } from './log-key.ts';
import { artefactsOf, readArtefact } from './store.ts';
import { tokenChecks } from './tsa.ts';

type CaptureRow = typeof captures.$inferSelect;

/** Digest and size of the bytes as stored, recomputed chunk by chunk (a changed or missing chunk shows here). */
async function storedDigest(deps: AppDeps, sha256: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of readArtefact(deps.db, sha256)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * The named checks for a stored capture, recomputed from the database rows (never from cached results): artefact
 * bytes, manifest digest and signature, inclusion of its log entry under the latest signed tree head, TSA tokens.
 */
export async function verifyCapture(deps: AppDeps, row: CaptureRow): Promise<VerifyResult> {
  const [device] = await deps.db.select().from(devices).where(eq(devices.id, row.deviceId)).limit(1);
  const artefacts = new Map<string, { sha256: string; size: number }>();
  for (const a of await artefactsOf(deps.db, row.id)) artefacts.set(a.name, await storedDigest(deps, a.sha256));

  const extra: Check[] = [];
  let log: EvidenceMaterial['log'];
  const head = await latestTreeHead(deps.db);
  const entry = await entryAt(deps.db, row.logIndex);
  if (head && entry) {
    try {
      const proof = await inclusionProof(deps.db, row.logIndex, head.size);
      const receiptHead = await treeHeadAt(deps.db, row.logIndex + 1);
      const receipt = receiptHead ? { treeHead: receiptHead, consistency: await consistencyBetween(deps.db, receiptHead.size, head.size) } : undefined;
      log = { entryBytes: new TextEncoder().encode(entry.entry), index: row.logIndex, proof: proof.path, treeHead: head, logKey: logKeyOf(deps.keys).publicJwk, receipt };
      if (!receiptHead) extra.push({ name: 'log-consistency', ok: false, detail: `receipt tree head ${row.logIndex + 1} missing` });
    } catch (err) {
      extra.push({ name: 'log-inclusion', subject: `#${row.logIndex}`, ok: false, detail: (err as Error).message });
    }
  } else {
    extra.push({ name: 'log-inclusion', subject: `#${row.logIndex}`, ok: false, detail: 'log entry or tree head missing' });
  }
  const checks = await evidenceChecks({
    manifestBytes: new Uint8Array(row.manifest),
    recordedManifestSha256: row.manifestSha256,
    signature: row.signature,
    deviceKey: device ? EcPublicJwk.parse(JSON.parse(device.publicKeyJwk)) : { kty: 'EC', crv: 'P-256', x: '', y: '' },
    artefacts,
    log,
  });
  checks.push(...extra, ...(await tokenChecks(deps, row.id, new Uint8Array(row.manifest))));
  return { captureId: row.id, ok: allPassed(checks), checks };
}
