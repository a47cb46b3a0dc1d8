import { ApprovedReplySet, type ApprovedReply } from '@vigil/shared/schemas/reply';
import { createApiClient } from '../api-client.ts';
import type { ApprovedReplyCache, Item, Settings } from '../storage.ts';

// The approved replies the side panel suggests from (issue 5). The background fetches GET /api/replies/approved
// with the cached ETag (304 keeps the cache), at most once a minute, and otherwise serves the last set it fetched,
// so suggestions work offline. Expiry is checked again at ranking time, so a cached reply stops being offered
// the moment it expires even without a sync.

const FRESH_MS = 60_000;

export interface RepliesInfo {
  replies: ApprovedReply[];
  /** api: fresh from the server; cache: the last set fetched (offline, or fetched recently); none: never synced. */
  source: 'api' | 'cache' | 'none';
  syncedAt?: string;
  /** The API was asked just now and did not answer: the cache stands in (the panel's offline notice, issue 13). */
  offline?: boolean;
}

export interface ReplySyncDeps {
  settings: Item<Settings>;
  cache: Item<ApprovedReplyCache | null>;
  fetch?: typeof fetch;
  now?: () => Date;
}

const fromCache = (c: ApprovedReplyCache | null): RepliesInfo =>
  c ? { replies: c.replies, source: 'cache', syncedAt: c.fetchedAt } : { replies: [], source: 'none' };

export async function currentReplies(deps: ReplySyncDeps, opts: { force?: boolean } = {}): Promise<RepliesInfo> {
  const now = deps.now ?? (() => new Date());
  const settings = await deps.settings.get();
  const cached = await deps.cache.get();
  const client = createApiClient({ ...settings, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  if (!client.configured) return fromCache(cached);
  if (!opts.force && cached && now().getTime() - Date.parse(cached.fetchedAt) < FRESH_MS) return fromCache(cached);
  const res = await client.conditional('/api/replies/approved', ApprovedReplySet, cached?.etag);
  const fetchedAt = now().toISOString();
  if (res.ok && 'notModified' in res && cached) {
    await deps.cache.set({ ...cached, fetchedAt });
    return { replies: cached.replies, source: 'api', syncedAt: fetchedAt };
  }
  // A revoked token or a user who lost access must not keep a copy of the replies.
  if (!res.ok && (res.failure.status === 401 || res.failure.status === 403)) {
    await deps.cache.set(null);
    return { replies: [], source: 'none' };
  }
  if (!res.ok && cached) return { ...fromCache(cached), offline: true };
  if (!res.ok || !('data' in res)) return fromCache(cached);
  await deps.cache.set({ etag: res.data.etag, fetchedAt, replies: res.data.replies });
  return { replies: res.data.replies, source: 'api', syncedAt: fetchedAt };
}
