import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { IncidentOwners, IncidentRecord } from '@vigil/shared/schemas/incident';
import { checklistKeys } from '@vigil/shared/schemas/incident';
import type { Db } from '../db/client.ts';
import { incidentEvents } from '../db/schema/incident-events.ts';
import { incidentLinks } from '../db/schema/incident-links.ts';
import { incidents } from '../db/schema/incidents.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';
import { users } from '../db/schema/users.ts';
import { activeUsersOf } from '../lib/accounts.ts';
import { auditInsert } from '../lib/audit.ts';
import { errors } from '../lib/errors.ts';
import { deadlineStates } from '../monitoring/deadlines.ts';
import { linkDetails } from './link-details.ts';

// Incident storage (issue 11): every change is one batch of the row update, a timeline event and an audit event.

export type IncidentRow = typeof incidents.$inferSelect;
export const emptyChecklist = () => checklistKeys.map((key) => ({ key, doneAt: null, doneBy: null }));

/** An owner named on open or on PATCH must be a user: a dangling owner would show no name and own nothing. */
export async function checkOwner(db: Db, id: string): Promise<{ id: string; name: string }> {
  const u = await db.query.users.findFirst({ where: eq(users.id, id), columns: { id: true, name: true } });
  if (!u) throw errors.badRequest('负责人不存在 / No such user', 'owner_not_found');
  return u;
}

/** Who can own an incident (the workspace's 负责人 choice): active PR leads, then admins, by name. */
export async function incidentOwners(db: Db): Promise<IncidentOwners> {
  return { items: await activeUsersOf(db, ['pr_lead', 'admin'] as const) };
}

export function eventWrites(db: Db, incidentId: string, at: string, actorId: string, type: string, detail: Record<string, unknown>) {
  return [
    db.insert(incidentEvents).values({ incidentId, at, actorId, type, detail }),
    auditInsert(db, { action: `incident.${type}`, at: new Date(at), actorId, subject: `incident:${incidentId}`, detail }),
  ] as const;
}

export async function loadIncidents(db: Db, rows: IncidentRow[], now: Date, withTimeline: boolean): Promise<IncidentRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [links, events, owners] = await Promise.all([
    db.select().from(incidentLinks).where(inArray(incidentLinks.incidentId, ids)).orderBy(asc(incidentLinks.linkedAt)),
    withTimeline ? db.select().from(incidentEvents).where(inArray(incidentEvents.incidentId, ids)).orderBy(asc(incidentEvents.at), asc(incidentEvents.id)) : Promise.resolve([]),
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, rows.flatMap((r) => (r.ownerId ? [r.ownerId] : [])))),
  ]);
  const versionIds = links.filter((l) => l.kind === 'reply_version').map((l) => l.ref);
  // Words for each link on the incident's own page (withTimeline); the list shows none of them.
  const details = withTimeline ? await linkDetails(db, links) : new Map();
  const versions = versionIds.length ? await db.select({ id: replyVersions.id, body: replyVersions.body, status: replyVersions.status }).from(replyVersions).where(inArray(replyVersions.id, versionIds)) : [];
  return rows.map((r) => {
    const mine = links.filter((l) => l.incidentId === r.id);
    const holding = versions.find((v) => mine.some((l) => l.kind === 'reply_version' && l.ref === v.id) && v.status === 'approved');
    return {
      id: r.id, brand: r.brand, title: r.title, level: r.level, status: r.status, ownerId: r.ownerId ?? null,
      ownerName: owners.find((o) => o.id === r.ownerId)?.name ?? null, openedAt: r.openedAt, detectedAt: r.detectedAt ?? null,
      deadlines: deadlineStates(r.deadlines, r.status, now), checklist: r.checklist, review: r.review ?? null, closedAt: r.closedAt ?? null,
      links: mine.map((l) => {
        const detail = details.get(`${l.kind}:${l.ref}`);
        return { kind: l.kind, ref: l.ref, linkedAt: l.linkedAt, ...(detail ? { detail } : {}) };
      }),
      timeline: events.filter((e) => e.incidentId === r.id).map((e) => ({ at: e.at, actorId: e.actorId ?? null, type: e.type, detail: e.detail })),
      holdingStatement: holding?.body ?? null,
    };
  });
}

export async function listIncidents(db: Db, q: { status?: 'open' | 'closed' | undefined; brand?: string | undefined }, now: Date) {
  const rows = await db.select().from(incidents).where(and(q.status ? eq(incidents.status, q.status) : undefined, q.brand ? eq(incidents.brand, q.brand) : undefined)).orderBy(desc(incidents.openedAt)).limit(200);
  return loadIncidents(db, rows, now, false);
}

/** The posts an alert brings into its incident: its top posts, except a 热搜 alert's, whose top entry is a hot list sighting. */
export const alertPostKeys = (a: { rule: string; topPosts?: readonly { key: string }[] | null }): string[] =>
  a.rule === 'hot_search' ? [] : (a.topPosts ?? []).map((p) => p.key);
