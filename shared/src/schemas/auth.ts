import { z } from 'zod';
import { Role } from './common.ts';

export const User = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: Role,
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const LoginRequest = z
  .object({ email: z.string().trim().toLowerCase().email('邮箱格式不正确'), password: z.string().min(1).max(200) })
  .meta({ id: 'LoginRequest' });

/** `GET /api/me` and the body of a successful login. `via` says how the caller authenticated. */
export const Me = z
  .object({ user: User, via: z.enum(['session', 'token']), csrfToken: z.string().optional() })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const TokenCreateRequest = z.object({ name: z.string().trim().min(1).max(100) }).meta({ id: 'TokenCreateRequest' });

export const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('first characters of the token, to recognise it'),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'TokenInfo' });
export type TokenInfo = z.infer<typeof TokenInfo>;

/** The secret is in this answer only; the server keeps its hash. */
export const TokenCreated = TokenInfo.extend({ token: z.string() }).meta({ id: 'TokenCreated' });

export const TokenList = z.object({ items: z.array(TokenInfo) }).meta({ id: 'TokenList' });
export const TokenListQuery = z.object({ userId: z.string().min(1).max(64).optional().describe('admin only: list this user\'s tokens') });

/** Users as the admin sees them. */
export const UserRecord = User.extend({ disabled: z.boolean() }).meta({ id: 'UserRecord' });
export type UserRecord = z.infer<typeof UserRecord>;
export const UserList = z.object({ items: z.array(UserRecord) }).meta({ id: 'UserList' });

const Password = z.string().min(8, '密码至少 8 位 / at least 8 characters').max(200);

export const UserCreateRequest = z
  .object({
    name: z.string().trim().min(1).max(100),
    email: z.string().trim().toLowerCase().email('邮箱格式不正确'),
    role: Role,
    password: Password.optional().describe('omitted: a password is generated and returned once'),
  })
  .meta({ id: 'UserCreateRequest' });

/** `generatedPassword` is present (once) when the request gave no password. */
export const UserCreated = z
  .object({ user: UserRecord, generatedPassword: z.string().optional() })
  .meta({ id: 'UserCreated' });

export const UserUpdateRequest = z
  .object({
    role: Role.optional(),
    name: z.string().trim().min(1).max(100).optional(),
    disabled: z.boolean().optional(),
    password: Password.optional().describe('admin reset: sets a new password and ends the user\'s sessions'),
  })
  .meta({ id: 'UserUpdateRequest' });

/** `POST /api/me/password`: the signed-in user changes their own password; other sessions end. */
export const PasswordChangeRequest = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: Password })
  .meta({ id: 'PasswordChangeRequest' });

export const AuditEvent = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string().describe('e.g. login.ok, login.failed, token.created, user.role_changed'),
    actorId: z.string().nullable(),
    subject: z.string().nullable(),
    ip: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional().describe('cursor: events with a smaller id'),
  action: z.string().max(64).optional(),
});

export const AuditPage = z
  .object({ items: z.array(AuditEvent), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });
