import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, extensionDir, repoRoot, webDist } from '../support/paths.ts';

/**
 * The tests drive built artefacts. `npm test` has just built them and sets VIGIL_E2E_PREBUILT=1; run on its own
 * (`pnpm --filter @vigil/tests e2e`), this builds the extension and the workspace first so a stale build is never tested.
 */
export default function globalSetup() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run .ci/run, or apt-get install chromium fonts-noto-cjk`);
  }
  if (process.env.VIGIL_E2E_PREBUILT !== '1') {
    for (const args of [['--filter', '@vigil/extension', 'build'], ['--filter', '@vigil/api', 'build:web']]) {
      const r = spawnSync('pnpm', args, { cwd: repoRoot, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed`);
    }
  }
  for (const built of [join(extensionDir, 'manifest.json'), join(webDist, 'index.html')]) {
    if (!existsSync(built)) throw new Error(`missing build output ${built}`);
  }
}
