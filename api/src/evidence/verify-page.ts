import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const pageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/src/verify-page');
let page: Promise<string> | undefined;

/** zod's classic API re-exports ~40 message locales the page never uses (≈ 150 KB): only English is kept. */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(dirname(args.importer), '../locales/en.js').replace(/en\.js$/, 'index.js'), namespace: 'zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path.replace(/index\.js$/, 'en.js'))};`, resolveDir: dirname(args.path) }));
  },
};

/**
 * verify.html for every evidence package (issue 10): the page's script — shared/src/evidence's own check code,
 * fflate and the page logic — bundled by esbuild into one inline script, so the page works from a folder with no
 * network and runs exactly the checks `vigil verify` runs. Built once per process (~0.2 s) from the sources.
 */
export function verifyPageHtml(): Promise<string> {
  page ??= (async () => {
    const [template, out] = await Promise.all([
      readFile(resolve(pageDir, 'template.html'), 'utf8'),
      build({ entryPoints: [resolve(pageDir, 'main.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', minify: true, charset: 'utf8', legalComments: 'none', logLevel: 'silent', plugins: [zodEnglishOnly] }),
    ]);
    const script = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
    return template.replace('/*BUNDLE*/', () => script);
  })();
  page.catch(() => {
    page = undefined;
  });
  return page;
}
