import type { EcPublicJwk, TreeHead } from '../schemas/capture.ts';
import { concatBytes, fromBase64, toBase64, toBase64Url } from './bytes.ts';
import { canonicalBytes } from './canonical-json.ts';
import { sha256 } from './sha256.ts';
import { subtle, type WebKey } from './platform.ts';

/**
 * Device signatures: ECDSA P-256 with SHA-256 over the canonical manifest bytes (so the value signed is the manifest
 * digest), encoded as base64 of WebCrypto's raw 64-byte r‖s. The extension and the API both use these helpers.
 */
const EC = { name: 'ECDSA', namedCurve: 'P-256' };
const EC_SIGN = { name: 'ECDSA', hash: 'SHA-256' };

/** A new device key; the private half cannot be exported (kept in IndexedDB as a CryptoKey by the extension). */
export const generateDeviceKey = () => subtle().generateKey(EC, false, ['sign', 'verify']);

export async function exportPublicJwk(publicKey: WebKey): Promise<EcPublicJwk> {
  const jwk = await subtle().exportKey('jwk', publicKey);
  return { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) };
}

export async function signManifest(privateKey: WebKey, manifestBytes: Uint8Array): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign(EC_SIGN, privateKey, manifestBytes)));
}

export async function verifyManifestSignature(jwk: EcPublicJwk, manifestBytes: Uint8Array, signatureB64: string): Promise<boolean> {
  try {
    const sig = fromBase64(signatureB64);
    if (sig.length !== 64) return false;
    const key = await subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true }, EC, true, ['verify']);
    return await subtle().verify(EC_SIGN, key, sig, manifestBytes);
  } catch {
    return false;
  }
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url): the device key's short, stable name inside a manifest. */
export async function jwkThumbprint(jwk: EcPublicJwk): Promise<string> {
  return toBase64Url(await sha256(canonicalBytes({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })));
}

/** raw r‖s → DER ECDSA-Sig-Value, the form `openssl dgst -verify` reads (for the exported package). */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const int = (b: Uint8Array) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const v = b.slice(i);
    const body = v[0]! & 0x80 ? concatBytes(Uint8Array.of(0), v) : v;
    return concatBytes(Uint8Array.of(0x02, body.length), body);
  };
  const seq = concatBytes(int(raw.slice(0, 32)), int(raw.slice(32, 64)));
  return concatBytes(Uint8Array.of(0x30, seq.length), seq);
}

/** What the server's Ed25519 key signs for a tree head: canonical JSON, so any verifier can rebuild it. */
export const treeHeadMessage = (h: Pick<TreeHead, 'size' | 'rootHash' | 'timestamp'>): Uint8Array =>
  canonicalBytes({ log: 'vigil-evidence-log/1', rootHash: h.rootHash, size: h.size, timestamp: h.timestamp });

export interface OkpPublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

export async function verifyTreeHead(head: TreeHead, logKey: OkpPublicJwk): Promise<boolean> {
  try {
    const key = await subtle().importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: logKey.x, ext: true }, { name: 'Ed25519' }, true, ['verify']);
    return await subtle().verify({ name: 'Ed25519' }, key, fromBase64(head.signature), treeHeadMessage(head));
  } catch {
    return false;
  }
}
