import { asc, desc, eq, sql } from 'drizzle-orm';
import { ReplyCreate } from '@vigil/shared/schemas/reply';
import type { Db } from '../db/client.ts';
import { replies } from '../db/schema/replies.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';
import { ApiError } from '../lib/errors.ts';
import { parseCsv } from './csv.ts';
import { insertReply, requiresLegalSignoff, type Queryable } from './library.ts';
import { contentOf, type Actor } from './model.ts';
import { applyAction } from './workflow.ts';

// `vigil replies import|export` (issue 5). JSON: `[{ brand, title, body, triggers: { categories, levels, keywords,
// platforms }, expiresAt?, tone?, limits?, owner?, admitsLiability? }]`. CSV: the same as columns, list columns
// `|`-separated, admitsLiability as true/false (是/否).

export const csvColumns = [
  'brand',
  'title',
  'body',
  'categories',
  'levels',
  'keywords',
  'platforms',
  'expiresAt',
  'tone',
  'owner',
  'admitsLiability',
] as const;
const yes = new Set(['true', '1', 'yes', 'y', '是']);
const no = new Set(['false', '0', 'no', 'n', '否']);
/** A CSV yes/no cell as a boolean; anything else stays a string so the schema names it as the row's problem. */
const flag = (cell: string): boolean | string => (yes.has(cell.toLowerCase()) ? true : no.has(cell.toLowerCase()) ? false : cell);
const listColumns = new Set(['categories', 'levels', 'keywords', 'platforms']);

export class ImportError extends Error {}

interface RawRow {
  /** How a person finds the row: `第 3 行 / row 3` (CSV line, or position in the JSON array). */
  where: string;
  data: unknown;
}

function csvRows(text: string): RawRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new ImportError('CSV 文件为空 / the CSV file is empty');
  const names = header.cells.map((c) => c.trim());
  const unknown = names.filter((n) => !(csvColumns as readonly string[]).includes(n));
  if (unknown.length) throw new ImportError(`未知的列 / unknown columns: ${unknown.join(', ')}（可用 / allowed: ${csvColumns.join(', ')}）`);
  for (const required of ['brand', 'title', 'body']) {
    if (!names.includes(required)) throw new ImportError(`缺少列 / missing column: ${required}`);
  }
  return records.map(({ line, cells }) => {
    const flat: Record<string, string> = {};
    names.forEach((n, i) => (flat[n] = (cells[i] ?? '').trim()));
    const list = (n: string) => (flat[n] ? flat[n].split('|').map((s) => s.trim()).filter(Boolean) : []);
    const data: Record<string, unknown> = {
      brand: flat.brand,
      title: flat.title,
      body: flat.body,
      triggers: Object.fromEntries([...listColumns].map((n) => [n, list(n)])),
    };
    if (flat.expiresAt) data.expiresAt = flat.expiresAt;
    if (flat.tone) data.tone = flat.tone;
    if (flat.owner) data.owner = flat.owner;
    if (flat.admitsLiability) data.admitsLiability = flag(flat.admitsLiability);
    return { where: `第 ${line} 行 / row ${line}`, data };
  });
}

function jsonRows(text: string): RawRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportError(`JSON 格式错误 / invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!Array.isArray(parsed)) throw new ImportError('JSON 须为数组 / the JSON must be an array of replies');
  return parsed.map((data, i) => ({ where: `第 ${i + 1} 条 / item ${i + 1}`, data }));
}

export interface ParsedImport {
  rows: { where: string; reply: ReplyCreate }[];
  /** One line per bad row, naming it (`第 3 行 / row 3: …`). */
  problems: string[];
}

/**
 * Parses and validates the whole file first; every bad row is named. Without `skipInvalid` a bad row refuses the
 * file (nothing is written); with it, the good rows go on to {@link importReplies} and the bad ones are reported.
 */
export function parseImport(fileName: string, text: string, skipInvalid = false): ParsedImport {
  const json = fileName.toLowerCase().endsWith('.json') || (!fileName.toLowerCase().endsWith('.csv') && text.trimStart().startsWith('['));
  const raw = json ? jsonRows(text) : csvRows(text);
  if (raw.length === 0) throw new ImportError('文件中没有口径 / no replies in the file');
  const problems: string[] = [];
  const out: { where: string; reply: ReplyCreate }[] = [];
  for (const { where, data } of raw) {
    const r = ReplyCreate.safeParse(data);
    if (r.success) out.push({ where, reply: r.data });
    else problems.push(`${where}: ${r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`);
  }
  if (problems.length && !skipInvalid) {
    throw new ImportError(`${problems.length} 条有误，未导入任何口径 / nothing imported:\n${problems.join('\n')}`);
  }
  return { rows: out, problems };
}

const cliActor: Actor = { id: 'cli', name: '命令行导入 / CLI import', email: 'cli', role: 'admin' };

/**
 * Stores the rows as drafts, or approved by `approver`. By default one transaction: every reply or none. With
 * `skipInvalid`, one transaction per row, so a row that cannot be stored (e.g. expired, when approving) is skipped
 * whole, never half-written, and named in `problems`. The import is the author (so the approver is a second pair
 * of eyes, issue 13).
 */
export async function importReplies(
  db: Db,
  rows: { where: string; reply: ReplyCreate }[],
  approver: Actor | null,
  now: Date,
  skipInvalid = false,
): Promise<{ imported: number; problems: string[] }> {
  if (!skipInvalid) {
    await db.transaction(async (tx) => {
      for (const row of rows) await importRow(tx, row, approver, now, '，未导入任何口径 / nothing imported');
    });
    return { imported: rows.length, problems: [] };
  }
  const problems: string[] = [];
  for (const row of rows) {
    try {
      await db.transaction((tx) => importRow(tx, row, approver, now, ''));
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      problems.push(err.message);
    }
  }
  return { imported: rows.length - problems.length, problems };
}

async function importRow(tx: Queryable, { where, reply }: { where: string; reply: ReplyCreate }, approver: Actor | null, now: Date, refusal: string) {
  try {
    const { id } = await insertReply(tx, { ...reply, owner: reply.owner ?? approver?.email ?? null }, cliActor, now);
    if (!approver) return;
    const note = '批量导入 / imported';
    await applyAction(tx, id, 1, 'submit', approver, note, now);
    if (await requiresLegalSignoff(tx, reply.brand)) {
      // Only an admin may stand in for legal; a pr_lead import must go through sign-off in the workspace.
      if (approver.role !== 'admin') throw new ImportError(`品牌「${reply.brand}」须经法务会签，不能直接以批准状态导入 / legal sign-off required`);
      await applyAction(tx, id, 1, 'legal_signoff', approver, note, now);
    }
    await applyAction(tx, id, 1, 'approve', approver, note, now);
  } catch (err) {
    if (err instanceof ImportError || err instanceof ApiError) throw new ImportError(`${where}: ${err.message}${refusal}`);
    throw err;
  }
}

/** The newest version of every reply in the import format, so `export` then `import` recreates the library. */
export async function exportReplies(db: Db) {
  const rows = await db
    .select({ v: replyVersions, brand: replies.brand })
    .from(replyVersions)
    .innerJoin(replies, eq(replies.id, replyVersions.replyId))
    // Insertion order, so an import's order survives the round trip even when rows share a timestamp.
    .orderBy(asc(sql`"replies"."rowid"`), desc(replyVersions.version));
  const seen = new Set<string>();
  const out = [];
  for (const { v, brand } of rows) {
    if (seen.has(v.replyId)) continue;
    seen.add(v.replyId);
    out.push({ brand, ...contentOf(v), owner: v.owner });
  }
  return out;
}
