import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { Me } from '@vigil/shared/schemas/auth';
import { sessions } from '../db/schema/sessions.ts';
import { users } from '../db/schema/users.ts';
import { anyRole, userDto } from '../lib/accounts.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';

export const meRoutes = new Hono<AppEnv>().get(
  '/',
  route({
    roles: anyRole,
    summary: 'Who is signed in, and how; with a session, the CSRF token to send as X-CSRF-Token',
    responses: { 200: { description: 'the caller', schema: Me } },
  }),
  async (c) => {
    const auth = c.get('auth');
    if (!auth) throw errors.unauthorized();
    const { db } = c.get('deps');
    const user = await db.query.users.findFirst({ where: eq(users.id, auth.user.id) });
    if (!user) throw errors.unauthorized();
    if (auth.via === 'token') return c.json({ user: userDto(user), via: 'token' as const }, 200);
    const session = await db.query.sessions.findFirst({ where: eq(sessions.id, auth.credentialId) });
    return c.json({ user: userDto(user), via: 'session' as const, csrfToken: session?.csrfToken }, 200);
  },
);
