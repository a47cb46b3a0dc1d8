import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { TreeHead } from '@vigil/shared/schemas/capture';
import { treeHeadMessage, type OkpPublicJwk } from '@vigil/shared/evidence/signature';
import type { ServerKeys } from '../lib/context.ts';

export interface LogKey {
  privateKey: KeyObject;
  publicJwk: OkpPublicJwk;
  /** SPKI PEM, for `openssl pkeyutl -verify` and for people pinning the key. */
  publicPem: string;
}

const cache = new WeakMap<Uint8Array, LogKey>();

/** The server's tree-head signing key, parsed once per key buffer. */
export function logKeyOf(keys: ServerKeys): LogKey {
  const hit = cache.get(keys.logKey);
  if (hit) return hit;
  const privateKey = createPrivateKey({ key: Buffer.from(keys.logKey), format: 'der', type: 'pkcs8' });
  const pub = createPublicKey(privateKey);
  const jwk = pub.export({ format: 'jwk' });
  const key: LogKey = {
    privateKey,
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x) },
    publicPem: String(pub.export({ format: 'pem', type: 'spki' })),
  };
  cache.set(keys.logKey, key);
  return key;
}

export function signTreeHead(keys: ServerKeys, head: Omit<TreeHead, 'signature'>): TreeHead {
  const signature = sign(null, treeHeadMessage(head), logKeyOf(keys).privateKey).toString('base64');
  return { ...head, signature };
}
