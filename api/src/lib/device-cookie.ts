import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './context.ts';
import { safeEqual } from './secrets.ts';

/**
 * Known-device cookies (OWASP "device cookies", issue 15 #2). A successful login leaves a signed cookie in the
 * browser; a later login for the same email that carries it is rate-limited per device instead of sharing the
 * budget of strangers, so someone guessing a colleague's password behind the same office NAT cannot lock her out.
 * Each entry is `issued.nonce.mac`, mac = HMAC-SHA256 over the email, issue time and nonce under a key derived from
 * the server pepper (outside the database and the repository). The email is not in the cookie. One browser keeps
 * entries for a few accounts (a shared office machine), newest first.
 */
export const DEVICE_COOKIE = 'vigil_device';
/** Sent only to the login route. */
export const DEVICE_COOKIE_PATH = '/api/auth';
/** An entry older than this no longer counts, whatever the browser keeps. Each successful login renews it. */
export const DEVICE_COOKIE_MAX_MS = 365 * 24 * 3600_000;
export const DEVICE_COOKIE_MAX_ENTRIES = 5;

const ENTRY = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;
const keys = new WeakMap<Uint8Array, Buffer>();
const keyOf = (pepper: Uint8Array) => {
  let key = keys.get(pepper);
  if (!key) keys.set(pepper, (key = Buffer.from(hkdfSync('sha256', pepper, 'vigil', 'known-device-cookie', 32))));
  return key;
};
const macOf = (pepper: Uint8Array, email: string, issued: string, nonce: string) =>
  createHmac('sha256', keyOf(pepper)).update(`vigil-device-v1\n${email}\n${issued}\n${nonce}`, 'utf8').digest('base64url');

type Entry = { raw: string; issuedAt: number; issued: string; nonce: string; mac: string };

function entries(c: Context<AppEnv>): Entry[] {
  const value = getCookie(c, DEVICE_COOKIE) ?? '';
  if (value.length > 2000) return [];
  return value
    .split('~')
    .slice(0, DEVICE_COOKIE_MAX_ENTRIES)
    .flatMap((raw) => {
      const m = ENTRY.exec(raw);
      return m ? [{ raw, issued: m[1]!, issuedAt: Number.parseInt(m[1]!, 36), nonce: m[2]!, mac: m[3]! }] : [];
    });
}

// A minute of grace for an entry another API process issued by a clock slightly ahead of ours.
const fresh = (e: Entry, now: Date) => e.issuedAt <= now.getTime() + 60_000 && now.getTime() - e.issuedAt < DEVICE_COOKIE_MAX_MS;
const signedFor = (pepper: Uint8Array, email: string, e: Entry) => safeEqual(e.mac, macOf(pepper, email, e.issued, e.nonce));

/** The device id (the nonce) of a valid, unexpired entry for this email in the request's cookie, else null. */
export function knownDevice(c: Context<AppEnv>, email: string, now: Date): string | null {
  const { pepper } = c.get('deps').keys;
  return entries(c).find((e) => fresh(e, now) && signedFor(pepper, email, e))?.nonce ?? null;
}

/** After a successful login: a new entry for this email first, the browser's other unexpired entries after it. */
export function rememberDevice(c: Context<AppEnv>, email: string, now: Date): void {
  const { keys: k, config } = c.get('deps');
  const issued = now.getTime().toString(36);
  const nonce = randomBytes(16).toString('base64url');
  const others = entries(c).filter((e) => fresh(e, now) && !signedFor(k.pepper, email, e));
  const value = [`${issued}.${nonce}.${macOf(k.pepper, email, issued, nonce)}`, ...others.map((e) => e.raw)]
    .slice(0, DEVICE_COOKIE_MAX_ENTRIES)
    .join('~');
  setCookie(c, DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Strict',
    path: DEVICE_COOKIE_PATH,
    secure: config.secureCookies || new URL(c.req.url).protocol === 'https:',
    maxAge: DEVICE_COOKIE_MAX_MS / 1000,
  });
}
