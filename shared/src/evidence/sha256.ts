import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { subtle } from './platform.ts';
import { toHex } from './bytes.ts';

/**
 * SHA-256, synchronous: Merkle hashing works on 33–65-byte inputs in loops, where an await per node would dominate.
 * An evidence product should not carry a hand-written hash (issue 9 item 6): this is @noble/hashes (audited, no
 * dependencies, the same code in the extension and in Node). Large artefacts use {@link sha256} (WebCrypto) instead.
 */
export const sha256Sync = (data: Uint8Array): Uint8Array => nobleSha256(data);

/** SHA-256 through WebCrypto: the same call in the extension and in Node 20. */
export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', data));
}

/** Lower-case hex SHA-256, the form every digest takes in manifests, receipts and checks. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(await sha256(data));
}
