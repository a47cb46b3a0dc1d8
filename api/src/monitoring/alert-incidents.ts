import { and, desc, eq, inArray } from 'drizzle-orm';
import { levelOrder as rank } from '@vigil/shared/engine/types';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/alerts.ts';
import { incidentEvents } from '../db/schema/incident-events.ts';
import { incidentLinks } from '../db/schema/incident-links.ts';
import { incidents } from '../db/schema/incidents.ts';
import { alertPostKeys } from '../incidents/store.ts';
import { auditInsert } from '../lib/audit.ts';

// 并入处置中的事件: once the PR lead has opened an incident from an alert (or joined an alert to one), the story is
// being handled. The same rule keeps firing on it every hour the story stays loud; each firing used to arrive as a
// new pending alert and a new robot message, and the lead joined them to the incident by hand. A new alert of the
// same brand × rule × scope as an alert an open incident holds now joins that incident as it is stored: linked, its
// top posts linked, on the incident's timeline as joined by Vigil, and messaging nobody (the incident's own deadline
// reminders and 进展通报 speak for it). An alert above the incident's level is news, so it stays pending and is
// messaged as any alert; so is everything once the incident is closed.

type AlertRow = typeof alerts.$inferInsert;

/** Who linked it, for the link rows: no person did. */
export const AUTO_LINKER = 'vigil';

/**
 * The candidates as they should be stored: one whose story an open incident already holds (and that no 静默 set
 * aside) comes back with that incident's id; the rest unchanged. One query per call.
 */
export async function joinRunningIncidents(db: Db, candidates: AlertRow[]): Promise<AlertRow[]> {
  const live = candidates.filter((a) => !a.dismissedAt && !a.incidentId);
  if (live.length === 0) return candidates;
  const held = await db
    .select({ incidentId: incidents.id, level: incidents.level, openedAt: incidents.openedAt, brand: alerts.brand, rule: alerts.rule, scope: alerts.scope })
    .from(incidentLinks)
    .innerJoin(incidents, eq(incidents.id, incidentLinks.incidentId))
    .innerJoin(alerts, eq(alerts.id, incidentLinks.ref))
    .where(and(eq(incidentLinks.kind, 'alert'), eq(incidents.status, 'open'), inArray(alerts.brand, [...new Set(live.map((a) => a.brand))])))
    .orderBy(desc(incidents.openedAt));
  if (held.length === 0) return candidates;
  return candidates.map((a) => {
    if (a.dismissedAt || a.incidentId) return a;
    const story = held.find((h) => h.brand === a.brand && h.rule === a.rule && h.scope === a.scope && rank[a.level] <= rank[h.level]);
    return story ? { ...a, incidentId: story.incidentId } : a;
  });
}

/** The writes that make a stored alert part of its incident: the link, its top posts, the timeline and the audit. */
export function joinedAlertWrites(db: Db, a: AlertRow, at: Date) {
  if (!a.incidentId) return [];
  const iso = at.toISOString();
  const posts = alertPostKeys(a);
  const detail = { kind: 'alert', ref: a.id, auto: true };
  return [
    db.insert(incidentLinks).values({ incidentId: a.incidentId, kind: 'alert', ref: a.id, linkedAt: iso, linkedBy: AUTO_LINKER }).onConflictDoNothing(),
    ...posts.map((ref) => db.insert(incidentLinks).values({ incidentId: a.incidentId!, kind: 'mention', ref, linkedAt: iso, linkedBy: AUTO_LINKER }).onConflictDoNothing()),
    db.insert(incidentEvents).values({ incidentId: a.incidentId, at: iso, actorId: null, type: 'linked', detail }),
    auditInsert(db, { action: 'incident.linked', at, actorId: null, subject: `incident:${a.incidentId}`, detail }),
  ];
}
