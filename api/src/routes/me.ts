import { Hono } from 'hono';
import { and, eq, ne } from 'drizzle-orm';
import { Me, PasswordChangeRequest } from '@vigil/shared/schemas/auth';
import { ErrorBody } from '@vigil/shared/schemas/common';
import { sessions } from '../db/schema/sessions.ts';
import { users } from '../db/schema/users.ts';
import { anyRole, userDto } from '../lib/accounts.ts';
import { auditInsert } from '../lib/audit.ts';
import { clientIp } from '../lib/client-ip.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { hashPassword, verifyPassword } from '../lib/password.ts';
import { requireAuth, route } from '../lib/route.ts';


export const meRoutes = new Hono<AppEnv>()
  .get(
    '/',
    route({
      roles: anyRole,
      summary: 'Who is signed in, and how; with a session, the CSRF token to send as X-CSRF-Token',
      responses: { 200: { description: 'the caller', schema: Me } },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const { db } = c.get('deps');
      const user = await db.query.users.findFirst({ where: eq(users.id, auth.user.id) });
      if (!user) throw errors.unauthorized();
      if (auth.via === 'token') return c.json({ user: userDto(user), via: 'token' as const }, 200);
      const session = await db.query.sessions.findFirst({ where: eq(sessions.id, auth.credentialId) });
      return c.json({ user: userDto(user), via: 'session' as const, csrfToken: session?.csrfToken }, 200);
    },
  )
  .post(
    '/password',
    route({
      roles: anyRole,
      summary: 'Change your own password (the current one is required); your other sessions end',
      body: PasswordChangeRequest,
      responses: {
        204: { description: 'changed' },
        400: { description: 'wrong_password: the current password is wrong', schema: ErrorBody },
      },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const { currentPassword, newPassword } = c.req.valid('json');
      const { db, clock } = c.get('deps');
      const user = await db.query.users.findFirst({ where: eq(users.id, auth.user.id) });
      if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
        throw errors.badRequest('当前密码错误 / The current password is wrong', 'wrong_password');
      }
      const keep = auth.via === 'session' ? auth.credentialId : '';
      await db.batch([
        db.update(users).set({ passwordHash: await hashPassword(newPassword) }).where(eq(users.id, user.id)),
        db.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, keep))),
        auditInsert(db, { action: 'user.password_changed', at: clock.now(), actorId: user.id, subject: `user:${user.id}`, ip: clientIp(c) }),
      ]);
      return c.body(null, 204);
    },
  );
