import { inArray } from 'drizzle-orm';
import { categoryLabel } from '@vigil/shared/engine/risk';
import type { z } from 'zod';
import type { MentionReport } from '@vigil/shared/schemas/mention';
import type { Db } from '../db/client.ts';
import { mentions } from '../db/schema/mentions.ts';
import { HOUR } from './time.ts';

type Report = z.output<typeof MentionReport>;
type Row = typeof mentions.$inferInsert;

const labelToCategory = new Map(Object.entries(categoryLabel).map(([k, v]) => [v, k]));
const reasonRe = /^(\S{2})风险词「([^」]+)」/;

/** The engine's reasons name each risk term as `安全风险词「住院」`: the categories and terms reports group by. */
export function riskOf(reasons: string[]): { category: string | null; terms: string[] } {
  let category: string | null = null;
  const terms: string[] = [];
  for (const r of reasons) {
    const m = reasonRe.exec(r);
    if (!m) continue;
    category ??= labelToCategory.get(m[1]!) ?? null;
    if (!terms.includes(m[2]!)) terms.push(m[2]!);
  }
  return { category, terms };
}

export const reachOf = (c: Report['counts'] | null | undefined) => (c?.reposts ?? 0) + (c?.comments ?? 0) + (c?.likes ?? 0);

/** Sightings closer than this say nothing reliable about speed. */
const MIN_GAP = 5 * 60_000;

/**
 * Stores reports as mentions (issue 4's dedupe by unit key) and keeps what monitoring needs (issue 11): the first
 * and last sighting, reach, and reposts per hour between sightings. `seenAt` picks each report's sighting time —
 * the server clock for live reports, the report's own `seenAt` for imports. Returns keys new and updated.
 */
export async function ingestMentions(db: Db, reports: Report[], opts: { reportedBy: string; seenAt: (m: Report) => string }) {
  const sorted = reports.map((m) => ({ m, at: new Date(opts.seenAt(m)).toISOString() })).sort((a, b) => a.at.localeCompare(b.at));
  const accepted = new Set<string>();
  const updated = new Set<string>();
  for (let i = 0; i < sorted.length; i += 400) {
    const chunk = sorted.slice(i, i + 400);
    const keys = [...new Set(chunk.map((s) => s.m.key))];
    const state = new Map<string, Row>();
    for (const r of await db.select().from(mentions).where(inArray(mentions.unitKey, keys))) state.set(r.unitKey, r);
    for (const { m, at } of chunk) {
      const prev = state.get(m.key);
      const risk = riskOf(m.reasons);
      const row: Row = {
        unitKey: m.key, platform: m.platform, kind: m.kind, url: m.url, text: m.text, author: m.author ?? null,
        permalink: m.permalink ?? null, publishedAt: m.publishedAt ?? null, counts: m.counts ?? null, brand: m.brand,
        level: m.level, sentimentLabel: m.sentiment.label, sentimentScore: m.sentiment.score, reasons: m.reasons,
        terms: m.terms, firstSeenAt: at, lastSeenAt: at, reportedBy: opts.reportedBy, category: risk.category,
        riskTerms: risk.terms, reach: reachOf(m.counts), reachVelocity: null,
      };
      if (!prev) {
        if (!accepted.has(m.key)) accepted.add(m.key);
        state.set(m.key, row);
        continue;
      }
      if (!accepted.has(m.key)) updated.add(m.key);
      if (at < prev.lastSeenAt!) {
        // An older sighting arriving late (an import, a queued report) only moves the first sighting back.
        state.set(m.key, { ...prev, firstSeenAt: at < prev.firstSeenAt! ? at : prev.firstSeenAt! });
        continue;
      }
      const gap = Date.parse(at) - Date.parse(prev.lastSeenAt!);
      const grown = (m.counts?.reposts ?? 0) - (prev.counts?.reposts ?? 0);
      const velocity = gap >= MIN_GAP && m.counts?.reposts !== undefined ? Math.max(0, grown) / (gap / HOUR) : prev.reachVelocity ?? null;
      state.set(m.key, {
        ...row, firstSeenAt: prev.firstSeenAt!, reportedBy: prev.reportedBy!, reachVelocity: velocity,
        correctedLevel: prev.correctedLevel ?? null, notAboutUs: prev.notAboutUs ?? false, correctedBy: prev.correctedBy ?? null, correctedAt: prev.correctedAt ?? null,
      });
    }
    const writes = [...state.entries()].filter(([k]) => keys.includes(k)).map(([, row]) => {
      const { unitKey: _k, ...set } = row;
      return db.insert(mentions).values(row).onConflictDoUpdate({ target: mentions.unitKey, set });
    });
    const [first, ...rest] = writes;
    if (first) await db.batch([first, ...rest]);
  }
  return { accepted: [...accepted], updated: [...updated].filter((k) => !accepted.has(k)) };
}
