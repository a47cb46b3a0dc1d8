import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb, openDb, type Db } from '../db/client.ts';
import { sqldUrl } from './sqld.ts';

/**
 * A fresh, migrated database for one test: a new embedded file, or the shared sqld server emptied first
 * (`VIGIL_TEST_DB=sqld`, set by the api:sqld vitest project).
 */
export async function freshDb(): Promise<Db> {
  if (process.env.VIGIL_TEST_DB === 'sqld') {
    const db = openDb({ url: sqldUrl() });
    await emptyDatabase(db);
    await migrateDb(db);
    return db;
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigil-test-'));
  const db = openDb({ url: `file:${join(dir, 'vigil.db')}` });
  await migrateDb(db);
  return db;
}

export async function emptyDatabase(db: Db): Promise<void> {
  const rows = await db.$client.execute(
    "select type, name from sqlite_master where name not like 'sqlite_%' and type in ('table','view','trigger') and sql is not null",
  );
  const stmts = ['PRAGMA foreign_keys = OFF'];
  for (const r of rows.rows) {
    const type = String(r.type);
    const name = String(r.name);
    // FTS5 shadow tables go with their virtual table.
    if (type === 'table' && /_(data|idx|content|docsize|config)$/.test(name)) continue;
    stmts.push(`DROP ${type.toUpperCase()} IF EXISTS "${name}"`);
  }
  stmts.push('PRAGMA foreign_keys = ON');
  // One script on one connection: over sqld's HTTP each execute() is its own connection and would lose the PRAGMA.
  await db.$client.executeMultiple(stmts.join(';\n'));
}

export const testDbKind = () => (process.env.VIGIL_TEST_DB === 'sqld' ? 'sqld' : 'file');
