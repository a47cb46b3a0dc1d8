import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { checkDatabase } from '../backup/checks.ts';
import { writeFileBackup, writeLogicalBackup } from '../backup/export.ts';
import { inventory } from '../backup/inventory.ts';
import { describeUrl } from '../db/client.ts';
import { loadEnv } from '../env.ts';
import { command, parse, UsageError } from './command.ts';
import { printChecks } from './restore.ts';

export const backupCommand = command(
  {
    name: 'backup',
    usage: 'backup FILE [--logical]',
    summary: 'consistent copy of the database (embedded: VACUUM INTO; server or --logical: JSON Lines)',
  },
  async (args) => {
    const { values, positionals } = parse(args, { logical: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('expected one FILE');
    const path = resolve(positionals[0]!);
    if (existsSync(path)) {
      console.error(`文件已存在，不会覆盖 / ${path} exists; choose a new file name`);
      return 1;
    }
    const env = loadEnv();
    const logical = values.logical || !env.DATABASE_URL.startsWith('file:');
    const client = createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, intMode: 'bigint' });
    try {
      if (logical) {
        const header = await writeLogicalBackup(client, path, describeUrl(env.DATABASE_URL), new Date());
        const rows = header.tables.reduce((n, t) => n + t.rows, 0);
        console.log(`逻辑备份完成 / logical backup written: ${path} (${header.tables.length} tables, ${rows} rows, ${statSync(path).size} bytes)`);
        return 0;
      }
      await writeFileBackup(client, path);
      const copy = createClient({ url: `file:${path}` });
      try {
        const checks = await checkDatabase(copy, await inventory(copy));
        console.log(`备份完成 / backup written: ${path} (${statSync(path).size} bytes)`);
        return printChecks(checks.filter((c) => c.name !== 'row-counts')) ? 0 : 1;
      } finally {
        copy.close();
      }
    } finally {
      client.close();
    }
  },
);
