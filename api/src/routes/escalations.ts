import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import { EscalationCreate, EscalationList, EscalationPatch, EscalationQuery, EscalationRecord, EscalationToIncident } from '@vigil/shared/schemas/escalation';
import { IncidentRecord } from '@vigil/shared/schemas/incident';
import { escalations } from '../db/schema/escalations.ts';
import { incidentLinks } from '../db/schema/incident-links.ts';
import { incidents } from '../db/schema/incidents.ts';
import { checkOpen, escalationNotice, incidentLevelOf, incidentTitleOf, listEscalations, oneEscalation, toRecords } from '../escalations/store.ts';
import { openIncidentWrites } from '../incidents/open.ts';
import { enqueueNotices } from '../notify/deliver.ts';
import { eventWrites, loadIncidents } from '../incidents/store.ts';
import { auditInsert } from '../lib/audit.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { requireAuth, route } from '../lib/route.ts';
import { newId } from '../lib/secrets.ts';

// 上报 (issues 11 item 7 and 13 item 1): staff escalate a flagged unit to the PR lead in one click from the side
// panel; the PR lead sees it in 舆情监测 as 待处理上报 and opens an incident from it (一键立案), links it to an open
// incident, or dismisses it. A resend of the same unit while it is open returns the open one (the extension's queue
// may deliver twice; a second colleague's click adds nothing new). Every step is audited.

const handled = { 404: { description: 'no such escalation', schema: ErrorBody }, 409: { description: 'already handled', schema: ErrorBody } };

export const escalationRoutes = new Hono<AppEnv>()
  .post('/', route({ roles: ['staff', 'pr_lead', 'legal'], summary: 'Escalate a flagged unit to the PR lead (上报); the unit’s open escalation if it already has one', tags: ['escalations'], body: EscalationCreate, responses: { 201: { description: 'escalated', schema: EscalationRecord }, 200: { description: 'already escalated and still open', schema: EscalationRecord } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const b = c.req.valid('json');
    const open = await db.query.escalations.findFirst({ where: and(eq(escalations.unitKey, b.key), eq(escalations.status, 'open')) });
    if (open) return c.json((await toRecords(db, [open]))[0]!, 200);
    const now = clock.now().toISOString();
    const row = {
      id: newId(), unitKey: b.key, brand: b.brand, level: b.level, platform: b.platform, permalink: b.permalink ?? null, url: b.url ?? null,
      author: b.author ?? null, text: b.text, reasons: b.reasons, reason: b.reason, note: b.note ?? null, status: 'open' as const,
      incidentId: null, createdAt: now, createdBy: auth.user.id, handledAt: null, handledBy: null,
    };
    await db.batch([
      db.insert(escalations).values(row),
      auditInsert(db, { action: 'escalation.created', at: new Date(now), actorId: auth.user.id, subject: `escalation:${row.id}`, detail: { key: b.key, brand: b.brand, level: b.level, reason: b.reason } }),
    ]);
    const record = (await toRecords(db, [row]))[0]!;
    // The PR lead's robots hear of it as of an alert; delivery runs with the scheduler (quiet hours, caps, retries).
    await enqueueNotices(c.get('deps'), [escalationNotice(row, record.createdByName)]);
    return c.json(record, 201);
  })
  .get('/', route({ roles: ['pr_lead', 'legal'], summary: 'Escalations from staff, newest first (status=open: 待处理上报)', tags: ['escalations'], query: EscalationQuery, responses: { 200: { description: 'escalations', schema: EscalationList } } }), async (c) => {
    return c.json({ escalations: await listEscalations(c.get('deps').db, c.req.valid('query')) }, 200);
  })
  .post('/:id/incident', route({ roles: ['pr_lead'], summary: 'Open an incident from an escalation (一键立案): the unit linked, its level, deadlines by level', tags: ['escalations'], params: IdParam, body: EscalationToIncident, responses: { 201: { description: 'the incident', schema: IncidentRecord }, ...handled } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const row = await oneEscalation(db, c.req.valid('param').id);
    checkOpen(row);
    const b = c.req.valid('json');
    const now = clock.now().toISOString();
    const { id, writes } = await openIncidentWrites(db, {
      title: b.title ?? incidentTitleOf(row), brand: row.brand, level: b.level ?? incidentLevelOf(row.level),
      links: [{ kind: 'mention', ref: row.unitKey }], source: { escalationId: row.id },
    }, auth.user.id, now);
    await db.batch([
      ...writes,
      db.update(escalations).set({ status: 'incident', incidentId: id, handledAt: now, handledBy: auth.user.id }).where(and(eq(escalations.id, row.id), eq(escalations.status, 'open'))),
      auditInsert(db, { action: 'escalation.incident', at: new Date(now), actorId: auth.user.id, subject: `escalation:${row.id}`, detail: { incidentId: id } }),
    ]);
    return c.json((await loadIncidents(db, [(await db.query.incidents.findFirst({ where: eq(incidents.id, id) }))!], clock.now(), true))[0]!, 201);
  })
  .patch('/:id', route({ roles: ['pr_lead'], summary: 'Dismiss an escalation, or link it to an incident already open', tags: ['escalations'], params: IdParam, body: EscalationPatch, responses: { 200: { description: 'the escalation', schema: EscalationRecord }, 400: { description: 'no such incident', schema: ErrorBody }, ...handled } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const row = await oneEscalation(db, c.req.valid('param').id);
    checkOpen(row);
    const p = c.req.valid('json');
    const now = clock.now().toISOString();
    const subject = `escalation:${row.id}`;
    if (p.incidentId) {
      const incident = await db.query.incidents.findFirst({ where: eq(incidents.id, p.incidentId) });
      if (!incident) throw errors.badRequest('事件不存在 / No such incident', 'incident_not_found');
      await db.batch([
        db.update(escalations).set({ status: 'incident', incidentId: incident.id, handledAt: now, handledBy: auth.user.id }).where(eq(escalations.id, row.id)),
        db.insert(incidentLinks).values({ incidentId: incident.id, kind: 'mention', ref: row.unitKey, linkedAt: now, linkedBy: auth.user.id }).onConflictDoNothing(),
        ...eventWrites(db, incident.id, now, auth.user.id, 'linked', { kind: 'mention', ref: row.unitKey, escalationId: row.id }),
        auditInsert(db, { action: 'escalation.linked', at: new Date(now), actorId: auth.user.id, subject, detail: { incidentId: incident.id } }),
      ]);
    } else {
      await db.batch([
        db.update(escalations).set({ status: 'dismissed', handledAt: now, handledBy: auth.user.id, ...(p.note ? { note: p.note } : {}) }).where(eq(escalations.id, row.id)),
        auditInsert(db, { action: 'escalation.dismissed', at: new Date(now), actorId: auth.user.id, subject, detail: p.note ? { note: p.note } : {} }),
      ]);
    }
    return c.json((await toRecords(db, [await oneEscalation(db, row.id)]))[0]!, 200);
  });
