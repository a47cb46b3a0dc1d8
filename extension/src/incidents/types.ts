import type { IncidentRecord } from '@vigil/shared/schemas/incident';

/** An open incident as GET /api/incidents lists it (no timeline). */
export type OpenIncident = Omit<IncidentRecord, 'timeline'>;

/** The last list fetched from GET /api/incidents?status=open, kept for offline (issue 11 item 7). */
export interface IncidentCache {
  etag?: string;
  fetchedAt: string;
  incidents: OpenIncident[];
}

/** What the side panel shows: the open incidents of the pack's brands, 重度 first. */
export interface IncidentsInfo {
  incidents: OpenIncident[];
  /** api: fresh from the server; cache: the last list fetched (recently, or the API did not answer); none: never synced. */
  source: 'api' | 'cache' | 'none';
  syncedAt?: string;
  /** The API was asked just now and did not answer: the cache stands in. */
  offline?: boolean;
}
