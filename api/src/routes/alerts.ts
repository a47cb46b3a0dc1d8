import { Hono } from 'hono';
import { and, count, desc, eq, gte, isNotNull, isNull } from 'drizzle-orm';
import { IdParam } from '@vigil/shared/schemas/common';
import { AlertList, AlertMute, AlertMuteList, AlertMuteQuery, AlertPatch, AlertQuery, AlertRecord } from '@vigil/shared/schemas/monitoring';
import { alerts } from '../db/schema/alerts.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { requireAuth, route } from '../lib/route.ts';
import { dismissAlert } from '../monitoring/alert-dismissal.ts';
import { liftMute, listMutes } from '../monitoring/alert-mutes.ts';

// Spike, velocity and 热搜 alerts (issue 11), newest hour first. Each explains itself; an incident opens from one
// with POST /api/incidents { alertId }, joins one with PATCH /api/incidents/:id { link }, or is set aside (忽略),
// optionally muting its rule for some hours (静默, /api/alerts/mutes).

const readers = ['pr_lead', 'legal'] as const;
const inState = {
  pending: and(isNull(alerts.incidentId), isNull(alerts.dismissedAt)),
  incident: isNotNull(alerts.incidentId),
  dismissed: isNotNull(alerts.dismissedAt),
} as const;

export const alertRoutes = new Hono<AppEnv>()
  .get('/', route({ roles: readers, summary: 'Alerts by brand, since a time (`hour` is the ISO start of the hour an alert is about)', tags: ['monitoring'], query: AlertQuery, responses: { 200: { description: 'alerts', schema: AlertList } } }), async (c) => {
    const { brand, since, state, limit } = c.req.valid('query');
    const { db } = c.get('deps');
    const where = and(brand ? eq(alerts.brand, brand) : undefined, since ? gte(alerts.hour, new Date(since).toISOString()) : undefined, state ? inState[state] : undefined);
    const [rows, [counted]] = await Promise.all([
      db.select().from(alerts).where(where).orderBy(desc(alerts.hour), desc(alerts.createdAt)).limit(limit),
      db.select({ n: count() }).from(alerts).where(where),
    ]);
    return c.json({ alerts: rows, total: counted?.n ?? 0 }, 200);
  })
  // Before /:id, which would take "mutes" for an alert id.
  .get('/mutes', route({ roles: readers, summary: '静默: the running mutes (all=1: every mute, newest first), each with how many alerts it set aside', tags: ['monitoring'], query: AlertMuteQuery, responses: { 200: { description: 'mutes', schema: AlertMuteList } } }), async (c) => {
    const { brand, all } = c.req.valid('query');
    const { db, clock } = c.get('deps');
    return c.json({ mutes: await listMutes(db, clock.now(), { brand, all: all === '1' }) }, 200);
  })
  .delete('/mutes/:id', route({ roles: ['pr_lead'], summary: '解除静默: end a mute now; the alerts it set aside stay set aside', tags: ['monitoring'], params: IdParam, responses: { 200: { description: 'the mute, lifted', schema: AlertMute }, 404: { description: 'no such mute' } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    return c.json(await liftMute(db, c.req.valid('param').id, auth.user, clock.now()), 200);
  })
  .get('/:id', route({ roles: readers, summary: 'One alert with its explanation, top posts and terms', tags: ['monitoring'], params: IdParam, responses: { 200: { description: 'alert', schema: AlertRecord }, 404: { description: 'no such alert' } } }), async (c) => {
    const row = await c.get('deps').db.query.alerts.findFirst({ where: eq(alerts.id, c.req.valid('param').id) });
    if (!row) throw errors.notFound('未找到该预警 / No such alert', 'alert_not_found');
    return c.json(row, 200);
  })
  .patch('/:id', route({ roles: ['pr_lead'], summary: '忽略 an alert with a reason (误报, known, a repeat, other + note), withdrawing its held messages, and optionally mute its rule for `muteHours`; or 恢复 it (which lifts its mute)', tags: ['monitoring'], params: IdParam, body: AlertPatch, responses: { 200: { description: 'alert', schema: AlertRecord }, 400: { description: 'no reason, or "other" without a note' }, 404: { description: 'no such alert' }, 409: { description: 'the alert belongs to an incident' } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const row = await db.query.alerts.findFirst({ where: eq(alerts.id, c.req.valid('param').id) });
    if (!row) throw errors.notFound('未找到该预警 / No such alert', 'alert_not_found');
    return c.json(await dismissAlert(db, row, c.req.valid('json'), auth.user, clock.now()), 200);
  });
