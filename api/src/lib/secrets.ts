import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Personal access tokens look like `vgl_` + base64url(32 random bytes). */
export const TOKEN_PREFIX = 'vgl_';
const TOKEN_PATTERN = /^vgl_[A-Za-z0-9_-]{43}$/;

/** Random ids for rows: 16 bytes, base64url (22 characters), unguessable so ids never leak counts. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function newAccessToken(): { token: string; prefix: string } {
  const token = TOKEN_PREFIX + randomSecret(32);
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export const looksLikeAccessToken = (s: string) => TOKEN_PATTERN.test(s);

/**
 * HMAC-SHA256 of a session or token secret keyed with the server pepper (kept outside the database), so the stored
 * hashes alone cannot be used to test guesses. The secrets are 256-bit random, so no slow hash is needed.
 */
export function secretHash(pepper: Uint8Array, secret: string): string {
  return createHmac('sha256', pepper).update(secret, 'utf8').digest('base64url');
}

/** Constant-time string comparison (length is not secret for our fixed-size tokens). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
