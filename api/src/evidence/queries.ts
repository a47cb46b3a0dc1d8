import { and, count, desc, eq, gte, inArray, lt, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { CaptureListQuery, CaptureSummary } from '@vigil/shared/schemas/capture';
import type { Db } from '../db/client.ts';
import { captures } from '../db/schema/captures.ts';
import { users } from '../db/schema/users.ts';
import type { Auth } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { gramMatch, gramQuery, gramSearchPage } from './short-search.ts';
import { captureRow } from './store.ts';

type CaptureRow = typeof captures.$inferSelect;

/**
 * What the signed manifest says beyond the row's columns: the captured post's permalink and, for a takedown re-check,
 * the case it was made for. Nulls for an unreadable manifest (verify reports that).
 */
export function manifestFacts(manifest: Uint8Array): { permalink: string | null; recheckCaseId: string | null } {
  try {
    const m = JSON.parse(new TextDecoder().decode(manifest)) as { unit?: { permalink?: unknown }; notes?: { recheck?: { caseId?: unknown } } };
    const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
    return { permalink: text(m.unit?.permalink), recheckCaseId: text(m.notes?.recheck?.caseId) };
  } catch {
    return { permalink: null, recheckCaseId: null };
  }
}

export function summaryOf(row: CaptureRow, capturerName: string | null): CaptureSummary {
  return {
    id: row.id,
    kind: row.kind,
    url: row.url,
    title: row.title,
    platform: row.platform,
    unitKey: row.unitKey,
    ...manifestFacts(row.manifest),
    capturer: { id: row.userId, name: capturerName ?? '' },
    startedAt: row.startedAt,
    receivedAt: row.receivedAt.toISOString(),
    manifestSha256: row.manifestSha256,
    artefactCount: row.artefactCount,
    totalBytes: row.totalBytes,
  };
}

/** staff see their own captures only (DESIGN "Security"); to them another's capture does not exist. */
export async function visibleCapture(db: Db, auth: Auth, id: string): Promise<CaptureRow> {
  const row = await captureRow(db, id);
  if (!row || (auth.user.role === 'staff' && row.userId !== auth.user.id)) throw errors.notFound('未找到该取证 / No such capture');
  return row;
}

/**
 * Trigram full-text search (captures_fts) for 3+ characters, as a quoted phrase so the query's own punctuation is
 * literal. 1–2 characters — common in Chinese (召回) — cannot use trigrams: non-ASCII ones are one token of
 * captures_grams (issue 15); anything else (rare: "ab", "a.") scans with LIKE.
 */
function textMatch(text: string): SQL {
  const chars = [...text];
  if (chars.length >= 3) {
    const phrase = `"${text.replace(/"/g, '""')}"`;
    return sql`${captures.id} in (select capture_id from captures_fts where captures_fts match ${phrase})`;
  }
  const gram = gramQuery(text);
  if (gram) return gramMatch(gram);
  const pattern = `%${escapeLike(text)}%`;
  const like = (col: Column) => sql`${col} like ${pattern} escape '\\'`;
  return or(like(captures.url), like(captures.title), like(captures.unitKey))!;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export async function listCaptures(db: Db, auth: Auth, q: z.infer<typeof CaptureListQuery>) {
  const where: SQL[] = [];
  if (auth.user.role === 'staff') where.push(eq(captures.userId, auth.user.id));
  else if (q.userId) where.push(eq(captures.userId, q.userId));
  if (q.platform) where.push(eq(captures.platform, q.platform));
  if (q.from) where.push(gte(captures.receivedAt, new Date(q.from)));
  if (q.to) where.push(lt(captures.receivedAt, new Date(q.to)));
  if (q.q) where.push(textMatch(q.q));
  const cond = where.length ? and(...where) : undefined;
  // The page's ids first, then their rows: sorting thousands of matches with their manifests was most of the
  // time of a common short search (issue 15).
  const gram = q.q ? gramQuery(q.q) : null;
  const { ids, total: n } =
    gram && where.length === 1
      ? await gramSearchPage(db, gram, q.limit, q.offset)
      : await pageOf(db, cond, q.limit, q.offset);
  const rows = ids.length
    ? await db.select({ c: captures, name: users.name }).from(captures).leftJoin(users, eq(users.id, captures.userId)).where(inArray(captures.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.c.id, r]));
  const items = ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [summaryOf(r.c, r.name)] : [];
  });
  return { items, total: n, nextOffset: q.offset + ids.length < n ? q.offset + ids.length : null };
}

async function pageOf(db: Db, cond: SQL | undefined, limit: number, offset: number) {
  const [page, [total]] = await Promise.all([
    db.select({ id: captures.id }).from(captures).where(cond).orderBy(desc(captures.receivedAt), desc(captures.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(captures).where(cond),
  ]);
  return { ids: page.map((r) => r.id), total: total?.n ?? 0 };
}

export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
