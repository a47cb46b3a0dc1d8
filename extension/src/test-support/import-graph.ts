import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// The files a script really loads: its value imports (not `import type`, which the build drops), followed from its
// entry through the extension and @vigil/shared, with the packages it reaches on the way (issue 15).

const shared = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'src');
const importRe = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

export function valueImports(...entries: string[]): { files: Set<string>; packages: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(importRe)) {
      const target = spec!.startsWith('.') ? resolve(dirname(file), spec!) : spec!.startsWith('@vigil/shared/') ? join(shared, `${spec!.slice(14)}.ts`) : null;
      if (target === null) packages.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
      else if (existsSync(target)) visit(target);
      else throw new Error(`${file}: cannot resolve ${spec}`);
    }
  };
  for (const entry of entries) visit(entry);
  return { files, packages };
}
