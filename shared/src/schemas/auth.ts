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
