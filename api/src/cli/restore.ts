import { resolve } from 'node:path';
import type { Check } from '../backup/checks.ts';
import { restoreDatabase, RestoreRefused } from '../backup/restore.ts';
import { describeUrl } from '../db/client.ts';
import { loadEnv } from '../env.ts';
import { command, parse, UsageError } from './command.ts';

/** Prints one line per check; true when all passed. */
export function printChecks(checks: Check[]): boolean {
  for (const c of checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`);
  return checks.every((c) => c.ok);
}

export const restoreCommand = command(
  {
    name: 'restore',
    usage: 'restore FILE [--force]',
    summary: 'restore a backup into the configured database (stop `serve` first; --force replaces existing data)',
  },
  async (args) => {
    const { values, positionals } = parse(args, { force: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('expected one FILE');
    const env = loadEnv();
    try {
      const result = await restoreDatabase(resolve(positionals[0]!), { url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN }, values.force === true);
      console.log(`已恢复 / restored ${result.kind} backup into ${describeUrl(env.DATABASE_URL)}`);
      return printChecks(result.checks) ? 0 : 1;
    } catch (err) {
      if (err instanceof RestoreRefused) {
        console.error(err.message);
        return 1;
      }
      throw err;
    }
  },
);
