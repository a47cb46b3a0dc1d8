import { and, asc, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { TreeHead } from '@vigil/shared/schemas/capture';
import { fromHex, toHex } from '@vigil/shared/evidence/bytes';
import { logEntryBytes, type CustodyEventName, type LogEntry } from '@vigil/shared/evidence/log-entry';
import { appendLeaf, consistencyProof, consistencyProofFrom, frontierRoot, inclusionPath, inclusionPathFrom, leafHash, nodesCompletedBy, nodesNeeded, type Frontier, type NodeGetter } from '@vigil/shared/evidence/merkle';
import type { Db } from '../db/client.ts';
import { logEntries } from '../db/schema/log-entries.ts';
import { logNodes } from '../db/schema/log-nodes.ts';
import { treeHeads } from '../db/schema/tree-heads.ts';
import type { AppDeps } from '../lib/context.ts';
import { signTreeHead } from './log-key.ts';
import { withWriteRetry } from './write-retry.ts';

/** A drizzle transaction on our schema (what `db.transaction` hands its callback). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Appended {
  index: number;
  treeHead: TreeHead;
}

/**
 * Appends one entry to the evidence log and signs the new tree head, inside the caller's write transaction: the
 * log index is the primary key, so two appends can never share an index, and libSQL write transactions
 * (BEGIN IMMEDIATE) run one at a time on one database, embedded or sqld.
 */
export async function appendEntry(tx: Tx, deps: Pick<AppDeps, 'clock' | 'keys'>, entry: LogEntry): Promise<Appended> {
  const [last] = await tx.select().from(treeHeads).orderBy(desc(treeHeads.size)).limit(1);
  const frontier: Frontier = last ? { size: last.size, hashes: (JSON.parse(last.frontier) as string[]).map(fromHex) } : { size: 0, hashes: [] };
  const bytes = logEntryBytes(entry);
  const leaf = leafHash(bytes);
  const next = appendLeaf(frontier, leaf);
  const now = deps.clock.now();
  const treeHead = signTreeHead(deps.keys, { size: next.size, rootHash: toHex(frontierRoot(next)), timestamp: now.toISOString() });
  await tx.insert(logEntries).values({
    idx: frontier.size,
    type: entry.type,
    captureId: entry.type === 'case' ? null : entry.captureId,
    event: entry.type === 'capture' ? null : entry.event,
    actorId: entry.type === 'capture' ? entry.userId : entry.actorId,
    entry: new TextDecoder().decode(bytes),
    leafHash: toHex(leaf),
    createdAt: now,
  });
  const completed = nodesCompletedBy(frontier, leaf);
  if (completed.length) await tx.insert(logNodes).values(completed.map(([level, idx, hash]) => ({ level, idx, hash: toHex(hash) })));
  await tx.insert(treeHeads).values({ ...treeHead, frontier: JSON.stringify(next.hashes.map(toHex)) });
  return { index: frontier.size, treeHead };
}

/** A custody event (viewed, downloaded, exported, status changed) in its own transaction. */
export async function recordCustody(deps: AppDeps, captureId: string, event: CustodyEventName, actorId: string, detail?: string): Promise<Appended> {
  const entry: LogEntry = { v: 1, type: 'custody', captureId, event, actorId, at: deps.clock.now().toISOString(), ...(detail ? { detail } : {}) };
  return withWriteRetry(() => deps.db.transaction((tx) => appendEntry(tx, deps, entry)));
}

/** Views by one user of one capture within this span are one custody event (issue 15: 1 032 entries in 10 s). */
export const VIEW_COALESCE_MS = 10 * 60_000;

/**
 * A "viewed" custody event, unless the same user's last view of this capture was logged less than
 * VIEW_COALESCE_MS ago (then null). Checked again inside the write transaction, which runs one at a time, so a
 * burst of parallel views still adds one entry. Downloads and exports are never coalesced.
 */
export async function recordView(deps: AppDeps, captureId: string, actorId: string): Promise<Appended | null> {
  const since = new Date(deps.clock.now().getTime() - VIEW_COALESCE_MS);
  const recent = async (db: Db | Tx) =>
    (
      await db
        .select({ idx: logEntries.idx })
        .from(logEntries)
        .where(and(eq(logEntries.captureId, captureId), eq(logEntries.event, 'viewed'), eq(logEntries.actorId, actorId), gt(logEntries.createdAt, since)))
        .limit(1)
    ).length > 0;
  if (await recent(deps.db)) return null;
  const entry: LogEntry = { v: 1, type: 'custody', captureId, event: 'viewed', actorId, at: deps.clock.now().toISOString() };
  return withWriteRetry(() => deps.db.transaction(async (tx) => ((await recent(tx)) ? null : appendEntry(tx, deps, entry))));
}

export async function latestTreeHead(db: Db): Promise<TreeHead | undefined> {
  const [row] = await db.select().from(treeHeads).orderBy(desc(treeHeads.size)).limit(1);
  return row ? { size: row.size, rootHash: row.rootHash, timestamp: row.timestamp, signature: row.signature } : undefined;
}

export async function treeHeadAt(db: Db, size: number): Promise<TreeHead | undefined> {
  const [row] = await db.select().from(treeHeads).where(eq(treeHeads.size, size)).limit(1);
  return row ? { size: row.size, rootHash: row.rootHash, timestamp: row.timestamp, signature: row.signature } : undefined;
}

export async function entryAt(db: Db, index: number) {
  const [row] = await db.select().from(logEntries).where(eq(logEntries.idx, index)).limit(1);
  return row;
}

/**
 * The stored nodes a proof needs (level 0 from log_entries, the rest from log_nodes), or undefined when one is
 * missing — then the caller recomputes from every leaf instead.
 */
async function storedNodes(db: Db, coords: [number, number][]): Promise<NodeGetter | undefined> {
  const found = new Map<string, Uint8Array>();
  const byLevel = new Map<number, number[]>();
  for (const [level, idx] of coords) byLevel.set(level, [...(byLevel.get(level) ?? []), idx]);
  for (const [level, idxs] of byLevel) {
    const rows =
      level === 0
        ? await db.select({ idx: logEntries.idx, hash: logEntries.leafHash }).from(logEntries).where(inArray(logEntries.idx, idxs))
        : await db.select({ idx: logNodes.idx, hash: logNodes.hash }).from(logNodes).where(and(eq(logNodes.level, level), inArray(logNodes.idx, idxs)));
    for (const r of rows) found.set(`${level}:${r.idx}`, fromHex(r.hash));
  }
  if (found.size !== coords.length) return undefined;
  return (level, idx) => found.get(`${level}:${idx}`)!;
}

async function allLeaves(db: Db, size: number): Promise<Uint8Array[]> {
  const rows = await db.select({ idx: logEntries.idx, leafHash: logEntries.leafHash }).from(logEntries).where(lt(logEntries.idx, size)).orderBy(asc(logEntries.idx));
  if (rows.length !== size || rows.some((r, i) => r.idx !== i)) throw new Error(`evidence log has gaps below ${size}`);
  return rows.map((r) => fromHex(r.leafHash));
}

/**
 * The audit path of leaf `index` in the tree of the first `size` leaves. The leaf itself is recomputed from its
 * entry text, the siblings come from stored hashes: editing any row then breaks the path to the signed root.
 */
export async function inclusionProof(db: Db, index: number, size: number): Promise<{ leaf: string; path: string[] }> {
  const entry = await entryAt(db, index);
  if (!entry || index >= size) throw new Error(`evidence log has no entry ${index} below ${size}`);
  const leaf = leafHash(new TextEncoder().encode(entry.entry));
  const stored = await storedNodes(db, nodesNeeded((g) => inclusionPathFrom(g, index, size)));
  const path = stored
    ? inclusionPathFrom((level, idx) => (level === 0 && idx === index ? leaf : stored(level, idx)), index, size)
    : inclusionPath((await allLeaves(db, size)).map((h, i) => (i === index ? leaf : h)), index);
  return { leaf: toHex(leaf), path: path.map(toHex) };
}

/**
 * RFC 6962 consistency proof between two signed tree heads: whoever kept an earlier receipt can check that the log
 * only grew since — nothing in it was rewritten or removed.
 */
export async function consistencyBetween(db: Db, from: number, to: number): Promise<string[]> {
  const stored = await storedNodes(db, nodesNeeded((g) => consistencyProofFrom(g, from, to)));
  const proof = stored ? consistencyProofFrom(stored, from, to) : consistencyProof(await allLeaves(db, to), from);
  return proof.map(toHex);
}

export async function custodyOf(db: Db, captureId: string) {
  return db.select().from(logEntries).where(and(eq(logEntries.captureId, captureId), eq(logEntries.type, 'custody'))).orderBy(asc(logEntries.idx));
}
