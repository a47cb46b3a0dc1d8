import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The extension builds the flagging bench (flagging.ts) measures besides Vigil's own: the baselines under its lines.

/**
 * The content scripts a build's manifest runs on `url` (issue 15: one per platform since, where main had one for
 * all). Match patterns here are scheme, host and path wildcard, as every pattern of ours is.
 */
export function scriptsAt(dir: string, url: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { matches: string[]; js?: string[] }[] };
  const host = new URL(url).hostname;
  const hits = (pattern: string) => /^\*:\/\/([^/]+)\/\*$/.exec(pattern)?.[1] === host;
  return (manifest.content_scripts ?? []).filter((cs) => cs.matches.some(hits)).flatMap((cs) => cs.js ?? []);
}

/**
 * A browser whose only extension has no content script: the same weibo.com pages loaded in it give the page's own
 * CPU, subtracted from each build's. (A host the extension does not match is another site, hence another renderer
 * process in the same browser, and not the same page.)
 */
export function bareExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-bare-'));
  // A service worker only because the launcher finds the extension by it.
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'bench: no content script', version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(dir, 'sw.js'), '');
  return dir;
}

/**
 * An extension whose content script on the bench's site is empty: what Chromium itself charges a page for running
 * any extension's script there (its isolated world, the script's injection), the floor under the no-mention line.
 */
export function floorExtension(site: string): string {
  const dir = bareExtension();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.name = 'bench: empty content script';
  manifest.content_scripts = [{ matches: [`${site}/*`], run_at: 'document_start', js: ['empty.js'] }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), '// empty\n');
  return dir;
}
