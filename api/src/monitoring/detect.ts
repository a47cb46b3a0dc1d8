import { and, desc, eq, lt } from 'drizzle-orm';
import type { MonitorSettings } from '@vigil/shared/schemas/monitoring';
import type { Db } from '../db/client.ts';
import { alerts, type AlertBaseline } from '../db/schema/alerts.ts';
import { brands } from '../db/schema/brands.ts';
import { newId } from '../lib/secrets.ts';
import { postColumns, rows, toPost } from './queries.ts';
import { settingsFor } from './settings.ts';
import { spike } from './spike.ts';
import { negativeShareText, spikeText, velocityText } from './alert-text.ts';
import { joinedAlertWrites, joinRunningIncidents } from './alert-incidents.ts';
import { applyMutes } from './alert-mutes.ts';
import { DAY, HOUR, iso } from './time.ts';

type AlertRow = typeof alerts.$inferInsert;
type Counts = Map<string, { n: number; neg: number }>; // key: `${brand}|${category}|${hourIso13}`
const grave = new Set(['safety', 'executive', 'regulator']);

/** Mention counts per brand × category × hour for the given one-hour slots and one contiguous window. */
async function countSlots(db: Db, ranges: [number, number][]): Promise<Counts> {
  const out: Counts = new Map();
  for (const [from, to] of ranges) {
    const rs = await rows(db, `SELECT brand, coalesce(category, '') AS c, substr(first_seen_at, 1, 13) AS h, count(*) AS n, sum(sentiment_label = 'negative') AS neg
      FROM mentions INDEXED BY mentions_first_seen_idx WHERE first_seen_at >= ? AND first_seen_at < ? AND not_about_us = 0 GROUP BY 1, 2, 3`, [iso(from), iso(to)]);
    for (const r of rs) out.set(`${r.brand}|${r.c}|${r.h}`, { n: Number(r.n), neg: Number(r.neg) });
  }
  return out;
}

function sum(counts: Counts, brand: string, category: string | null, hour: number, field: 'n' | 'neg' = 'n'): number {
  const h = iso(hour).slice(0, 13);
  if (category !== null) return counts.get(`${brand}|${category}|${h}`)?.[field] ?? 0;
  let s = 0;
  for (const [k, v] of counts) if (k.startsWith(`${brand}|`) && k.endsWith(`|${h}`)) s += v[field];
  return s;
}

async function inCooldown(db: Db, a: AlertRow, minutes: number): Promise<boolean> {
  const last = await db.select({ hour: alerts.hour }).from(alerts).where(and(eq(alerts.brand, a.brand), eq(alerts.rule, a.rule), eq(alerts.scope, a.scope), lt(alerts.hour, a.hour))).orderBy(desc(alerts.hour)).limit(1);
  return !!last[0] && Date.parse(a.hour) - Date.parse(last[0].hour) <= minutes * 60_000;
}

async function evidence(db: Db, brand: string, category: string | null, hour: number) {
  const args = [iso(hour), iso(hour + HOUR), brand, ...(category ? [category] : [])];
  const cond = `first_seen_at >= ? AND first_seen_at < ? AND not_about_us = 0 AND brand = ?${category ? ' AND category = ?' : ''}`;
  const posts = (await rows(db, `SELECT ${postColumns} FROM mentions WHERE ${cond} ORDER BY reach DESC LIMIT 3`, args)).map(toPost);
  const terms = await rows(db, `SELECT j.value AS t, count(*) AS n FROM mentions, json_each(mentions.risk_terms) AS j WHERE ${cond} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`, args);
  return {
    topPosts: posts.map((p) => ({ key: p.key, platform: p.platform, text: p.text.slice(0, 200), permalink: p.permalink, reach: p.reach, reachVelocity: p.reachVelocity })),
    topTerms: terms.map((t) => ({ term: String(t.t), count: Number(t.n) })),
  };
}

/**
 * One hourly detection run (issue 11) for the hour that ends at `at`, for every brand and brand × risk category:
 * the volume spike rule (baseline: the same hour of the week over 4 weeks, or the same hour of the day over the last
 * 7 days while history is shorter), the negative-share rule over 2 h, and the reach-velocity rule for single posts.
 * Alerts are unique per brand × rule × scope × hour, so running an hour twice adds nothing. Returns the new alerts;
 * one that a 静默 covers is stored already set aside (alert-mutes.ts) and messages nobody.
 */
