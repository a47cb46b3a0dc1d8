import { IncidentList } from '@vigil/shared/schemas/incident';
import { createApiClient, type Schema } from '../api-client.ts';
import type { Item, Settings } from '../storage.ts';
import type { IncidentCache, IncidentsInfo, OpenIncident } from './types.ts';

// The open incidents the side panel counts down (issue 11 item 7). Same cadence as the approved replies: the
// background asks GET /api/incidents?status=open at most once a minute (with the ETag if the server sent one) and
// otherwise serves the last list, so the countdowns keep running offline. A revoked token drops the list.

const FRESH_MS = 60_000;
const PATH = '/api/incidents?status=open';
const rank = { severe: 0, moderate: 1, mild: 2 } as const;

const List: Schema<{ incidents: OpenIncident[] }> = IncidentList;

export interface IncidentSyncDeps {
  settings: Item<Settings>;
  cache: Item<IncidentCache | null>;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** 重度 first, then by the nearest pending deadline; only `brands` (the rule pack's) when given. */
export function forPanel(list: OpenIncident[], brands?: readonly string[]): OpenIncident[] {
  const mine = list.filter((i) => i.status === 'open' && (!brands || brands.includes(i.brand)));
  const due = (i: OpenIncident) => upcomingDeadlines(i)[0]?.due ?? '9999';
  return mine.sort((a, b) => rank[a.level] - rank[b.level] || due(a).localeCompare(due(b)));
}

/**
 * The deadlines to count down to: those not yet met, earliest first, up to the first required one (a 重度
 * incident shows the optional 5 h holding statement and the 24 h first statement; a 中度 one its 48 h response).
 */
export function upcomingDeadlines(incident: OpenIncident) {
  const open = incident.deadlines.filter((d) => d.state === 'pending' || d.state === 'overdue').sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  const required = open.findIndex((d) => !d.optional);
  return required < 0 ? open : open.slice(0, required + 1);
}

const fromCache = (c: IncidentCache | null, brands?: readonly string[]): IncidentsInfo =>
  c ? { incidents: forPanel(c.incidents, brands), source: 'cache', syncedAt: c.fetchedAt } : { incidents: [], source: 'none' };

export async function currentIncidents(deps: IncidentSyncDeps, opts: { force?: boolean; brands?: readonly string[] } = {}): Promise<IncidentsInfo> {
  const now = deps.now ?? (() => new Date());
  const settings = await deps.settings.get();
  const cached = await deps.cache.get();
  const client = createApiClient({ ...settings, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  if (!client.configured) return fromCache(cached, opts.brands);
  if (!opts.force && cached && now().getTime() - Date.parse(cached.fetchedAt) < FRESH_MS) return fromCache(cached, opts.brands);
  const res = await client.conditional(PATH, List, cached?.etag);
  const fetchedAt = now().toISOString();
  if (res.ok && 'notModified' in res && cached) {
    await deps.cache.set({ ...cached, fetchedAt });
    return { ...fromCache(cached, opts.brands), source: 'api', syncedAt: fetchedAt };
  }
  // A revoked token or a user who lost access must not keep a copy of the incidents.
  if (!res.ok && (res.failure.status === 401 || res.failure.status === 403)) {
    await deps.cache.set(null);
    return { incidents: [], source: 'none' };
  }
  if (!res.ok && cached) return { ...fromCache(cached, opts.brands), offline: true };
  if (!res.ok || !('data' in res)) return fromCache(cached, opts.brands);
  const etag = res.headers.get('etag');
  await deps.cache.set({ ...(etag ? { etag } : {}), fetchedAt, incidents: res.data.incidents });
  return { incidents: forPanel(res.data.incidents, opts.brands), source: 'api', syncedAt: fetchedAt };
}
