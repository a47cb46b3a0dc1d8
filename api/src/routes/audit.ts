import { Hono } from 'hono';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { AuditPage, AuditQuery } from '@vigil/shared/schemas/auth';
import { auditEvents } from '../db/schema/audit-events.ts';
import type { AppEnv } from '../lib/context.ts';
import { route } from '../lib/route.ts';

/** The security audit log, newest first, paged by id (`?before=` the last id seen). */
export const auditRoutes = new Hono<AppEnv>().get(
  '/',
  route({
    roles: ['admin'],
    summary: 'Security events: logins, logouts, tokens, users and roles',
    query: AuditQuery,
    responses: { 200: { description: 'one page of events', schema: AuditPage } },
  }),
  async (c) => {
    const { limit, before, action } = c.req.valid('query');
    const where: SQL[] = [];
    if (before !== undefined) where.push(lt(auditEvents.id, before));
    if (action) where.push(eq(auditEvents.action, action));
    const rows = await c
      .get('deps')
      .db.select()
      .from(auditEvents)
      .where(and(...where))
      .orderBy(desc(auditEvents.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    return c.json(
      {
        items: page.map((e) => ({ ...e, at: e.at.toISOString(), detail: e.detail ?? null })),
        nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      },
      200,
    );
  },
);
