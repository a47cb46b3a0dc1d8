import { Hono } from 'hono';
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { UserCreated, UserCreateRequest, UserList, UserRecord, UserUpdateRequest } from '@vigil/shared/schemas/auth';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import type { Db } from '../db/client.ts';
import { sessions } from '../db/schema/sessions.ts';
import { users } from '../db/schema/users.ts';
import { createUser, revokeTokensOf, userDto, type UserRow } from '../lib/accounts.ts';
import { auditInsert, type AuditEntry } from '../lib/audit.ts';
import { clientIp } from '../lib/client-ip.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { generatePassword, hashPassword } from '../lib/password.ts';
import { route } from '../lib/route.ts';

const record = (u: UserRow): UserRecord => ({ ...userDto(u), disabled: u.disabledAt !== null });

async function otherActiveAdmins(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, id)));
  return row?.n ?? 0;
}

/** User administration (admin only). Role changes take effect on the user's next request. */
export const userRoutes = new Hono<AppEnv>()
  .get(
    '/',
    route({ roles: ['admin'], summary: 'List users', responses: { 200: { description: 'all users', schema: UserList } } }),
    async (c) => {
      const rows = await c.get('deps').db.select().from(users).orderBy(asc(users.createdAt), asc(users.email));
      return c.json({ items: rows.map(record) }, 200);
    },
  )
  .post(
    '/',
    route({
      roles: ['admin'],
      summary: 'Create a user; without a password one is generated and returned once',
      body: UserCreateRequest,
      responses: {
        201: { description: 'created', schema: UserCreated },
        409: { description: 'email_taken', schema: ErrorBody },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { db, clock } = c.get('deps');
      const generated = body.password ? undefined : generatePassword();
      const row = await createUser(db, { ...body, password: body.password ?? generated }, {
        now: clock.now(),
        actorId: c.get('auth')?.user.id ?? null,
        ip: clientIp(c),
      });
      return c.json({ user: record(row), ...(generated ? { generatedPassword: generated } : {}) }, 201);
    },
  )
  .patch(
    '/:id',
    route({
      roles: ['admin'],
      summary: 'Change a user\'s role or name, reset the password, or disable/enable the account (disabling or a reset ends its sessions and revokes its access tokens)',
      params: IdParam,
      body: UserUpdateRequest,
      responses: {
        200: { description: 'updated', schema: UserRecord },
        404: { description: 'no such user', schema: ErrorBody },
        409: { description: 'last_admin: the last active admin cannot be demoted or disabled', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const { db, clock } = c.get('deps');
      const user = await db.query.users.findFirst({ where: eq(users.id, id) });
      if (!user) throw errors.notFound('未找到该用户 / No such user');
      const now = clock.now();
      const base = { at: now, actorId: c.get('auth')?.user.id ?? null, subject: `user:${id}`, ip: clientIp(c) };
      const events: AuditEntry[] = [];
      const next: Partial<UserRow> = {};
      if (patch.role && patch.role !== user.role) {
        next.role = patch.role;
        events.push({ ...base, action: 'user.role_changed', detail: { from: user.role, to: patch.role } });
      }
      if (patch.name && patch.name !== user.name) {
        next.name = patch.name;
        events.push({ ...base, action: 'user.renamed', detail: { from: user.name, to: patch.name } });
      }
      if (patch.disabled !== undefined && patch.disabled !== (user.disabledAt !== null)) {
        next.disabledAt = patch.disabled ? now : null;
        events.push({ ...base, action: patch.disabled ? 'user.disabled' : 'user.enabled' });
      }
      if (patch.password) {
        next.passwordHash = await hashPassword(patch.password);
        events.push({ ...base, action: 'user.password_reset' });
      }
      const losesAdmin = user.role === 'admin' && !user.disabledAt && (next.role !== undefined || next.disabledAt);
      if (losesAdmin && (await otherActiveAdmins(db, id)) === 0) {
        throw errors.conflict('不能停用或降级最后一位管理员 / The last active admin cannot be demoted or disabled', 'last_admin');
      }
      if (events.length === 0) return c.json(record(user), 200);
      await db.batch([
        db.update(users).set(next).where(eq(users.id, id)),
        ...(next.disabledAt || next.passwordHash ? [db.delete(sessions).where(eq(sessions.userId, id)), revokeTokensOf(db, id, now)] : []),
        ...events.map((e) => auditInsert(db, e)),
      ]);
      return c.json(record({ ...user, ...next }), 200);
    },
  );