export async function runDetection(db: Db, at: Date, now: Date): Promise<AlertRow[]> {
  const H = Math.floor(at.getTime() / HOUR) * HOUR - HOUR;
  const weekSlots = [1, 2, 3, 4].map((w) => H - w * 7 * DAY);
  const daySlots = [2, 3, 4, 5, 6, 7].map((d) => H - d * DAY);
  const counts = await countSlots(db, [[H - DAY, H + HOUR], ...[...weekSlots, ...daySlots].map((t): [number, number] => [t, t + HOUR])]);
  const names = new Set((await db.select({ name: brands.name }).from(brands)).map((b) => b.name));
  for (const k of counts.keys()) names.add(k.split('|')[0]!);
  const created: AlertRow[] = [];
  for (const brand of [...names].sort()) {
    const settings = await settingsFor(db, brand);
    const since = await rows(db, 'SELECT min(last_seen_at) AS t FROM mentions WHERE brand = ?', [brand]);
    const first = since[0]?.t ? Date.parse(String(since[0].t)) : Number.POSITIVE_INFINITY;
    const candidates: AlertRow[] = [];
    const categories = [...new Set([...counts.keys()].filter((k) => k.startsWith(`${brand}|`)).map((k) => k.split('|')[1]!).filter(Boolean))];
    for (const category of [null, ...categories]) {
      const observed = sum(counts, brand, category, H);
      if (observed === 0) continue;
      const fourWeeks = first <= weekSlots[3]!;
      const slots = fourWeeks ? weekSlots : [H - DAY, ...daySlots].filter((t) => t >= first - HOUR);
      if (slots.length < 3) continue;
      const history = slots.map((t) => sum(counts, brand, category, t));
      const v = spike(observed, history, settings);
      if (!v.fire) continue;
      const basis: AlertBaseline['basis'] = fourWeeks ? 'hour_of_week_4w' : 'hour_of_day_7d';
      candidates.push({
        ...base(brand, category ? 'category' : 'volume', category ?? '', H, now, settings),
        level: category && grave.has(category) ? 'severe' : 'moderate',
        observed, score: v.score, baseline: { median: v.median, mad: v.mad, basis, points: history },
        ...spikeText({ brand, category, hour: new Date(H), observed, fourWeeks, median: v.median, mad: v.mad, score: v.score, threshold: v.threshold, floor: v.floor, settings }),
        ...(await evidence(db, brand, category, H)),
      });
    }
    candidates.push(...(await negativeShare(db, counts, brand, H, now, settings)), ...(await velocity(db, brand, H, now, settings)));
    for (const a of await joinRunningIncidents(db, await applyMutes(db, candidates, now))) {
      const cooldown = a.rule === 'velocity' ? Math.max(settings.cooldownMinutes, 24 * 60) : settings.cooldownMinutes;
      if (await inCooldown(db, a, cooldown)) continue;
      const inserted = await db.insert(alerts).values(a).onConflictDoNothing().returning({ id: alerts.id });
      if (!inserted.length) continue;
      const joins = joinedAlertWrites(db, a, now);
      if (joins.length) await db.batch(joins as [(typeof joins)[number], ...typeof joins]);
      created.push(a);
    }
  }
  return created;
}

function base(brand: string, rule: AlertRow['rule'], scope: string, H: number, now: Date, settings: MonitorSettings) {
  return { id: newId(), brand, rule, scope, hour: iso(H), preset: settings.preset, createdAt: now.toISOString() };
}

/** 负面占比 over the last 2 h above the setting, on enough negatives, and clearly above the 24 h before. */
async function negativeShare(db: Db, counts: Counts, brand: string, H: number, now: Date, settings: MonitorSettings): Promise<AlertRow[]> {
  const n = sum(counts, brand, null, H) + sum(counts, brand, null, H - HOUR);
  const neg = sum(counts, brand, null, H, 'neg') + sum(counts, brand, null, H - HOUR, 'neg');
  let bn = 0;
  let bneg = 0;
  for (let t = H - DAY + HOUR; t < H - HOUR; t += HOUR) {
    bn += sum(counts, brand, null, t);
    bneg += sum(counts, brand, null, t, 'neg');
  }
  const share = n ? neg / n : 0;
  const before = bn ? bneg / bn : 0;
  if (!(share > settings.negativeShare && neg >= Math.ceil(settings.minCount / 2) && share >= before + 0.15)) return [];
  const r = (x: number) => Math.round(x * 1000) / 10;
  return [{
    ...base(brand, 'negative_share', '', H, now, settings), level: 'moderate', observed: r(share), score: r(share - before),
    baseline: { median: r(before), mad: 0, basis: 'share_24h', points: [bneg, bn] },
    ...negativeShareText({ brand, share: r(share), negative: neg, total: n, setting: r(settings.negativeShare), before: r(before) }),
    ...(await evidence(db, brand, null, H)),
  }];
}

/** A single negative post whose reposts grow faster than the setting (per hour, between two sightings). */
async function velocity(db: Db, brand: string, H: number, now: Date, settings: MonitorSettings): Promise<AlertRow[]> {
  const posts = (await rows(db, `SELECT ${postColumns} FROM mentions WHERE brand = ? AND last_seen_at >= ? AND last_seen_at < ? AND reach_velocity >= ? AND sentiment_label = 'negative' AND not_about_us = 0 ORDER BY reach_velocity DESC LIMIT 5`, [brand, iso(H), iso(H + HOUR), settings.velocity])).map(toPost);
  return posts.map((p) => ({
    ...base(brand, 'velocity', p.key, H, now, settings), level: p.reachVelocity! >= 5 * settings.velocity ? 'severe' : 'moderate',
    observed: Math.round(p.reachVelocity!), score: Math.round((p.reachVelocity! / settings.velocity) * 100) / 100,
    baseline: { median: settings.velocity, mad: 0, basis: 'threshold', points: [] },
    ...velocityText({ brand, platform: p.platform, perHour: Math.round(p.reachVelocity!), threshold: settings.velocity, reach: p.reach }),
    topPosts: [{ key: p.key, platform: p.platform, text: p.text.slice(0, 200), permalink: p.permalink, reach: p.reach, reachVelocity: p.reachVelocity }],
    topTerms: [],
  }));
}
