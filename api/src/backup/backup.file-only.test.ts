import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliWorkspace, runCli } from '../test-support/cli.ts';

describe('vigil backup / restore on the embedded file (VACUUM INTO)', () => {
  test('backup, restore into a new database, refuse to overwrite; the accounts come along', async () => {
    const from = cliWorkspace();
    expect((await runCli(['seed', '--demo'], from)).code).toBe(0);
    const file = join(from.cwd, 'vigil-backup.db');
    const backup = await runCli(['backup', file], from);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('✓ integrity: ok');
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect((await runCli(['backup', file], from)).code).toBe(1);

    const to = cliWorkspace();
    const restore = await runCli(['restore', file], to);
    expect(restore.code, restore.stderr + restore.stdout).toBe(0);
    expect(restore.stdout).toMatch(/✓ migrations: (\d+) of \1 applied/);
    expect(restore.stdout).toContain('✓ integrity: ok');
    expect(restore.stdout).toMatch(/✓ row-counts: \d+ tables, \d+ rows as in the backup/);
    const again = await runCli(['restore', file], to);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect((await runCli(['restore', file, '--force'], to)).code).toBe(0);

    // The restored database has the demo accounts.
    const token = await runCli(['token', 'create', '--email', 'staff@demo.vigil.local'], to);
    expect(token.code).toBe(0);
  }, 90_000); // seven CLI processes, each starting tsx
});
