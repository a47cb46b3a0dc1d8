// FNV-1a (32-bit) over UTF-16 code units: small and fast, enough to tell texts apart for keys and the
// processed-state cache (issue 4); not a security hash.
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
