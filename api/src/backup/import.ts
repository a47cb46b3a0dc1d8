import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Client, InStatement, Value } from '@libsql/client';
import { decodeValue, type Encoded } from './codec.ts';
import { LOGICAL_FORMAT, LOGICAL_VERSION, tableRows, type LogicalHeader } from './export.ts';
import { quoteId, type Executor, type TableInfo } from './inventory.ts';

const BATCH_ROWS = 200;
const BATCH_BYTES = 4 * 1024 * 1024;

export interface RowItem {
  table: string;
  values: (Value | Uint8Array)[];
}

const SQLITE_MAGIC = 'SQLite format 3\0';

export function backupKind(path: string): 'sqlite' | 'logical' {
  const head = readFileSync(path, { encoding: 'latin1', flag: 'r' }).slice(0, 16);
  return head === SQLITE_MAGIC ? 'sqlite' : 'logical';
}

/** Reads the header line of a logical backup, then streams its rows. */
export async function openLogicalBackup(path: string): Promise<{ header: LogicalHeader; rows: AsyncGenerator<RowItem> }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  let header: LogicalHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value) as LogicalHeader;
  } catch {
    throw new Error(`${path} is neither a SQLite file nor a Vigil logical backup`);
  }
  if (header.format !== LOGICAL_FORMAT || header.version !== LOGICAL_VERSION) {
    throw new Error(`${path}: unsupported backup format ${String(header.format)} v${String(header.version)}`);
  }
  async function* rows(): AsyncGenerator<RowItem> {
    for (let r = await lines.next(); !r.done; r = await lines.next()) {
      if (!r.value) continue;
      const { t, v } = JSON.parse(r.value) as { t: string; v: Encoded[] };
      yield { table: t, values: v.map(decodeValue) as RowItem['values'] };
    }
  }
  return { header, rows: rows() };
}

/** The rows of a database (a SQLite backup file opened as a client), in inventory order. */
export async function* databaseRows(db: Executor, tables: TableInfo[]): AsyncGenerator<RowItem> {
  for (const table of tables) for await (const values of tableRows(db, table)) yield { table: table.name, values };
}

/**
 * Inserts rows in write batches. Foreign keys are deferred to the end of each batch; tables come parents first,
 * so a row's parent is always in the same or an earlier batch.
 */
export async function importRows(client: Client, tables: TableInfo[], rows: AsyncIterable<RowItem>): Promise<number> {
  const insertSql = new Map(
    tables.map((t) => [t.name, `insert into ${quoteId(t.name)} (${t.columns.map(quoteId).join(', ')}) values (${t.columns.map(() => '?').join(', ')})`]),
  );
  let batch: InStatement[] = [];
  let bytes = 0;
  let total = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.batch(['PRAGMA defer_foreign_keys = ON', ...batch], 'write');
    total += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const row of rows) {
    const sql = insertSql.get(row.table);
    if (!sql) throw new Error(`backup has rows for table ${row.table}, which its header does not list`);
    batch.push({ sql, args: row.values });
    bytes += row.values.reduce<number>((n, v) => n + (v instanceof Uint8Array || v instanceof ArrayBuffer ? v.byteLength : String(v).length), 0);
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return total;
}
