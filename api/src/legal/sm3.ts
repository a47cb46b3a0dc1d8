import { createHash, getHashes } from 'node:crypto';

/**
 * SM3 (GB/T 32905-2016) beside SHA-256 in the 取证报告 and 证据清单: Chinese 存证 platforms default to it (legal.md A.3,
 * Tencent BTOE HashType 0), so a reader can compare our digests with theirs. Node's OpenSSL has it; a build without it
 * prints no SM3 rather than failing the report.
 */
export const hasSm3 = getHashes().includes('sm3');

export function sm3Hex(bytes: Uint8Array): string | null {
  return hasSm3 ? createHash('sm3').update(bytes).digest('hex') : null;
}

/** SM3 of bytes read chunk by chunk (an artefact as stored), without holding the whole file. */
export async function sm3OfChunks(chunks: AsyncIterable<Uint8Array>): Promise<string | null> {
  if (!hasSm3) return null;
  const hash = createHash('sm3');
  for await (const c of chunks) hash.update(c);
  return hash.digest('hex');
}
