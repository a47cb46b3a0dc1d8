import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import { accessTokens } from '../db/schema/access-tokens.ts';
import { sessions } from '../db/schema/sessions.ts';
import { users } from '../db/schema/users.ts';
import type { UserRow } from './accounts.ts';
import { SESSION_IDLE_MS } from './accounts.ts';
import type { AppEnv, Auth } from './context.ts';
import { clearSessionCookie, readSessionCookie } from './cookies.ts';
import { errors } from './errors.ts';
import { looksLikeAccessToken, safeEqual, secretHash } from './secrets.ts';

/** Last-used times are written at most once a minute per credential, to save writes on busy tokens. */
const TOUCH_EVERY_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Paths that accept a request with a stale session cookie and no CSRF header (they start a new session). */
const CSRF_EXEMPT_PATHS = new Set(['/api/auth/login']);

export const tokenRevoked = () =>
  errors.unauthorized(
    '令牌已被撤销（手动撤销，或账号密码被重置、账号被停用），请在工作台创建新令牌并在设置中换用 / This token was revoked (by hand, or when the account\'s password was reset or the account was disabled); create a new one in the workspace',
    'token_revoked',
  );
export const invalidToken = () => errors.unauthorized('令牌无效 / Unknown or malformed token', 'invalid_token');
export const accountDisabled = () => errors.unauthorized('账号已停用，请联系管理员 / This account is disabled', 'account_disabled');

const authUser = (u: UserRow) => ({ id: u.id, name: u.name, email: u.email, role: u.role });

/**
 * Resolves the caller: a bearer personal access token (extension) first, else the session cookie (workspace).
 * A bad bearer token is an error, not anonymity, so the extension's connection check can say why it failed.
 * Cookie-authenticated state changes must pass the CSRF checks (same-origin Origin, X-CSRF-Token header).
 */
export async function resolveAuth(c: Context<AppEnv>): Promise<Auth | null> {
  const header = c.req.header('authorization');
  if (header !== undefined) return resolveBearer(c, header);
  const secret = readSessionCookie(c);
  if (!secret) return null;
  return resolveSession(c, secret);
}

async function resolveBearer(c: Context<AppEnv>, header: string): Promise<Auth> {
  const { db, keys, clock } = c.get('deps');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = match?.[1];
  if (!token || !looksLikeAccessToken(token)) throw invalidToken();
  const rows = await db
    .select({ token: accessTokens, user: users })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(eq(accessTokens.tokenHash, secretHash(keys.pepper, token)))
    .limit(1);
  const found = rows[0];
  if (!found) throw invalidToken();
  // Disabled first: while the account is off, that is the reason to give; afterwards the token stays revoked.
  if (found.user.disabledAt) throw accountDisabled();
  if (found.token.revokedAt) throw tokenRevoked();
  const now = clock.now();
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await db.update(accessTokens).set({ lastUsedAt: now }).where(eq(accessTokens.id, found.token.id));
  }
  return { user: authUser(found.user), via: 'token', credentialId: found.token.id };
}

async function resolveSession(c: Context<AppEnv>, secret: string): Promise<Auth | null> {
  const { db, keys, clock } = c.get('deps');
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, secretHash(keys.pepper, secret)))
    .limit(1);
  const found = rows[0];
  const now = clock.now();
  const expired =
    found &&
    (found.session.expiresAt <= now || now.getTime() - found.session.lastSeenAt.getTime() > SESSION_IDLE_MS || found.user.disabledAt);
  if (!found || expired) {
    if (found) await db.delete(sessions).where(eq(sessions.id, found.session.id));
    // The browser keeps sending a dead cookie until told otherwise.
    clearSessionCookie(c);
    return null;
  }
  if (!SAFE_METHODS.has(c.req.method) && !CSRF_EXEMPT_PATHS.has(c.req.path)) checkCsrf(c, found.session.csrfToken);
  if (now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, found.session.id));
  }
  return { user: authUser(found.user), via: 'session', credentialId: found.session.id };
}

/** Refuses a browser request sent from another site (Origin or Sec-Fetch-Site say so). */
export function refuseCrossSite(c: Context<AppEnv>): void {
  const origin = c.req.header('origin');
  if ((origin !== undefined && !sameOrigin(origin, c.req.url)) || c.req.header('sec-fetch-site') === 'cross-site') {
    throw errors.forbidden('跨站请求被拒绝 / Cross-site request refused', 'csrf');
  }
}

function checkCsrf(c: Context<AppEnv>, expected: string): void {
  refuseCrossSite(c);
  const sent = c.req.header('x-csrf-token');
  if (!sent || !safeEqual(sent, expected)) {
    throw errors.forbidden('缺少或错误的 CSRF 令牌，请刷新页面 / Missing or wrong X-CSRF-Token header', 'csrf');
  }
}

function sameOrigin(origin: string, requestUrl: string): boolean {
  try {
    return new URL(origin).host === new URL(requestUrl).host;
  } catch {
    return false;
  }
}
