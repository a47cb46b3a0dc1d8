import { and, eq, gte, inArray } from 'drizzle-orm';
import { normalizeText } from '@vigil/shared/engine/normalize-text';
import { compilePack, matchPack } from '@vigil/shared/engine/rules';
import type { RulePack } from '@vigil/shared/schemas/rules';
import { hotBand, type HotSearchSighting } from '@vigil/shared/schemas/monitoring';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/alerts.ts';
import { brands } from '../db/schema/brands.ts';
import { hotSearchSightings } from '../db/schema/hot-search.ts';
import { newId } from '../lib/secrets.ts';
import { settingsFor } from './settings.ts';
import { hotSearchText } from './alert-text.ts';
import { applyMutes } from './alert-mutes.ts';
import { hourStart } from './time.ts';

// 热搜 watch (issue 11 item 4): a 微博热搜 / 抖音热榜 entry naming a brand is what practitioners call the emergency
// level, so each one raises a 重度 alert at once. The same entry seen again (by the same browser an hour later, or by
// a colleague's) stays quiet for a cooldown, unless it climbs into a higher band of the list: entering the top 10 or
// the top 3 is news a PR lead wants even minutes after the first message.

type AlertRow = typeof alerts.$inferInsert;
/** At least this long between two alerts of one entry in the same band (longer when the brand's cooldown is). */
export const HOT_COOLDOWN_MINUTES = 6 * 60;
/**
 * At most this many 热搜 alerts per brand within an hour: a brand on more entries than that is a crisis the PR lead
 * already knows of, and a misused token cannot page them all night. Later entries are stored and in the reports.
 */
export const HOT_ALERTS_PER_HOUR = 10;
export const listName = (platform: string) => (platform === 'douyin' ? '抖音热榜' : '微博热搜');
export const listNameEn = (platform: string) => (platform === 'douyin' ? 'the Douyin hot list' : 'Weibo Hot Search');

/** 123万 / 1.2亿 as the lists print them, from the number the extension parsed. */
export function heatLabel(heat: number | undefined | null): string {
  if (heat === undefined || heat === null) return '未显示';
  if (heat >= 1e8) return `${Math.round(heat / 1e6) / 100}亿`;
  if (heat >= 1e4) return `${Math.round(heat / 100) / 100}万`;
  return String(heat);
}

/** 1.23M / 120M for the English UI. */
export function heatLabelEn(heat: number | undefined | null): string {
  if (heat === undefined || heat === null) return 'not shown';
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(heat);
}

/** The entry an alert is about: platform and title; the band makes a rise a row of its own. */
const entryScope = (s: { platform: string; title: string }) => `${s.platform}|${s.title}`;

/**
 * One line per entry for reports (需立即关注事项): the sightings of one brand × list × title folded together, with
 * the best rank and the highest heat seen and the first time; the best-placed entries first.
 */
export function hotEntries(rows: (typeof hotSearchSightings.$inferSelect)[]) {
  const byEntry = new Map<string, typeof hotSearchSightings.$inferSelect>();
  for (const r of [...rows].sort((a, b) => a.seenAt.localeCompare(b.seenAt))) {
    const key = `${r.brand}|${r.platform}|${r.title}`;
    const e = byEntry.get(key);
    const best = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
    byEntry.set(key, e ? { ...e, rank: best(e.rank, r.rank), heat: Math.max(e.heat ?? 0, r.heat ?? 0) || null } : r);
  }
  return [...byEntry.values()].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
}

export interface Recorded {
  recorded: number;
  created: AlertRow[];
}

/** Brands of `entries` that the rule pack does not know (a report about them is refused as a whole). */
export async function unknownBrands(db: Db, entries: HotSearchSighting[]): Promise<string[]> {
  const names = [...new Set(entries.map((e) => e.brand))];
  const known = new Set((await db.select({ name: brands.name }).from(brands).where(inArray(brands.name, names))).map((b) => b.name));
  return names.filter((n) => !known.has(n));
}

