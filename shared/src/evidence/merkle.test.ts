import { describe, expect, test } from 'vitest';
import { fromHex, toHex } from './bytes.ts';
import { appendLeaf, consistencyProof, consistencyProofFrom, frontierRoot, inclusionPath, inclusionPathFrom, leafHash, nodesCompletedBy, nodesNeeded, rootOf, verifyConsistency, verifyInclusion, type Frontier } from './merkle.ts';
import { sha256Sync } from './sha256.ts';
import { utf8 } from './platform.ts';

// The Certificate Transparency reference tree (RFC 6962 test data used by google/certificate-transparency and
// transparency-dev/merkle): eight leaves and the root for each size 1..8.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(fromHex).map(leafHash);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// (leaf index, tree size, path) from the same test data.
const INCLUSION: [number, number, string[]][] = [
  [0, 1, []],
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const CONSISTENCY: [number, number, string[]][] = [
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];

describe('RFC 6962 Merkle tree', () => {
  test('SHA-256 of the empty string and of "abc" (FIPS 180-4)', () => {
    expect(toHex(sha256Sync(new Uint8Array()))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(sha256Sync(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('roots of the reference tree for sizes 1..8', () => {
    for (let n = 1; n <= 8; n++) expect(toHex(rootOf(LEAVES.slice(0, n))), `size ${n}`).toBe(ROOTS[n - 1]);
  });

  test.each(INCLUSION)('inclusion proof of leaf %i in a tree of %i', (index, size, path) => {
    const tree = LEAVES.slice(0, size);
    expect(inclusionPath(tree, index).map(toHex)).toEqual(path);
    const root = fromHex(ROOTS[size - 1]!);
    expect(verifyInclusion(LEAVES[index]!, index, size, path.map(fromHex), root)).toBe(true);
    if (size > 1) {
      expect(verifyInclusion(LEAVES[index]!, index + 1, size, path.map(fromHex), root)).toBe(false);
      expect(verifyInclusion(leafHash(fromHex('ff')), index, size, path.map(fromHex), root)).toBe(false);
      expect(verifyInclusion(LEAVES[index]!, index, size, path.slice(0, -1).map(fromHex), root)).toBe(false);
      expect(verifyInclusion(LEAVES[index]!, index, size * 2, path.map(fromHex), root)).toBe(false);
    }
  });

  test.each(CONSISTENCY)('consistency proof from size %i to %i', (m, n, proof) => {
    expect(consistencyProof(LEAVES.slice(0, n), m).map(toHex)).toEqual(proof);
    const [r1, r2] = [fromHex(ROOTS[m - 1]!), fromHex(ROOTS[n - 1]!)];
    expect(verifyConsistency(m, n, r1, r2, proof.map(fromHex))).toBe(true);
    expect(verifyConsistency(m, n, r2, r1, proof.map(fromHex))).toBe(false);
    expect(verifyConsistency(m, n, r1, r2, proof.slice(1).map(fromHex))).toBe(false);
  });

  test('every leaf and every prefix of a 37-leaf tree proves, and a frontier tracks every root', () => {
    const many = Array.from({ length: 37 }, (_, i) => leafHash(Uint8Array.of(i, i * 7)));
    let frontier: Frontier = { size: 0, hashes: [] };
    for (let n = 1; n <= many.length; n++) {
      const tree = many.slice(0, n);
      const root = rootOf(tree);
      frontier = appendLeaf(frontier, many[n - 1]!);
      expect(toHex(frontierRoot(frontier))).toBe(toHex(root));
      for (let i = 0; i < n; i++) expect(verifyInclusion(tree[i]!, i, n, inclusionPath(tree, i), root)).toBe(true);
      for (let m = 0; m <= n; m++) {
        expect(verifyConsistency(m, n, rootOf(many.slice(0, m)), root, consistencyProof(tree, m)), `${m}→${n}`).toBe(true);
      }
    }
  });
});

describe('proofs from stored perfect-subtree nodes', () => {
  test('match the in-memory proofs for every index and size up to 40, asking only for stored nodes', () => {
    const many = Array.from({ length: 40 }, (_, i) => leafHash(Uint8Array.of(i, 3)));
    const nodes = new Map<string, Uint8Array>();
    many.forEach((h, i) => nodes.set(`0:${i}`, h));
    let frontier: Frontier = { size: 0, hashes: [] };
    for (const leaf of many) {
      for (const [level, index, hash] of nodesCompletedBy(frontier, leaf)) nodes.set(`${level}:${index}`, hash);
      frontier = appendLeaf(frontier, leaf);
    }
    const get = (level: number, index: number) => {
      const n = nodes.get(`${level}:${index}`);
      if (!n) throw new Error(`node ${level}:${index} was never stored`);
      return n;
    };
    for (let n = 1; n <= many.length; n++) {
      const tree = many.slice(0, n);
      for (let i = 0; i < n; i++) expect(inclusionPathFrom(get, i, n).map(toHex)).toEqual(inclusionPath(tree, i).map(toHex));
      for (let m = 0; m <= n; m++) expect(consistencyProofFrom(get, m, n).map(toHex)).toEqual(consistencyProof(tree, m).map(toHex));
      expect(nodesNeeded((g) => inclusionPathFrom(g, n - 1, n)).length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n + 1)) ** 2 + 1);
    }
  });
});
