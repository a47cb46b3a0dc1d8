import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sites } from '../sites/index.ts';

// One flagging script per platform (issue 15): a Weibo page compiles the Weibo adapter only, not all nine. Each
// platform adapter has `entrypoints/<id>.content.ts`, and nothing that script imports, however indirectly, reaches the
// registry or another adapter. (The registry's own script, mentions.content, serves news hosts and 扫描此页.)

const srcDir = resolve(__dirname, '..');
const entrypoints = join(srcDir, 'entrypoints');
const adapterFiles = new Set(sites.map((s) => join(srcDir, 'sites', `${s.id}.ts`)));
const registryFile = join(srcDir, 'sites', 'index.ts');

/** Every source file `file` imports for its code, directly or not (relative imports and the shared package; type-only
 * imports are left out, since they are not bundled). */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, typeOnly, spec] of source.matchAll(/^\s*(?:import|export)(\s+type)?\s[^'"]*?from\s+'([^']+)'/gm)) {
    if (typeOnly || !spec) continue;
    const target = spec.startsWith('.') ? resolve(dirname(file), spec)
      : spec.startsWith('@vigil/shared/') ? join(srcDir, '..', '..', 'shared', 'src', `${spec.slice('@vigil/shared/'.length)}.ts`)
        : null;
    if (target && existsSync(target)) importGraph(target, seen);
  }
  return seen;
}

describe('one flagging script per platform (issue 15)', () => {
  const platforms = sites.filter((s) => s.id !== 'news');

  test.each(platforms.map((s) => [s.id, s] as const))('%s has its own script, built with its adapter alone', (id, site) => {
    const entry = join(entrypoints, `${id}.content.ts`);
    expect(existsSync(entry), `${id}.content.ts`).toBe(true);
    const graph = importGraph(entry);
    expect(graph.has(join(srcDir, 'sites', `${id}.ts`))).toBe(true);
    expect(graph.has(registryFile)).toBe(false);
    const others = [...adapterFiles].filter((f) => graph.has(f) && f !== join(srcDir, 'sites', `${id}.ts`));
    expect(others).toEqual([]);
    expect(site.matches.length).toBeGreaterThan(0);
  });

  test('the registry script still knows every adapter, for news hosts and 扫描此页', () => {
    const graph = importGraph(join(entrypoints, 'mentions.content', 'index.ts'));
    for (const f of adapterFiles) expect(graph.has(f), f).toBe(true);
  });
});
