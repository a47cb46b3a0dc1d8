import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { IdParam } from '@vigil/shared/schemas/common';
import { IncidentBroadcast, IncidentBroadcastResult, IncidentCreate, IncidentList, IncidentOwners, IncidentPatch, IncidentQuery, IncidentRecord } from '@vigil/shared/schemas/incident';
import { alerts } from '../db/schema/alerts.ts';
import { incidents } from '../db/schema/incidents.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { ifNoneMatchHits, jsonEtag } from '../lib/etag.ts';
import { requireAuth, route } from '../lib/route.ts';
import { alertPostKeys, incidentOwners, listIncidents, loadIncidents } from '../incidents/store.ts';
import { openIncidentWrites } from '../incidents/open.ts';
import { patchIncident } from '../incidents/patch.ts';
import { incidentReportPdf } from '../incidents/report-pdf.ts';
import { broadcastIncident } from '../incidents/broadcast.ts';
import { pdfHeaders } from '../lib/attachment.ts';
import { notDismissed } from '../monitoring/alert-dismissal.ts';
import { beijingDay } from '@vigil/shared/i18n/beijing-time';

// Incidents (事件, issue 11): opened from an alert in one click, from mentions, or by hand; deadlines by level from the
// brand's settings; every change on the timeline and in the audit log. PR leads run them; legal reads them; staff see
// the open ones (the side panel's countdowns).

async function one(c: { get: (k: 'deps') => AppEnv['Variables']['deps'] }, id: string) {
  const { db, clock } = c.get('deps');
  const row = await db.query.incidents.findFirst({ where: eq(incidents.id, id) });
  if (!row) throw errors.notFound('未找到该事件 / No such incident', 'incident_not_found');
  return (await loadIncidents(db, [row], clock.now(), true))[0]!;
}

export const incidentRoutes = new Hono<AppEnv>()
  .post('/', route({ roles: ['pr_lead'], summary: 'Open an incident (from an alert with `alertId`, from mentions, or by hand); deadlines by level', tags: ['incidents'], body: IncidentCreate, responses: { 201: { description: 'the incident with its deadlines', schema: IncidentRecord }, 404: { description: 'no such alert' }, 400: { description: 'invalid, or no such owner' }, 409: { description: 'the alert already has an incident' } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const b = c.req.valid('json');
    const now = clock.now().toISOString();
    const alert = b.alertId ? await db.query.alerts.findFirst({ where: eq(alerts.id, b.alertId) }) : undefined;
    if (b.alertId && !alert) throw errors.notFound('未找到该预警 / No such alert', 'alert_not_found');
    if (alert?.incidentId) throw errors.conflict(`该预警已关联事件 / This alert already has incident ${alert.incidentId}`, 'alert_has_incident');
    // A 热搜 alert's top entry is a hot list sighting, not a mention: the incident links the alert, which names it.
    const alertPosts = alert ? alertPostKeys(alert) : [];
    const mentionKeys = [...new Set([...(b.mentionKeys ?? []), ...alertPosts])];
    const links = [...(alert ? [{ kind: 'alert' as const, ref: alert.id }] : []), ...mentionKeys.map((ref) => ({ kind: 'mention' as const, ref }))];
    const { id, writes } = await openIncidentWrites(db, {
      title: b.title, brand: b.brand, level: b.level, openedAt: b.openedAt, ownerId: b.ownerId, detectedAt: alert?.hour ?? null, links,
      ...(alert ? { source: { alertId: alert.id } } : {}),
    }, auth.user.id, now);
    await db.batch([...writes, ...(alert ? [db.update(alerts).set({ incidentId: id, ...notDismissed }).where(eq(alerts.id, alert.id))] : [])]);
    return c.json(await one(c, id), 201);
  })
  .get('/', route({ roles: ['staff', 'pr_lead', 'legal'], summary: 'Incidents, newest first, with deadline states (staff see them for the side panel); ETag / If-None-Match', tags: ['incidents'], query: IncidentQuery, responses: { 200: { description: 'incidents', schema: IncidentList }, 304: { description: 'unchanged since If-None-Match' } } }), async (c) => {
    const { db, clock } = c.get('deps');
    const list = await listIncidents(db, c.req.valid('query'), clock.now());
    const body = { incidents: list.map(({ timeline: _t, ...rest }) => rest) };
    // The side panel polls this list; the tag covers deadline states, so a deadline going overdue is a change.
    const etag = jsonEtag('incidents', body);
    c.header('ETag', etag);
    c.header('Cache-Control', 'private, no-cache');
    if (ifNoneMatchHits(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.json(body, 200);
  })
  .get('/:id/report.pdf', route({ roles: ['pr_lead', 'legal'], summary: '事件专报 as PDF: 舆情概况, 传播情况, 内容分析, 处置情况 and what is due', tags: ['incidents'], params: IdParam, responses: { 200: { description: 'PDF', contentType: 'application/pdf' }, 404: { description: 'no such incident' } } }), async (c) => {
    const incident = await one(c, c.req.valid('param').id);
    const bytes = await incidentReportPdf(c.get('deps').db, incident, c.get('deps').clock.now());
    const day = beijingDay(incident.openedAt);
    pdfHeaders(c, `incident-${day}.pdf`, `事件专报-${day}-${incident.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)}.pdf`);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
  })
  .get('/owners', route({ roles: ['pr_lead'], summary: 'Who can own an incident (负责人): active PR leads and admins', tags: ['incidents'], responses: { 200: { description: 'the people', schema: IncidentOwners } } }), async (c) => c.json(await incidentOwners(c.get('deps').db), 200))
  .get('/:id', route({ roles: ['pr_lead', 'legal'], summary: 'One incident with links and its timeline', tags: ['incidents'], params: IdParam, responses: { 200: { description: 'incident', schema: IncidentRecord }, 404: { description: 'no such incident' } } }), async (c) => c.json(await one(c, c.req.valid('param').id), 200))
  .patch('/:id', route({ roles: ['pr_lead'], summary: 'Change level (logged), owner, checklist, deadlines met, links, notes; close with 复盘 notes', tags: ['incidents'], params: IdParam, body: IncidentPatch, responses: { 200: { description: 'incident', schema: IncidentRecord }, 400: { description: 'closing needs 复盘 notes' }, 404: { description: 'no such incident' } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const row = await db.query.incidents.findFirst({ where: eq(incidents.id, c.req.valid('param').id) });
    if (!row) throw errors.notFound('未找到该事件 / No such incident', 'incident_not_found');
    await patchIncident(db, row, c.req.valid('json'), auth.user.id, clock.now());
    return c.json(await one(c, row.id), 200);
  })
  .post('/:id/broadcast', route({ roles: ['pr_lead'], summary: '进展通报: send the incident’s state (level, owner, next deadline, links, holding statement, a note) to the notification channels now', tags: ['incidents'], params: IdParam, body: IncidentBroadcast, responses: { 200: { description: 'what became of it on each channel', schema: IncidentBroadcastResult }, 404: { description: 'no such incident' }, 409: { description: 'no_channel: no enabled channel takes this brand and level' } } }), async (c) => {
    const auth = requireAuth(c);
    const deps = c.get('deps');
    const incident = await one(c, c.req.valid('param').id);
    return c.json(await broadcastIncident(deps, incident, c.req.valid('json').note || undefined, auth.user, deps.clock.now()), 200);
  });
