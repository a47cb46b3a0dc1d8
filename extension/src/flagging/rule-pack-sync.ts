import { demoPack } from '@vigil/shared/engine/demo-pack';
import { RulePack } from '@vigil/shared/schemas/rules';
import { createApiClient, type Schema } from '../api-client.ts';
import type { Stores } from '../storage.ts';
import type { PackInfo } from './types.ts';

// The rule pack the content scripts match with (issue 4). The background fetches GET /api/rules/pack with the
// cached version as ETag (304 keeps the cache), at most every few minutes, and falls back to the last pack it
// fetched or, when no API is configured, to the bundled demo pack, so flagging always works, offline included.

const FRESH_MS = 5 * 60_000;

const demo = (): PackInfo => ({ version: demoPack.version, pack: RulePack.parse(demoPack), source: 'demo' });

function cachedInfo(cached: { version: string; fetchedAt: string; pack: unknown } | null): PackInfo | null {
  if (!cached) return null;
  const parsed = RulePack.safeParse(cached.pack);
  return parsed.success ? { version: cached.version, pack: parsed.data, source: 'cache', syncedAt: cached.fetchedAt } : null;
}

/** The API answers `{ pack }` (older servers: the pack itself). */
const PackBody: Schema<RulePack> = { safeParse: (body) => RulePack.safeParse((body as { pack?: unknown } | null)?.pack ?? body) };

export async function currentPack(s: Stores, doFetch: typeof fetch = fetch, now = () => new Date()): Promise<PackInfo> {
  const settings = await s.settings.get();
  const cached = await s.rulePack.get();
  const client = createApiClient({ ...settings, fetch: doFetch });
  const known = cachedInfo(cached);
  if (!client.configured) return known ?? demo();
  if (known?.syncedAt && now().getTime() - Date.parse(known.syncedAt) < FRESH_MS) return known;
  const res = await client.conditional('/api/rules/pack', PackBody, known ? `"${known.version}"` : undefined);
  const fetchedAt = now().toISOString();
  if (res.ok && 'notModified' in res && known) {
    await s.rulePack.set({ version: known.version, fetchedAt, pack: known.pack });
    return { ...known, source: 'api', syncedAt: fetchedAt };
  }
  if (!res.ok || !('data' in res)) return known ?? demo();
  await s.rulePack.set({ version: res.data.version, fetchedAt, pack: res.data });
  return { version: res.data.version, pack: res.data, source: 'api', syncedAt: fetchedAt };
}
