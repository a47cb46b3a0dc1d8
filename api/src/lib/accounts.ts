import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Role } from '@vigil/shared/schemas/common';
import type { User } from '@vigil/shared/schemas/auth';
import type { Db } from '../db/client.ts';
import { accessTokens } from '../db/schema/access-tokens.ts';
import { sessions } from '../db/schema/sessions.ts';
import { users } from '../db/schema/users.ts';
import { auditInsert } from './audit.ts';
import { errors } from './errors.ts';
import { hashPassword } from './password.ts';
import { newAccessToken, newId, randomSecret, secretHash } from './secrets.ts';

export type UserRow = typeof users.$inferSelect;
export type TokenRow = typeof accessTokens.$inferSelect;

/** Sessions end after 12 h without use, and 7 days after login at the latest. */
export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function userDto(u: UserRow): User {
  return { id: u.id, name: u.name, email: u.email, role: u.role, createdAt: u.createdAt.toISOString() };
}

export function tokenDto(t: TokenRow) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.query.users.findFirst({ where: eq(users.email, normaliseEmail(email)) });
}

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  /** Omitted: the account has no password login until one is set. */
  password?: string | undefined;
}

/** Creates a user and its audit event in one batch; a taken email is a 409 `email_taken`. */
export async function createUser(db: Db, u: NewUser, ctx: { now: Date; actorId?: string | null; ip?: string }): Promise<UserRow> {
  const email = normaliseEmail(u.email);
  if (await findUserByEmail(db, email)) throw errors.conflict(`该邮箱已被使用 / Email already in use: ${email}`, 'email_taken');
  const row: UserRow = {
    id: newId(),
    name: u.name.trim(),
    email,
    role: u.role,
    passwordHash: u.password ? await hashPassword(u.password) : null,
    disabledAt: null,
    createdAt: ctx.now,
  };
  try {
    await db.batch([
      db.insert(users).values(row),
      auditInsert(db, { action: 'user.created', at: ctx.now, actorId: ctx.actorId, subject: `user:${row.id}`, ip: ctx.ip, detail: { email, role: u.role } }),
    ]);
  } catch (err) {
    // Two creations racing for one email: the unique index decides.
    if (String(err).includes('UNIQUE')) throw errors.conflict(`该邮箱已被使用 / Email already in use: ${email}`, 'email_taken');
    throw err;
  }
  return row;
}

/** A new personal access token: the secret is returned here once; the database keeps its hash. */
export async function issueAccessToken(
  db: Db,
  pepper: Uint8Array,
  t: { userId: string; name: string },
  ctx: { now: Date; actorId?: string | null; ip?: string },
): Promise<{ row: TokenRow; token: string }> {
  const { token, prefix } = newAccessToken();
  const row: TokenRow = {
    id: newId(),
    userId: t.userId,
    name: t.name.trim(),
    tokenHash: secretHash(pepper, token),
    prefix,
    createdAt: ctx.now,
    lastUsedAt: null,
    revokedAt: null,
  };
  await db.batch([
    db.insert(accessTokens).values(row),
    auditInsert(db, {
      action: 'token.created',
      at: ctx.now,
      actorId: ctx.actorId ?? t.userId,
      subject: `token:${row.id}`,
      ip: ctx.ip,
      detail: { userId: t.userId, name: row.name, prefix },
    }),
  ]);
  return { row, token };
}

/**
 * Revokes every live personal access token of a user: on a password reset and on disabling (issue 15), so a
 * leaked token neither outlives the reset nor comes back when the account is enabled again. For a batch.
 */
export function revokeTokensOf(db: Db, userId: string, now: Date) {
  return db.update(accessTokens).set({ revokedAt: now }).where(and(eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)));
}

/** Starts a session: returns the cookie value (secret) and the CSRF token the workspace sends back in a header. */
export async function startSession(db: Db, pepper: Uint8Array, s: { userId: string; now: Date; ip: string; userAgent?: string | undefined }) {
  const secret = randomSecret(32);
  const row = {
    id: newId(),
    tokenHash: secretHash(pepper, secret),
    userId: s.userId,
    csrfToken: randomSecret(32),
    createdAt: s.now,
    lastSeenAt: s.now,
    expiresAt: new Date(s.now.getTime() + SESSION_MAX_MS),
    ip: s.ip,
    userAgent: s.userAgent?.slice(0, 300) ?? null,
  };
  await db.batch([
    // Expired sessions of anyone are swept here, so the table does not grow with abandoned logins.
    db.delete(sessions).where(lt(sessions.expiresAt, s.now)),
    db.insert(sessions).values(row),
  ]);
  return { secret, session: row };
}

/** For `route({ roles: anyRole })`: every signed-in user. */
export const anyRole = ['staff', 'pr_lead', 'legal', 'admin'] as const;

/**
 * Active users of `roles`, in the order of `roles` and then by name (zh-CN collation): who a case or an incident can be
 * given to (承办人, 负责人).
 */
export async function activeUsersOf<R extends Role>(db: Db, roles: readonly R[]): Promise<{ id: string; name: string; role: R }[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(inArray(users.role, [...roles]), isNull(users.disabledAt)));
  const order = (role: string) => roles.indexOf(role as R);
  rows.sort((a, b) => order(a.role) - order(b.role) || a.name.localeCompare(b.name, 'zh-CN'));
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as R }));
}
