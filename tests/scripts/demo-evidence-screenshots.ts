// The screenshots of the demo evidence (`seed --demo`, api/src/evidence/demo.ts): each demo post's page rendered by
// Debian Chromium as the extension's capture would see it — viewport.png (960 × 600 CSS pixels) and unit.png (the
// post card). The seed runs without a browser, so they are made once here and committed.
//   flock /tmp/vigil-browser.lock pnpm --filter @vigil/tests exec tsx scripts/demo-evidence-screenshots.ts
// then, to keep the repository small (6 files, 71 KB): for f in api/src/evidence/demo-assets/*.png; do convert "$f" +dither -colors 64 "PNG8:$f"; done
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { DEMO_POSTS, demoPostPage } from '../../api/src/evidence/demo-posts.ts';
import { chromiumPath } from '../support/paths.ts';

const out = fileURLToPath(new URL('../../api/src/evidence/demo-assets/', import.meta.url));
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 600 }, deviceScaleFactor: 1 });
  for (const p of DEMO_POSTS) {
    await page.setContent(demoPostPage(p));
    await page.screenshot({ path: `${out}${p.post}-viewport.png` });
    await page.locator('#demo-unit').screenshot({ path: `${out}${p.post}-unit.png` });
    console.log(p.post);
  }
} finally {
  await browser.close();
}
