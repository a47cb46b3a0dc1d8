import type { InValue } from '@libsql/client';
import type { Db } from '../db/client.ts';

// The SQL behind reports and detection (issue 11). A period's mentions are those first seen in it (a post seen again
// later is not counted again), never "not about us", at the corrected level when a person corrected it. Every
// aggregate reads the covering index mentions_first_seen_idx, so a day over 1 M stored mentions stays fast.

export interface Scope {
  start: string;
  end: string;
  brand: string | null;
}

export function where(s: Scope, alias = ''): { sql: string; args: InValue[] } {
  const p = alias ? `${alias}.` : '';
  const sql = `${p}first_seen_at >= ? AND ${p}first_seen_at < ? AND ${p}not_about_us = 0${s.brand ? ` AND ${p}brand = ?` : ''}`;
  return { sql, args: s.brand ? [s.start, s.end, s.brand] : [s.start, s.end] };
}

/** The covering index for a scope: brand first when the report is about one brand. */
export const idx = (s: Scope) => `INDEXED BY ${s.brand ? 'mentions_brand_first_seen_idx' : 'mentions_first_seen_idx'}`;

export async function rows(db: Db, sql: string, args: InValue[]): Promise<Record<string, unknown>[]> {
  return (await db.$client.execute({ sql, args })).rows as unknown as Record<string, unknown>[];
}

export interface Totals {
  mentions: number;
  byLevel: Record<string, number>;
  byPlatform: Record<string, number>;
  bySentiment: Record<string, number>;
}

export async function totals(db: Db, s: Scope): Promise<Totals> {
  const w = where(s);
  const out: Totals = { mentions: 0, byLevel: { none: 0, mild: 0, moderate: 0, severe: 0 }, byPlatform: {}, bySentiment: { negative: 0, neutral: 0, positive: 0 } };
  const rs = await rows(db, `SELECT coalesce(corrected_level, level) AS lv, platform, sentiment_label AS s, count(*) AS n FROM mentions ${idx(s)} WHERE ${w.sql} GROUP BY 1, 2, 3`, w.args);
  for (const r of rs) {
    const n = Number(r.n);
    out.mentions += n;
    const add = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + n);
    add(out.byLevel, String(r.lv));
    add(out.byPlatform, String(r.platform));
    add(out.bySentiment, String(r.s));
  }
  return out;
}

/** Mentions and negative mentions per UTC hour (`YYYY-MM-DDTHH`). */
export async function hourly(db: Db, s: Scope): Promise<Map<string, { mentions: number; negative: number }>> {
  const w = where(s);
  const rs = await rows(db, `SELECT substr(first_seen_at, 1, 13) AS h, count(*) AS n, sum(sentiment_label = 'negative') AS neg FROM mentions ${idx(s)} WHERE ${w.sql} GROUP BY 1`, w.args);
  return new Map(rs.map((r) => [String(r.h), { mentions: Number(r.n), negative: Number(r.neg) }]));
}

/** Units scanned per UTC hour (all reporters, all platforms) and the platforms seen. */
export async function unitsByHour(db: Db, start: string, end: string): Promise<{ byHour: Map<string, number>; platforms: string[] }> {
  const rs = await rows(db, 'SELECT substr(hour, 1, 13) AS h, platform, sum(units) AS u FROM scan_counts WHERE hour >= ? AND hour < ? GROUP BY 1, 2', [start, end]);
  const byHour = new Map<string, number>();
  const platforms = new Set<string>();
  for (const r of rs) {
    byHour.set(String(r.h), (byHour.get(String(r.h)) ?? 0) + Number(r.u));
    platforms.add(String(r.platform));
  }
  return { byHour, platforms: [...platforms].sort() };
}

export async function categories(db: Db, s: Scope): Promise<{ category: string; count: number }[]> {
  const w = where(s);
  const rs = await rows(db, `SELECT category, count(*) AS n FROM mentions ${idx(s)} WHERE ${w.sql} AND category IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`, w.args);
  return rs.map((r) => ({ category: String(r.category), count: Number(r.n) }));
}

/** 热词: the risk terms and brand forms named most often in the period. */
export async function hotWords(db: Db, s: Scope, limit = 20): Promise<{ word: string; count: number }[]> {
  const w = where(s, 'm');
  const rs = await rows(
    db,
    `SELECT j.value AS w, count(*) AS n FROM mentions AS m, json_each(m.risk_terms) AS j WHERE ${w.sql} AND m.risk_terms IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`,
    [...w.args, limit],
  );
  return rs.map((r) => ({ word: String(r.w), count: Number(r.n) }));
}

export const postColumns = 'unit_key, brand, platform, text, author, permalink, coalesce(corrected_level, level) AS lv, sentiment_label, reach, reach_velocity, first_seen_at';

export function toPost(r: Record<string, unknown>) {
  return {
    key: String(r.unit_key), brand: String(r.brand), platform: String(r.platform), text: String(r.text), author: r.author == null ? null : String(r.author),
    permalink: r.permalink == null ? null : String(r.permalink), level: String(r.lv), sentiment: String(r.sentiment_label), reach: Number(r.reach),
    reachVelocity: r.reach_velocity == null ? null : Number(r.reach_velocity), firstSeenAt: String(r.first_seen_at),
  };
}

export async function topPosts(db: Db, s: Scope, by: 'reach' | 'velocity', limit = 5) {
  const w = where(s);
  const filter = by === 'reach' ? "AND sentiment_label = 'negative'" : 'AND reach_velocity > 0';
  const order = by === 'reach' ? 'reach DESC' : 'reach_velocity DESC';
  return (await rows(db, `SELECT ${postColumns} FROM mentions WHERE ${w.sql} ${filter} ORDER BY ${order} LIMIT ?`, [...w.args, limit])).map(toPost);
}
