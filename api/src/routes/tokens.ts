import { Hono } from 'hono';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { TokenCreated, TokenCreateRequest, TokenList, TokenListQuery } from '@vigil/shared/schemas/auth';
import { IdParam } from '@vigil/shared/schemas/common';
import { accessTokens } from '../db/schema/access-tokens.ts';
import { anyRole, issueAccessToken, tokenDto } from '../lib/accounts.ts';
import { auditInsert } from '../lib/audit.ts';
import { clientIp } from '../lib/client-ip.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { requireAuth, route } from '../lib/route.ts';


/** Personal access tokens for the extension: each user manages their own; admin sees and revokes anyone's. */
export const tokenRoutes = new Hono<AppEnv>()
  .get(
    '/',
    route({
      roles: anyRole,
      summary: 'List your personal access tokens (admin: ?userId= for another user)',
      query: TokenListQuery,
      responses: { 200: { description: 'tokens, newest first', schema: TokenList } },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const { userId = auth.user.id } = c.req.valid('query');
      if (userId !== auth.user.id && auth.user.role !== 'admin') throw errors.forbidden();
      const rows = await c
        .get('deps')
        .db.select()
        .from(accessTokens)
        .where(eq(accessTokens.userId, userId))
        .orderBy(desc(accessTokens.createdAt));
      return c.json({ items: rows.map(tokenDto) }, 200);
    },
  )
  .post(
    '/',
    route({
      roles: anyRole,
      summary: 'Create a personal access token; the secret is in this answer only',
      body: TokenCreateRequest,
      responses: { 201: { description: 'created', schema: TokenCreated } },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const { db, keys, clock } = c.get('deps');
      const { row, token } = await issueAccessToken(db, keys.pepper, { userId: auth.user.id, name: c.req.valid('json').name }, {
        now: clock.now(),
        actorId: auth.user.id,
        ip: clientIp(c),
      });
      return c.json({ ...tokenDto(row), token }, 201);
    },
  )
  .delete(
    '/:id',
    route({
      roles: anyRole,
      summary: 'Revoke a token (yours, or any as admin); requests with it then get 401 token_revoked',
      params: IdParam,
      responses: { 204: { description: 'revoked (also when it already was)' }, 404: { description: 'no such token of yours' } },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const { db, clock } = c.get('deps');
      const { id } = c.req.valid('param');
      const token = await db.query.accessTokens.findFirst({ where: eq(accessTokens.id, id) });
      if (!token || (token.userId !== auth.user.id && auth.user.role !== 'admin')) throw errors.notFound('未找到该令牌 / No such token');
      if (!token.revokedAt) {
        const now = clock.now();
        await db.batch([
          db.update(accessTokens).set({ revokedAt: now }).where(and(eq(accessTokens.id, id), isNull(accessTokens.revokedAt))),
          auditInsert(db, {
            action: 'token.revoked',
            at: now,
            actorId: auth.user.id,
            subject: `token:${id}`,
            ip: clientIp(c),
            detail: { userId: token.userId, name: token.name, prefix: token.prefix },
          }),
        ]);
      }
      return c.body(null, 204);
    },
  );
