import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqldUrl } from './sqld.ts';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/vigil.mjs');

/**
 * A working folder and DATABASE_URL for running the real CLI: a new embedded file, or the test file's sqld server
 * (call freshDb() first there, so the test starts from an emptied database).
 */
export function cliWorkspace(): { cwd: string; env: Record<string, string> } {
  const cwd = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  const url = process.env.VIGIL_TEST_DB === 'sqld' ? sqldUrl() : `file:${join(cwd, 'data', 'vigil.db')}`;
  // TSA_URLS explicitly: unset means the public authorities, and no test may reach the internet (issue 15).
  return { cwd, env: { DATABASE_URL: url, TSA_URLS: 'off' } };
}

/** Runs `pnpm vigil …` as a child process (bin/vigil.mjs through tsx), as a user would. */
export function runCli(args: string[], ws: { cwd: string; env: Record<string, string> }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ws.cwd, env: { ...process.env, ...ws.env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}
