import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './context.ts';

export const SESSION_COOKIE = 'vigil_session';

export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** HttpOnly so page scripts cannot read it, SameSite=Strict so other sites cannot send it. */
export function setSessionCookie(c: Context<AppEnv>, value: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: c.get('deps').config.secureCookies,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.get('deps').config.secureCookies, httpOnly: true, sameSite: 'Strict' });
}