/**
 * Entries whose title does not name their brand under the API's current rule pack: the browser's matcher said it
 * did, but a report is not trusted for it (an old pack in a browser, or a token used to raise alerts by hand).
 */
export function unnamed(pack: RulePack, entries: HotSearchSighting[]): Set<number> {
  const compiled = compilePack(pack);
  const out = new Set<number>();
  entries.forEach((e, i) => {
    if (!matchPack(compiled, normalizeText(e.title)).mentions.some((m) => m.brand === e.brand)) out.add(i);
  });
  return out;
}

/**
 * Stores every sighting and the alerts they raise in one batch. A sighting dated in the future is dated now (a
 * device clock ahead must not push the alert's hour forward).
 */
export async function recordSightings(db: Db, entries: HotSearchSighting[], reportedBy: string, now: Date): Promise<Recorded> {
  const rows = entries.map((e) => ({
    id: newId(), brand: e.brand, platform: e.platform, title: e.title, rank: e.rank ?? null, heat: e.heat ?? null,
    url: e.url ?? null, seenAt: new Date(Math.min(Date.parse(e.seenAt), now.getTime())).toISOString(), reportedBy, term: e.term,
  }));
  const created: AlertRow[] = [];
  const hourAgo = new Date(now.getTime() - 60 * 60_000).toISOString();
  const lastHour = new Map<string, number>();
  for (const s of rows) {
    if (!lastHour.has(s.brand)) {
      const recentAlerts = await db.select({ id: alerts.id }).from(alerts).where(and(eq(alerts.brand, s.brand), eq(alerts.rule, 'hot_search'), gte(alerts.createdAt, hourAgo)));
      lastHour.set(s.brand, recentAlerts.length);
    }
    if (lastHour.get(s.brand)! + created.filter((a) => a.brand === s.brand).length >= HOT_ALERTS_PER_HOUR) continue;
    const cooldown = Math.max((await settingsFor(db, s.brand)).cooldownMinutes, HOT_COOLDOWN_MINUTES);
    const band = hotBand(s.rank);
    const scope = entryScope(s);
    const since = new Date(now.getTime() - cooldown * 60_000).toISOString();
    const recent = await db.select({ scope: alerts.scope, hour: alerts.hour }).from(alerts)
      .where(and(eq(alerts.brand, s.brand), eq(alerts.rule, 'hot_search'), gte(alerts.createdAt, since)));
    const earlier = [...recent, ...created.filter((a) => a.brand === s.brand)].filter((a) => a.scope.startsWith(`${scope}|`));
    const bestBand = Math.min(...earlier.map((a) => Number(a.scope.slice(scope.length + 1))));
    if (earlier.length > 0 && band >= bestBand) continue;
    created.push({
      id: newId(), brand: s.brand, rule: 'hot_search', scope: `${scope}|${band}`, hour: hourStart(new Date(s.seenAt)).toISOString(),
      level: 'severe', observed: s.rank ?? 0, score: s.heat ?? 0, preset: 'hot_search',
      baseline: { median: 0, mad: 0, basis: 'none', points: [] },
      ...hotSearchText({ ...s, rose: earlier.length === 0 ? null : band }),
      topPosts: [{ key: s.id, platform: s.platform, text: s.title, permalink: s.url, reach: s.heat ?? 0, reachVelocity: null }],
      topTerms: s.term ? [{ term: s.term, count: 1 }] : [],
      createdAt: now.toISOString(),
    });
  }
  const toStore = await applyMutes(db, created, now);
  const writes = [
    db.insert(hotSearchSightings).values(rows.map(({ term: _t, ...r }) => r)),
    ...toStore.map((a) => db.insert(alerts).values(a).onConflictDoNothing()),
  ] as const;
  await db.batch(writes);
  // Two reporters racing on one entry: the unique (brand, rule, scope, hour) kept one row; report only rows that exist.
  const stored = created.length
    ? new Set((await db.select({ id: alerts.id }).from(alerts).where(inArray(alerts.id, created.map((a) => a.id)))).map((a) => a.id))
    : new Set<string>();
  return { recorded: rows.length, created: toStore.filter((a) => stored.has(a.id)) };
}
