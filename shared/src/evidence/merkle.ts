import { concatBytes, equalBytes } from './bytes.ts';
import { sha256Sync } from './sha256.ts';

/**
 * RFC 6962 §2.1 Merkle hash trees (the Certificate Transparency log shape): domain-separated leaf and node hashes,
 * split at the largest power of two below n, so any CT-compatible tool can check our proofs. Sizes and indexes are
 * plain numbers (exact below 2^53); halving uses arithmetic, not bit operators, which would wrap at 2^31.
 */
export const leafHash = (data: Uint8Array): Uint8Array => sha256Sync(concatBytes(Uint8Array.of(0), data));
export const nodeHash = (left: Uint8Array, right: Uint8Array): Uint8Array => sha256Sync(concatBytes(Uint8Array.of(1), left, right));
export const EMPTY_ROOT = sha256Sync(new Uint8Array(0));

const half = (x: number) => Math.floor(x / 2);
const odd = (x: number) => x % 2 === 1;

/** Largest power of two strictly below n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes. */
export function rootOf(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0]!;
  const k = splitPoint(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/** PATH(m, D[n]): the audit path of leaf m, nearest sibling first. */
export function inclusionPath(leaves: readonly Uint8Array[], m: number): Uint8Array[] {
  if (m < 0 || m >= leaves.length) throw new RangeError(`leaf ${m} is not in a tree of ${leaves.length}`);
  if (leaves.length === 1) return [];
  const k = splitPoint(leaves.length);
  return m < k
    ? [...inclusionPath(leaves.slice(0, k), m), rootOf(leaves.slice(k))]
    : [...inclusionPath(leaves.slice(k), m - k), rootOf(leaves.slice(0, k))];
}

/** RFC 9162 §2.1.3.2: recompute the root from a leaf and its path; true only if it is `root` and the path is exact. */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, path: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0 || p.length !== 32) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && equalBytes(r, root);
}

/** PROOF(m, D[n]) of RFC 6962 §2.1.2: that the tree of the first m leaves is a prefix of the tree of n. */
export function consistencyProof(leaves: readonly Uint8Array[], m: number): Uint8Array[] {
  if (m < 0 || m > leaves.length) throw new RangeError(`size ${m} is not within ${leaves.length}`);
  if (m === 0 || m === leaves.length) return [];
  return subproof(m, leaves, true);
}

function subproof(m: number, d: readonly Uint8Array[], complete: boolean): Uint8Array[] {
  if (m === d.length) return complete ? [] : [rootOf(d)];
  const k = splitPoint(d.length);
  return m <= k
    ? [...subproof(m, d.slice(0, k), complete), rootOf(d.slice(k))]
    : [...subproof(m - k, d.slice(k), false), rootOf(d.slice(0, k))];
}

const isPowerOfTwo = (x: number) => x > 0 && Math.log2(x) % 1 === 0;

/** RFC 9162 §2.1.4.2. */
export function verifyConsistency(first: number, second: number, firstRoot: Uint8Array, secondRoot: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (first < 0 || second < first || !Number.isSafeInteger(second)) return false;
  if (first === second) return proof.length === 0 && equalBytes(firstRoot, secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0 || proof.some((p) => p.length !== 32)) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!odd(fn)) while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && equalBytes(fr, firstRoot) && equalBytes(sr, secondRoot);
}

/**
 * The right edge of a tree: roots of its perfect subtrees, largest first (one per set bit of `size`). Enough to
 * append a leaf and compute the new root in O(log n), so the server never rereads the whole log to sign a head.
 */
export interface Frontier {
  size: number;
  hashes: Uint8Array[];
}

export function appendLeaf(frontier: Frontier, leaf: Uint8Array): Frontier {
  const hashes = [...frontier.hashes];
  let h = leaf;
  for (let s = frontier.size; odd(s); s = half(s)) h = nodeHash(hashes.pop()!, h);
  hashes.push(h);
  return { size: frontier.size + 1, hashes };
}

export function frontierRoot(frontier: Frontier): Uint8Array {
  if (frontier.hashes.length === 0) return EMPTY_ROOT;
  let r = frontier.hashes[frontier.hashes.length - 1]!;
  for (let i = frontier.hashes.length - 2; i >= 0; i--) r = nodeHash(frontier.hashes[i]!, r);
  return r;
}

/**
 * Stored-node variants, for a log too big to reread: `get(level, index)` returns the root of the perfect subtree of
 * 2^level leaves starting at leaf index·2^level (level 0: the leaf hashes). Every range RFC 6962 hashes is aligned,
 * so its root is a fold of O(log n) such subtrees; a proof needs O(log² n) of them at most.
 */
export type NodeGetter = (level: number, index: number) => Uint8Array;

function rangeRoot(get: NodeGetter, start: number, size: number): Uint8Array {
  if (isPowerOfTwo(size)) return get(Math.log2(size), start / size);
  const k = splitPoint(size);
  return nodeHash(get(Math.log2(k), start / k), rangeRoot(get, start + k, size - k));
}

function pathFrom(get: NodeGetter, m: number, start: number, size: number): Uint8Array[] {
  if (size === 1) return [];
  const k = splitPoint(size);
  return m < k
    ? [...pathFrom(get, m, start, k), rangeRoot(get, start + k, size - k)]
    : [...pathFrom(get, m - k, start + k, size - k), rangeRoot(get, start, k)];
}

function subproofFrom(get: NodeGetter, m: number, start: number, size: number, complete: boolean): Uint8Array[] {
  if (m === size) return complete ? [] : [rangeRoot(get, start, size)];
  const k = splitPoint(size);
  return m <= k
    ? [...subproofFrom(get, m, start, k, complete), rangeRoot(get, start + k, size - k)]
    : [...subproofFrom(get, m - k, start + k, size - k, false), rangeRoot(get, start, k)];
}

export function inclusionPathFrom(get: NodeGetter, index: number, size: number): Uint8Array[] {
  if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  return pathFrom(get, index, 0, size);
}

export function consistencyProofFrom(get: NodeGetter, m: number, n: number): Uint8Array[] {
  if (m < 0 || m > n) throw new RangeError(`size ${m} is not within ${n}`);
  return m === 0 || m === n ? [] : subproofFrom(get, m, 0, n, true);
}

/** The (level, index) nodes a proof will ask for, so a caller can fetch them in one query first. */
export function nodesNeeded(proof: (get: NodeGetter) => unknown): [number, number][] {
  const seen = new Map<string, [number, number]>();
  const zero = new Uint8Array(32);
  proof((level, index) => {
    seen.set(`${level}:${index}`, [level, index]);
    return zero;
  });
  return [...seen.values()];
}

/** Perfect subtrees completed by appending leaf number `size` (0-based) of a tree: [level, index, hash], level ≥ 1. */
export function nodesCompletedBy(frontier: Frontier, leaf: Uint8Array): [number, number, Uint8Array][] {
  const out: [number, number, Uint8Array][] = [];
  const hashes = [...frontier.hashes];
  let h = leaf;
  let level = 0;
  for (let s = frontier.size; odd(s); s = half(s)) {
    h = nodeHash(hashes.pop()!, h);
    level += 1;
    out.push([level, Math.floor(frontier.size / 2 ** level), h]);
  }
  return out;
}
