import { demoPack } from '@vigil/shared/engine/demo-pack';
import { RulePack } from '@vigil/shared/schemas/rules';
import { normalizeApiUrl } from '../api-url.ts';
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

export async function currentPack(s: Stores, doFetch: typeof fetch = fetch, now = () => new Date()): Promise<PackInfo> {
  const settings = await s.settings.get();
  const cached = await s.rulePack.get();
  const base = normalizeApiUrl(settings.apiUrl);
  const known = cachedInfo(cached);
  if (!base || !settings.token.trim()) return known ?? demo();
  if (known?.syncedAt && now().getTime() - Date.parse(known.syncedAt) < FRESH_MS) return known;
  try {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${settings.token.trim()}` };
    if (known) headers['if-none-match'] = `"${known.version}"`;
    const res = await doFetch(`${base}/api/rules/pack`, { headers, credentials: 'omit' });
    const fetchedAt = now().toISOString();
    if (res.status === 304 && known) {
      await s.rulePack.set({ version: known.version, fetchedAt, pack: known.pack });
      return { ...known, source: 'api', syncedAt: fetchedAt };
    }
    if (!res.ok) return known ?? demo();
    const body: unknown = await res.json();
    const parsed = RulePack.safeParse((body as { pack?: unknown })?.pack ?? body);
    if (!parsed.success) return known ?? demo();
    await s.rulePack.set({ version: parsed.data.version, fetchedAt, pack: parsed.data });
    return { version: parsed.data.version, pack: parsed.data, source: 'api', syncedAt: fetchedAt };
  } catch {
    return known ?? demo();
  }
}
