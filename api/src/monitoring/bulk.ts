import type { Db } from '../db/client.ts';

/** A stored mention as bulk writers (demo seed, tests, bench) produce it. */
export interface MentionSeed {
  key: string;
  brand: string;
  platform: string;
  text: string;
  level: 'none' | 'mild' | 'moderate' | 'severe';
  sentiment: 'negative' | 'neutral' | 'positive';
  category?: string | null;
  riskTerms?: string[];
  reasons?: string[];
  reach?: number;
  reachVelocity?: number | null;
  firstSeenAt: string;
  lastSeenAt?: string;
  author?: string;
  permalink?: string;
}

const COLS = 'unit_key, platform, kind, url, text, author, permalink, counts, brand, level, sentiment_label, sentiment_score, reasons, terms, first_seen_at, last_seen_at, reported_by, category, risk_terms, reach, reach_velocity';
const PER_STATEMENT = 400;

/** Multi-row INSERTs in batches (one transaction per batch): four weeks of demo data in well under a second. */
export async function insertMentions(db: Db, seeds: MentionSeed[], reportedBy = 'demo'): Promise<void> {
  const statements = [];
  for (let i = 0; i < seeds.length; i += PER_STATEMENT) {
    const chunk = seeds.slice(i, i + PER_STATEMENT);
    const args = chunk.flatMap((m) => [
      m.key, m.platform, m.platform === 'news' ? 'article' : 'post', m.permalink ?? '', m.text, m.author ?? null, m.permalink ?? null,
      JSON.stringify({ reposts: Math.round((m.reach ?? 0) / 3) }), m.brand, m.level, m.sentiment, m.sentiment === 'negative' ? 0.9 : 0.5,
      JSON.stringify(m.reasons ?? []), JSON.stringify([m.brand]), m.firstSeenAt, m.lastSeenAt ?? m.firstSeenAt, reportedBy, m.category ?? null,
      m.riskTerms ? JSON.stringify(m.riskTerms) : null, m.reach ?? 0, m.reachVelocity ?? null,
    ]);
    const row = `(${Array(21).fill('?').join(', ')})`;
    statements.push({ sql: `INSERT OR IGNORE INTO mentions (${COLS}) VALUES ${chunk.map(() => row).join(', ')}`, args });
  }
  for (let i = 0; i < statements.length; i += 50) await db.$client.batch(statements.slice(i, i + 50), 'write');
}
