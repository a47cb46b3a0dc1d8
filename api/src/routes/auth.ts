import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { LoginRequest, Me } from '@vigil/shared/schemas/auth';
import { ErrorBody } from '@vigil/shared/schemas/common';
import { sessions } from '../db/schema/sessions.ts';
import { findUserByEmail, SESSION_MAX_MS, startSession, userDto } from '../lib/accounts.ts';
import { recordAudit } from '../lib/audit.ts';
import { accountDisabled, refuseCrossSite } from '../lib/auth.ts';
import { clientIp } from '../lib/client-ip.ts';
import type { AppEnv } from '../lib/context.ts';
import { clearSessionCookie, setSessionCookie } from '../lib/cookies.ts';
import { knownDevice, rememberDevice } from '../lib/device-cookie.ts';
import { errors } from '../lib/errors.ts';
import { verifyPassword } from '../lib/password.ts';
import { loginBlockedUntil, reserveLoginAttempt, retryMessage, settleLoginAttempt } from '../lib/rate-limit.ts';
import { route } from '../lib/route.ts';

const invalidCredentials = () => errors.unauthorized('邮箱或密码错误 / Wrong email or password', 'invalid_credentials');

export const authRoutes = new Hono<AppEnv>()
  .post(
    '/login',
    route({
      roles: 'public',
      summary:
        'Password login: starts a workspace session (cookie vigil_session), returns the CSRF token and renews the known-device cookie vigil_device (Path=/api/auth), which exempts this browser from lockouts caused by other clients',
      body: LoginRequest,
      responses: {
        200: { description: 'signed in', schema: Me },
        401: { description: 'invalid_credentials or account_disabled', schema: ErrorBody },
        403: { description: 'csrf: sent from another site', schema: ErrorBody },
        429: {
          description:
            'rate_limited: too many failed logins for this account from this address (or, from an address never used for it, for the account or the address); with a known-device cookie for the account, too many from that device only',
          schema: ErrorBody,
        },
      },
    }),
    async (c) => {
      // Login CSRF: another site must not sign the browser into an account of its choosing.
      refuseCrossSite(c);
      const { email, password } = c.req.valid('json');
      const { db, clock, keys } = c.get('deps');
      const ip = clientIp(c);
      const now = clock.now();
      // A browser that signed in to this account before is counted on its own (issue 15): others cannot lock it out.
      const attempt = { email, ip, now, device: knownDevice(c, email, now) };
      const knownDeviceDetail = { knownDevice: attempt.device !== null };
      if ((await reserveLoginAttempt(db, attempt)) === null) {
        const until = await loginBlockedUntil(db, attempt);
        await recordAudit(db, { action: 'login.rate_limited', at: now, subject: `email:${email}`, ip, detail: knownDeviceDetail });
        c.header('Retry-After', String(Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000))));
        throw errors.tooMany(retryMessage(until, now));
      }
      const user = await findUserByEmail(db, email);
      // Verify even for an unknown email (against a dummy hash) so timing does not tell which emails exist.
      const ok = await verifyPassword(password, user?.passwordHash);
      if (!user || !ok || user.disabledAt) {
        await settleLoginAttempt(db, { ...attempt, ok: false });
        const reason = !user ? 'unknown_email' : !ok ? 'wrong_password' : 'disabled';
        await recordAudit(db, { action: 'login.failed', at: now, actorId: user?.id, subject: `email:${email}`, ip, detail: { reason, ...knownDeviceDetail } });
        throw user && ok ? accountDisabled() : invalidCredentials();
      }
      await settleLoginAttempt(db, { ...attempt, ok: true });
      const previous = c.get('auth');
      if (previous?.via === 'session') await db.delete(sessions).where(eq(sessions.id, previous.credentialId));
      const { secret, session } = await startSession(db, keys.pepper, { userId: user.id, now, ip, userAgent: c.req.header('user-agent') });
      await recordAudit(db, { action: 'login.ok', at: now, actorId: user.id, subject: `user:${user.id}`, ip, detail: { session: session.id } });
      setSessionCookie(c, secret, SESSION_MAX_MS / 1000);
      rememberDevice(c, email, now);
      return c.json({ user: userDto(user), via: 'session' as const, csrfToken: session.csrfToken }, 200);
    },
  )
  .post(
    '/logout',
    route({
      roles: 'public',
      summary: 'Ends the workspace session and clears its cookie (a no-op without one)',
      responses: { 204: { description: 'signed out' } },
    }),
    async (c) => {
      const auth = c.get('auth');
      const { db, clock } = c.get('deps');
      if (auth?.via === 'session') {
        await db.delete(sessions).where(eq(sessions.id, auth.credentialId));
        await recordAudit(db, { action: 'logout', at: clock.now(), actorId: auth.user.id, subject: `user:${auth.user.id}`, ip: clientIp(c) });
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );
