import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Robot URLs carry their access key and signing secrets must be usable to sign, so they cannot be hashed: they are
// sealed with AES-256-GCM under a key derived from the server pepper (kept outside the database), so a copied
// database alone does not leak them (issue 11 "secrets never logged or returned").

const keyOf = (pepper: Uint8Array) => Buffer.from(hkdfSync('sha256', pepper, 'vigil', 'notify-channel-secrets', 32));

export function seal(pepper: Uint8Array, plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', keyOf(pepper), iv);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return `v1.${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
}

export function unseal(pepper: Uint8Array, sealed: string): string {
  const raw = Buffer.from(sealed.slice(3), 'base64');
  const d = createDecipheriv('aes-256-gcm', keyOf(pepper), raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
}

/** host + path, with any key in the query left out: what the settings page may show. */
export function urlHint(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
}
