import { readFileSync } from 'node:fs';

// Files that people hand to the CLI come from Excel and WPS as often as from scripts. Excel on a Chinese Windows
// saves "CSV (逗号分隔)" in GBK, "Unicode 文本" in UTF-16 LE, and "CSV UTF-8" with a BOM; read as UTF-8, a GBK file
// turns every Chinese character into U+FFFD and its replies or mentions would be imported as garbage.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * The text of a file's bytes: a BOM decides (UTF-8, UTF-16 LE/BE) and is dropped; bytes that are valid UTF-8 are
 * UTF-8; anything else is read as GB18030, the superset of GBK and GB2312 that Chinese Excel writes.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** A text file as decodeText reads it. */
export function readTextFile(path: string): { text: string; encoding: TextEncodingName } {
  return decodeText(new Uint8Array(readFileSync(path)));
}
