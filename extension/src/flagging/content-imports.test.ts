import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { valueImports } from '../test-support/import-graph.ts';

// What the flagging content script loads on every page of every platform (issue 15, flagging cost): zod's classes
// and schemas were half of the script and built at each page load, before a single post was read, only because
// health-tally.ts took one constant from a schema module. This walks the script's value imports (not `import type`,
// which the build drops) from its entry and names the packages it reaches.

const entry = join(resolve(import.meta.dirname, '..'), 'entrypoints', 'mentions.content', 'index.ts');

test('the flagging content script reaches no schema library, NLP model or UI framework', () => {
  const { packages, files } = valueImports(entry);
  expect(files.size).toBeGreaterThan(30);
  expect(packages.has('wxt')).toBe(true);
  for (const heavy of ['zod', 'compromise', 'preact', '@preact/signals', 'hono']) expect([...packages]).not.toContain(heavy);
});
