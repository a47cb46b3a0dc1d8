import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { captures } from '../db/schema/captures.ts';

/**
 * 1–2 character capture search (issue 15: p95 354 ms at 100 k captures with LIKE, budget 50 ms). Migration
 * 0011 keeps every non-ASCII character and adjacent pair of url, title and unit key as one token of the contentless
 * FTS table captures_grams, whose rowid is the capture's log index.
 */

/** 1–2 letters or digits outside ASCII (Chinese, kana…): one captures_grams token. */
const GRAM = /^[\p{L}\p{N}]{1,2}$/u;

/** The FTS5 query for `text` when captures_grams can answer it, else null (then LIKE). */
export function gramQuery(text: string): string | null {
  return GRAM.test(text) && [...text].every((ch) => ch.codePointAt(0)! > 127) ? `"${text}"` : null;
}

/** Where-clause: the capture's log index is among the token's matches. */
export function gramMatch(query: string): SQL {
  return sql`${captures.logIndex} in (select rowid from captures_grams where captures_grams match ${query})`;
}

/** Above this many matches a page is found faster by walking the newest captures than by sorting every match. */
const DENSE = 500;

/**
 * A page of ids, newest first, and the total, for a short search with no other filter. The total is the token's
 * doclist length; a rare token's page sorts its matches from captures_log_received_idx, a common one walks
 * captures_received_id_log_idx from the newest and keeps the matches — neither reads a capture row.
 */
export async function gramSearchPage(db: Db, query: string, limit: number, offset: number): Promise<{ ids: string[]; total: number }> {
  const [counted] = await db.all<{ n: number }>(sql`select count(*) as n from captures_grams where captures_grams match ${query}`);
  const total = Number(counted?.n ?? 0);
  if (total === 0 || offset >= total) return { ids: [], total };
  const rows =
    total > DENSE
      ? await db.all<{ id: string }>(sql`
          select id from captures indexed by captures_received_id_log_idx
          where +log_index in (select rowid from captures_grams where captures_grams match ${query})
          order by received_at desc, id desc limit ${limit} offset ${offset}`)
      : await db.all<{ id: string }>(sql`
          select id from captures indexed by captures_log_received_idx
          where log_index in (select rowid from captures_grams where captures_grams match ${query})
          order by received_at desc, id desc limit ${limit} offset ${offset}`);
  return { ids: rows.map((r) => r.id), total };
}
