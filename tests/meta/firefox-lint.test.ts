import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const extension = join(import.meta.dirname, '..', '..', 'extension');

/**
 * The Firefox build passes Mozilla's `web-ext lint` (issue 15): built here, never skipped. Warnings (APIs Firefox
 * lacks, such as sidePanel and pageCapture, which the code checks for at run time) are listed, errors fail.
 */
test('the Firefox build has no web-ext lint errors', async () => {
  await run('pnpm', ['build:firefox'], { cwd: extension, maxBuffer: 20 * 1024 * 1024 });
  const { stdout } = await run(join(extension, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', join(extension, '.output', 'firefox-mv2'), '--output', 'json', '--no-config-discovery'], {
    cwd: extension,
    maxBuffer: 20 * 1024 * 1024,
  }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  const report = JSON.parse(stdout) as { summary: { errors: number; warnings: number }; errors: { code: string; file?: string; message: string }[] };
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 240_000);
