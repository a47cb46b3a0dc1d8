import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from '../db/client.ts';
import { inventory, type Executor, type Inventory } from './inventory.ts';

export interface Check {
  name: 'migrations' | 'integrity' | 'foreign-keys' | 'row-counts';
  ok: boolean;
  detail: string;
}

export function journalEntries(folder = migrationsFolder): { tag: string; when: number }[] {
  return (JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] }).entries;
}

async function pragmaRows(db: Executor, pragma: string): Promise<unknown[][] | null> {
  try {
    return (await db.execute(pragma)).rows.map((r) => Array.from({ length: r.length }, (_v, i) => r[i]));
  } catch {
    return null; // a hosted server may refuse the pragma
  }
}

/**
 * The checks a database must pass after a restore (and a backup file after a backup): every migration applied,
 * SQLite's integrity and foreign-key checks, and the row count of every table equal to what the backup recorded.
 */
export async function checkDatabase(db: Executor, expected: Inventory | null): Promise<Check[]> {
  const actual = await inventory(db);
  const want = journalEntries().length;
  const checks: Check[] = [
    { name: 'migrations', ok: actual.migrations.count === want, detail: `${actual.migrations.count} of ${want} applied` },
  ];
  const integrity = await pragmaRows(db, 'PRAGMA integrity_check');
  checks.push(
    integrity === null
      ? { name: 'integrity', ok: true, detail: 'skipped: the server does not allow PRAGMA integrity_check' }
      : { name: 'integrity', ok: integrity.length === 1 && integrity[0]![0] === 'ok', detail: integrity.map((r) => String(r[0])).slice(0, 5).join('; ') },
  );
  const fk = await pragmaRows(db, 'PRAGMA foreign_key_check');
  checks.push(
    fk === null
      ? { name: 'foreign-keys', ok: true, detail: 'skipped: the server does not allow PRAGMA foreign_key_check' }
      : { name: 'foreign-keys', ok: fk.length === 0, detail: fk.length === 0 ? 'no dangling references' : `${fk.length} rows reference missing parents` },
  );
  if (expected) {
    const counts = new Map(actual.tables.map((t) => [t.name, t.rows]));
    const wrong = expected.tables.filter((t) => counts.get(t.name) !== t.rows).map((t) => `${t.name}: ${counts.get(t.name) ?? 'missing'} ≠ ${t.rows}`);
    const rows = expected.tables.reduce((n, t) => n + t.rows, 0);
    checks.push({
      name: 'row-counts',
      ok: wrong.length === 0,
      detail: wrong.length === 0 ? `${expected.tables.length} tables, ${rows} rows as in the backup` : wrong.join('; '),
    });
  }
  return checks;
}
