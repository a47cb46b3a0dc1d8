import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { CaptureReceipt, Manifest } from '@vigil/shared/schemas/capture';
import type { Db } from '../db/client.ts';
import { artefactChunks } from '../db/schema/artefact-chunks.ts';
import { artefacts } from '../db/schema/artefacts.ts';
import { captures } from '../db/schema/captures.ts';
import { tsaTokens } from '../db/schema/tsa-tokens.ts';
import type { AppDeps } from '../lib/context.ts';
import { appendEntry, treeHeadAt } from './ledger.ts';
import { withWriteRetry } from './write-retry.ts';

export const CHUNK_BYTES = 1024 * 1024;

export interface ReceivedArtefact {
  name: string;
  sha256: string;
  size: number;
  /** The bytes in order, each piece at most CHUNK_BYTES. */
  chunks: Uint8Array[];
}

export interface NewCapture {
  manifest: Manifest;
  manifestBytes: Uint8Array;
  manifestSha256: string;
  signature: string;
  userId: string;
  deviceId: string;
  artefacts: ReceivedArtefact[];
}

/**
 * Stores a fully checked capture: the capture row, its artefact list, the artefact bytes (content-addressed, only
 * the first copy of a digest is kept) and its log entry with a new signed tree head — in one write transaction, so
 * either everything is stored or nothing is. Returns false when the capture id already exists (idempotent upload).
 */
export async function storeCapture(deps: AppDeps, c: NewCapture): Promise<boolean> {
  const receivedAt = deps.clock.now();
  return withWriteRetry(() => deps.db.transaction(async (tx) => {
    const [dup] = await tx.select({ id: captures.id }).from(captures).where(eq(captures.id, c.manifest.captureId)).limit(1);
    if (dup) return false;
    const { index } = await appendEntry(tx, deps, {
      v: 1,
      type: 'capture',
      captureId: c.manifest.captureId,
      manifestSha256: c.manifestSha256,
      userId: c.userId,
      deviceId: c.deviceId,
      at: receivedAt.toISOString(),
    });
    const m = c.manifest;
    await tx.insert(captures).values({
      id: m.captureId,
      userId: c.userId,
      deviceId: c.deviceId,
      kind: m.kind,
      url: m.page.url,
      title: m.page.title,
      platform: m.unit?.platform ?? null,
      unitKey: m.unit?.key ?? null,
      startedAt: m.times.startedAt,
      receivedAt,
      manifest: Buffer.from(c.manifestBytes),
      manifestSha256: c.manifestSha256,
      signature: c.signature,
      artefactCount: m.artefacts.length,
      totalBytes: m.artefacts.reduce((n, a) => n + a.size, 0),
      logIndex: index,
    });
    await tx.insert(artefacts).values(m.artefacts.map((a) => ({ captureId: m.captureId, ...a })));
    for (const a of c.artefacts) {
      const [have] = await tx.select({ seq: artefactChunks.seq }).from(artefactChunks).where(eq(artefactChunks.sha256, a.sha256)).limit(1);
      if (have) continue;
      for (const [seq, data] of a.chunks.entries()) {
        await tx.insert(artefactChunks).values({ sha256: a.sha256, seq, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) });
      }
    }
    return true;
  }));
}

/** An artefact's bytes, one stored chunk at a time, so downloads never hold a whole file in memory. */
export async function* readArtefact(db: Db, sha256: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const [row] = await db.select({ data: artefactChunks.data }).from(artefactChunks).where(and(eq(artefactChunks.sha256, sha256), eq(artefactChunks.seq, seq))).limit(1);
    if (!row) return;
    yield new Uint8Array(row.data);
  }
}

/**
 * Whether every stored chunk of an artefact is there (no gap, no missing tail) and the bytes add up to its size:
 * asked before a download's headers go out, so a missing chunk is a named error and not a cut-off 200 (issue 15).
 */
export async function storedBytesComplete(db: Db, sha256: string, size: number): Promise<boolean> {
  const [r] = await db
    .select({ n: count(), lastSeq: max(artefactChunks.seq), bytes: sql<number>`coalesce(sum(length(${artefactChunks.data})), 0)` })
    .from(artefactChunks)
    .where(eq(artefactChunks.sha256, sha256));
  if (!r) return false;
  return Number(r.bytes) === size && (r.n === 0 || r.lastSeq === r.n - 1);
}

export async function captureRow(db: Db, id: string) {
  const [row] = await db.select().from(captures).where(eq(captures.id, id)).limit(1);
  return row;
}

export async function artefactsOf(db: Db, captureId: string) {
  return db.select().from(artefacts).where(eq(artefacts.captureId, captureId)).orderBy(asc(artefacts.name));
}

/** The receipt is the same every time it is asked for: the tree head is the one signed when the capture was logged. */
export async function receiptFor(db: Db, row: { id: string; manifestSha256: string; logIndex: number }): Promise<CaptureReceipt> {
  const treeHead = await treeHeadAt(db, row.logIndex + 1);
  if (!treeHead) throw new Error(`tree head ${row.logIndex + 1} missing`);
  const tokens = await db.select().from(tsaTokens).where(eq(tsaTokens.captureId, row.id)).orderBy(asc(tsaTokens.tsaUrl));
  return {
    captureId: row.id,
    manifestSha256: row.manifestSha256,
    logIndex: row.logIndex,
    treeHead,
    timestamps: tokens.map((t) => ({ tsa: t.tsaUrl, status: t.status, ...(t.genTime ? { genTime: t.genTime } : {}) })),
  };
}
