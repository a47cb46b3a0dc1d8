import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema/index.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface DbOptions {
  url: string;
  authToken?: string | undefined;
}

/** Opens the database; for `file:` URLs the folder is created first (libSQL fails with code 14 otherwise). */
export function openDb({ url, authToken }: DbOptions): Db {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0]!;
    if (path && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, authToken });
  const db = drizzle(client, { schema, casing: 'snake_case' }) as Db;
  return db;
}

export async function migrateDb(db: Db): Promise<void> {
  if (db.$client.protocol === 'file') await db.$client.execute('PRAGMA journal_mode = WAL');
  await db.$client.execute('PRAGMA foreign_keys = ON');
  await migrate(db, { migrationsFolder });
}

export function describeUrl(url: string): string {
  // Never print credentials that may be in a URL.
  return url.replace(/\/\/[^@/]*@/, '//***@').replace(/([?&]authToken=)[^&]+/, '$1***');
}
