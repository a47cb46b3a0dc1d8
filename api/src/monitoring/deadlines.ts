import type { IncidentDeadline } from '@vigil/shared/schemas/incident';
import type { MonitorSettings } from '@vigil/shared/schemas/monitoring';
import { HOUR } from './time.ts';

export type DeadlineState = 'met' | 'missed' | 'pending' | 'overdue';

/** Met on time, met late or never (missed), still running (pending) or past due while open (overdue). */
export function deadlineState(d: IncidentDeadline, status: 'open' | 'closed', now: Date): DeadlineState {
  if (d.metAt) return d.metAt <= d.due ? 'met' : 'missed';
  if (Date.parse(d.due) > now.getTime()) return status === 'open' ? 'pending' : 'missed';
  return status === 'open' ? 'overdue' : 'missed';
}

export const deadlineStates = (ds: IncidentDeadline[], status: 'open' | 'closed', now: Date) => ds.map((d) => ({ ...d, state: deadlineState(d, status, now) }));

/**
 * Deadlines for a level from the brand's settings, counted from the incident's opening (issue 11 defaults: 重度 5 h
 * optional / 24 h / 48 h; 中度 48 h). On a level change, deadlines already met keep their record.
 */
export function deadlinesFor(level: 'mild' | 'moderate' | 'severe', openedAt: string, settings: MonitorSettings, previous: IncidentDeadline[] = []): IncidentDeadline[] {
  return settings.deadlines[level].map((r) => ({
    kind: r.kind,
    due: new Date(Date.parse(openedAt) + r.hours * HOUR).toISOString(),
    optional: r.optional,
    metAt: previous.find((p) => p.kind === r.kind)?.metAt ?? null,
  }));
}
