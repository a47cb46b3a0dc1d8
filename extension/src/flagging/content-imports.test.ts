import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';

// What the flagging content script loads on every page of every platform (issue 15, flagging cost): zod's classes
// and schemas were half of the script and built at each page load, before a single post was read, only because
// health-tally.ts took one constant from a schema module. This walks the script's value imports (not `import type`,
// which the build drops) from its entry and names the packages it reaches.

const src = resolve(import.meta.dirname, '..');
const shared = resolve(src, '..', '..', 'shared', 'src');
const entry = join(src, 'entrypoints', 'mentions.content', 'index.ts');
const importRe = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function packagesReached(from: string): { packages: Set<string>; files: number } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(importRe)) {
      const target = spec!.startsWith('.') ? resolve(dirname(file), spec!) : spec!.startsWith('@vigil/shared/') ? join(shared, `${spec!.slice(14)}.ts`) : null;
      if (target === null) packages.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
      else if (existsSync(target)) visit(target);
      else throw new Error(`${file}: cannot resolve ${spec}`);
    }
  };
  visit(from);
  return { packages, files: seen.size };
}

test('the flagging content script reaches no schema library, NLP model or UI framework', () => {
  const { packages, files } = packagesReached(entry);
  expect(files).toBeGreaterThan(30);
  expect(packages.has('wxt')).toBe(true);
  for (const heavy of ['zod', 'compromise', 'preact', '@preact/signals', 'hono']) expect([...packages]).not.toContain(heavy);
});
