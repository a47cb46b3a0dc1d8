import type { IncidentLevel } from '@vigil/shared/schemas/incident';
import type { Db } from '../db/client.ts';
import { incidentLinks } from '../db/schema/incident-links.ts';
import { incidents } from '../db/schema/incidents.ts';
import { newId } from '../lib/secrets.ts';
import { deadlinesFor } from '../monitoring/deadlines.ts';
import { settingsFor } from '../monitoring/settings.ts';
import { checkOwner, emptyChecklist, eventWrites } from './store.ts';

// Opening an incident (issue 11), whatever it is opened from: by hand, an alert or a staff escalation (上报). The
// caller adds its own writes (the alert or escalation pointing at the incident) to the same batch.

export interface OpenIncident {
  title: string;
  brand: string;
  level: IncidentLevel;
  openedAt?: string | undefined;
  ownerId?: string | undefined;
  /** When the problem was first detected (an alert's hour). */
  detectedAt?: string | null;
  links: { kind: 'mention' | 'alert'; ref: string }[];
  /** What the `opened` timeline event and audit entry say it came from, e.g. { alertId } or { escalationId }. */
  source?: Record<string, string>;
}

export async function openIncidentWrites(db: Db, input: OpenIncident, actorId: string, now: string) {
  if (input.ownerId) await checkOwner(db, input.ownerId);
  const openedAt = input.openedAt ? new Date(input.openedAt).toISOString() : now;
  const id = newId();
  const settings = await settingsFor(db, input.brand);
  const row = {
    id, brand: input.brand, title: input.title, level: input.level, status: 'open' as const, ownerId: input.ownerId ?? actorId, openedAt,
    detectedAt: input.detectedAt ?? null, deadlines: deadlinesFor(input.level, openedAt, settings), checklist: emptyChecklist(),
    review: null, closedAt: null, createdBy: actorId, updatedAt: now,
  };
  const writes = [
    db.insert(incidents).values(row),
    ...input.links.map((l) => db.insert(incidentLinks).values({ incidentId: id, ...l, linkedAt: now, linkedBy: actorId })),
    ...eventWrites(db, id, now, actorId, 'opened', { level: input.level, title: input.title, ...input.source }),
  ] as const;
  return { id, writes };
}
