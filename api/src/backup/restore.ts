import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { migrateDb, migrationsFolder, openDb, type Db } from '../db/client.ts';
import { checkDatabase, journalEntries, type Check } from './checks.ts';
import { backupKind, databaseRows, importRows, openLogicalBackup, type RowItem } from './import.ts';
import { inventory, quoteId, type Inventory } from './inventory.ts';

export class RestoreRefused extends Error {}

export interface RestoreTarget {
  url: string;
  authToken?: string | undefined;
}

export interface RestoreResult {
  kind: 'sqlite' | 'logical';
  checks: Check[];
}

const filePath = (url: string) => resolve(url.slice('file:'.length).split('?')[0]!);

/** Drops every table, view and trigger, in one script so `foreign_keys = OFF` holds (one connection, also on sqld). */
async function dropEverything(client: Client): Promise<void> {
  const rs = await client.execute(
    "select type, name, sql from sqlite_master where name not like 'sqlite_%' and type in ('table','view','trigger') and sql is not null",
  );
  const virtual = rs.rows.filter((r) => /^create\s+virtual/i.test(String(r.sql))).map((r) => String(r.name));
  const stmts = ['PRAGMA foreign_keys = OFF'];
  for (const r of rs.rows) {
    const name = String(r.name);
    if (virtual.some((v) => name.startsWith(`${v}_`))) continue; // shadow tables go with their FTS table
    stmts.push(`DROP ${String(r.type).toUpperCase()} IF EXISTS ${quoteId(name)}`);
  }
  stmts.push('PRAGMA foreign_keys = ON');
  await client.executeMultiple(stmts.join(';\n'));
}

/** Applies the migrations the backup had, no more: its rows fit that schema; later migrations run after the import. */
async function migrateTo(db: Db, lastCreatedAt: number | null): Promise<void> {
  if (lastCreatedAt === null) return;
  const dir = mkdtempSync(join(tmpdir(), 'vigil-migrations-'));
  try {
    const journal = journalEntries();
    const keep = journal.filter((e) => e.when <= lastCreatedAt);
    mkdirSync(join(dir, 'meta'));
    writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries: keep }));
    for (const e of keep) cpSync(join(migrationsFolder, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
    await migrate(db, { migrationsFolder: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Restores FILE (a `VACUUM INTO` copy or a logical JSON Lines backup) into the target database, refusing a
 * non-empty target unless `force`. Afterwards the target is migrated to this version and checked.
 */
export async function restoreDatabase(backupPath: string, target: RestoreTarget, force: boolean): Promise<RestoreResult> {
  if (!existsSync(backupPath)) throw new RestoreRefused(`备份文件不存在 / no such backup file: ${backupPath}`);
  const kind = backupKind(backupPath);
  const source = kind === 'sqlite' ? createClient({ url: `file:${resolve(backupPath)}`, intMode: 'bigint' }) : undefined;
  const logical = kind === 'logical' ? await openLogicalBackup(backupPath) : undefined;
  let db = openDb(target);
  try {
    const expected: Inventory = source ? await inventory(source) : logical!.header;
    const newest = Math.max(...journalEntries().map((e) => e.when));
    if ((expected.migrations.lastCreatedAt ?? 0) > newest) {
      throw new RestoreRefused('备份来自更新版本的 Vigil，请先升级 / The backup is from a newer Vigil version: upgrade first');
    }
    const present = (await inventory(db.$client)).tables.filter((t) => t.rows > 0);
    if (present.length > 0 && !force) {
      throw new RestoreRefused(
        `目标数据库非空（${present.map((t) => `${t.name}: ${t.rows}`).slice(0, 5).join(', ')}），如需覆盖请加 --force / ` +
          'The target database is not empty; pass --force to replace it',
      );
    }
    if (source && target.url.startsWith('file:')) {
      // Embedded to embedded: the backup file becomes the database file.
      db.$client.close();
      const path = filePath(target.url);
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
      copyFileSync(backupPath, path);
      db = openDb(target);
    } else {
      await dropEverything(db.$client);
      await migrateTo(db, expected.migrations.lastCreatedAt);
      const rows: AsyncIterable<RowItem> = source ? databaseRows(source, expected.tables) : logical!.rows;
      await importRows(db.$client, expected.tables, rows);
      for (const fts of expected.ftsRebuild) await db.$client.execute(`insert into ${quoteId(fts)}(${quoteId(fts)}) values ('rebuild')`);
    }
    await migrateDb(db);
    return { kind, checks: await checkDatabase(db.$client, expected) };
  } finally {
    source?.close();
    db.$client.close();
  }
}
