import { thumbnailPng } from '../pdf/thumbnail.ts';

/**
 * Report thumbnails by artefact SHA-256. Artefacts are content-addressed and never change, so a thumbnail made once
 * serves every later report of the same capture (a case report re-lists captures already reported one by one).
 */
const MAX_ENTRIES = 256;
const cache = new Map<string, Uint8Array>();

export async function thumbnailOf(sha256: string, read: () => Promise<Uint8Array>, maxWidth = 720): Promise<Uint8Array> {
  const key = `${sha256}:${maxWidth}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const thumb = thumbnailPng(await read(), maxWidth);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, thumb);
  return thumb;
}
