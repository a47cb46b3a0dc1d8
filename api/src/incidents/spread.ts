import type { InValue } from '@libsql/client';
import type { Db } from '../db/client.ts';
import { rows, where, type Scope } from '../monitoring/queries.ts';

// 传播路径 and 媒体观点 / 网友观点 for the 事件专报 (notes/monitoring D.7: a 专报 has 传播情况 with its 走势 and
// 传播路径, and 内容分析 that sets what media say beside what netizens say). Read from the stored mentions of the
// incident's story: those flagged at any risk level (in the incident's risk categories when it has any), or, when
// none is flagged, every mention of the brand in the window. A brand's everyday chatter would otherwise make the
// first Weibo post of the week look like where the story began.

/** Where the story showed up, platform by platform, in the order it reached them. */
export interface SpreadStep {
  platform: string;
  /** The first post of the story on this platform. */
  first: { at: string; text: string; author: string | null; reach: number };
  mentions: number;
  negative: number;
  /** The busiest hour on this platform (ISO start) and its count. */
  peak: { hour: string; mentions: number };
}

/** What one side says: counts by sentiment and the posts with the most reach. */
export interface Opinion {
  mentions: number;
  negative: number;
  neutral: number;
  positive: number;
  top: { platform: string; text: string; author: string | null; reach: number; sentiment: string; at: string }[];
}

export interface Spread {
  /** `risky`: the story's flagged mentions; `all`: nothing was flagged, every mention of the brand. */
  basis: 'risky' | 'all';
  steps: SpreadStep[];
  /** News sites: 媒体报道. */
  media: Opinion;
  /** Every other platform: 网友讨论 (including self-media accounts). */
  public: Opinion;
}

const MEDIA_PLATFORMS = ['news'];

function storyFilter(categories: readonly string[]): { sql: string; args: InValue[] } {
  const level = "coalesce(corrected_level, level) <> 'none'";
  if (categories.length === 0) return { sql: level, args: [] };
  return { sql: `${level} AND category IN (${categories.map(() => '?').join(', ')})`, args: [...categories] };
}

async function opinion(db: Db, cond: string, args: InValue[], media: boolean): Promise<Opinion> {
  const side = `platform ${media ? '' : 'NOT '}IN (${MEDIA_PLATFORMS.map(() => '?').join(', ')})`;
  const all = [...args, ...MEDIA_PLATFORMS];
  const [counts] = await rows(db, `SELECT count(*) AS n, sum(sentiment_label = 'negative') AS neg, sum(sentiment_label = 'neutral') AS neu, sum(sentiment_label = 'positive') AS pos FROM mentions WHERE ${cond} AND ${side}`, all);
  const top = await rows(db, `SELECT platform, text, author, reach, sentiment_label, first_seen_at FROM mentions WHERE ${cond} AND ${side} ORDER BY reach DESC, first_seen_at LIMIT 3`, all);
  return {
    mentions: Number(counts?.n ?? 0), negative: Number(counts?.neg ?? 0), neutral: Number(counts?.neu ?? 0), positive: Number(counts?.pos ?? 0),
    top: top.map((r) => ({ platform: String(r.platform), text: String(r.text), author: r.author == null ? null : String(r.author), reach: Number(r.reach), sentiment: String(r.sentiment_label), at: String(r.first_seen_at) })),
  };
}

/** The story's spread over `scope` (one brand, the 专报's window), restricted to `categories` when given. */
export async function incidentSpread(db: Db, scope: Scope & { brand: string }, categories: readonly string[]): Promise<Spread> {
  const w = where(scope);
  const story = storyFilter(categories);
  const [flagged] = await rows(db, `SELECT count(*) AS n FROM mentions WHERE ${w.sql} AND ${story.sql}`, [...w.args, ...story.args]);
  const basis = Number(flagged?.n ?? 0) > 0 ? 'risky' : 'all';
  const cond = basis === 'risky' ? `${w.sql} AND ${story.sql}` : w.sql;
  const args = basis === 'risky' ? [...w.args, ...story.args] : w.args;
  const platforms = await rows(db, `SELECT platform, min(first_seen_at) AS f, count(*) AS n, sum(sentiment_label = 'negative') AS neg FROM mentions WHERE ${cond} GROUP BY platform ORDER BY f, platform`, args);
  const steps: SpreadStep[] = [];
  for (const p of platforms) {
    const platform = String(p.platform);
    const [first] = await rows(db, `SELECT text, author, reach, first_seen_at FROM mentions WHERE ${cond} AND platform = ? ORDER BY first_seen_at, reach DESC LIMIT 1`, [...args, platform]);
    const [peak] = await rows(db, `SELECT substr(first_seen_at, 1, 13) AS h, count(*) AS n FROM mentions WHERE ${cond} AND platform = ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`, [...args, platform]);
    steps.push({
      platform,
      first: { at: String(first?.first_seen_at), text: String(first?.text ?? ''), author: first?.author == null ? null : String(first.author), reach: Number(first?.reach ?? 0) },
      mentions: Number(p.n), negative: Number(p.neg ?? 0),
      peak: { hour: `${String(peak?.h)}:00:00.000Z`, mentions: Number(peak?.n ?? 0) },
    });
  }
  return { basis, steps, media: await opinion(db, cond, args, true), public: await opinion(db, cond, args, false) };
}
