import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the built artefacts the e2e tests drive live (tests/ depends on no source package, only on builds). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const vigilCli = join(repoRoot, 'api', 'bin', 'vigil.mjs');
export const extensionDir = join(repoRoot, 'extension', '.output', 'chrome-mv3');
export const webDist = join(repoRoot, 'api', 'web', 'dist');
export const fixtureSitesDir = join(repoRoot, 'tests', 'fixtures', 'sites');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
