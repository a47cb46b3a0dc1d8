import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Client, Value } from '@libsql/client';
import { encodeValue } from './codec.ts';
import { inventory, quoteId, type Executor, type Inventory, type TableInfo } from './inventory.ts';

export const LOGICAL_FORMAT = 'vigil-backup';
export const LOGICAL_VERSION = 1;
const PAGE = 256;

/** First line of a logical backup; every following line is `{"t": table, "v": [values in header column order]}`. */
export interface LogicalHeader extends Inventory {
  format: typeof LOGICAL_FORMAT;
  version: typeof LOGICAL_VERSION;
  createdAt: string;
  source: string;
}

/** A table's rows in pages (by rowid, or by offset for WITHOUT ROWID tables), so large tables are never all in memory. */
export async function* tableRows(db: Executor, table: TableInfo): AsyncGenerator<Value[]> {
  const cols = table.columns.map(quoteId).join(', ');
  let lastRowid: Value = null;
  for (let offset = 0; ; offset += PAGE) {
    const rs = table.withoutRowid
      ? await db.execute({ sql: `select ${cols} from ${quoteId(table.name)} limit ? offset ?`, args: [PAGE, offset] })
      : await db.execute({
          sql: `select ${cols}, rowid as __vigil_rowid from ${quoteId(table.name)} where ? is null or rowid > ? order by rowid limit ?`,
          args: [lastRowid, lastRowid, PAGE],
        });
    for (const row of rs.rows) yield table.columns.map((_c, i) => row[i] as Value);
    if (rs.rows.length < PAGE) return;
    if (!table.withoutRowid) lastRowid = rs.rows.at(-1)![table.columns.length] as Value;
  }
}

/**
 * Logical export (for sqld/Turso, or `--logical`): JSON Lines of every table's rows, read inside one read
 * transaction so the copy is a consistent snapshot. Written to FILE.partial and renamed when complete.
 * `client` should use intMode 'bigint'.
 */
export async function writeLogicalBackup(client: Client, path: string, source: string, now: Date): Promise<LogicalHeader> {
  const partial = `${path}.partial`;
  const tx = await client.transaction('read');
  const out = createWriteStream(partial, { mode: 0o600 });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  try {
    const inv = await inventory(tx);
    const header: LogicalHeader = { format: LOGICAL_FORMAT, version: LOGICAL_VERSION, createdAt: now.toISOString(), source, ...inv };
    await write(JSON.stringify(header));
    for (const table of inv.tables) {
      for await (const values of tableRows(tx, table)) await write(JSON.stringify({ t: table.name, v: values.map(encodeValue) }));
    }
    out.end();
    await once(out, 'finish');
    renameSync(partial, path);
    return header;
  } catch (err) {
    out.destroy();
    if (existsSync(partial)) rmSync(partial);
    throw err;
  } finally {
    tx.close();
  }
}

/** Embedded file: `VACUUM INTO` writes a consistent, compacted copy while the database stays in use. */
export async function writeFileBackup(client: Client, path: string): Promise<void> {
  await client.execute({ sql: 'VACUUM INTO ?', args: [path] });
}
