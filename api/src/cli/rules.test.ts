import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { cliWorkspace, runCli } from '../test-support/cli.ts';
import { freshDb } from '../test-support/db.ts';

describe('vigil rules', () => {
  test('seed --demo stores the demo pack; export prints it; import replaces it; a bad file changes nothing', async () => {
    await freshDb();
    const ws = cliWorkspace();
    expect((await runCli(['seed', '--demo'], ws)).code).toBe(0);
    const exported = await runCli(['rules', 'export'], ws);
    expect(exported.code, exported.stderr).toBe(0);
    const pack = JSON.parse(exported.stdout) as typeof demoPack;
    expect(pack.brands[0]).toMatchObject({ name: '青禾乳业', excludes: ['青禾苗', '青禾田', '清禾路'] });
    expect(pack.version).toMatch(/^r-[0-9a-f]{16}$/);

    const file = join(ws.cwd, 'pack.json');
    writeFileSync(file, JSON.stringify({ ...pack, brands: [{ name: '小米', aliases: ['小米', 'Xiaomi'], excludes: ['小米粥'] }] }));
    const imported = await runCli(['rules', 'import', file], ws);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('imported 1 brands');
    const after = JSON.parse((await runCli(['rules', 'export'], ws)).stdout) as typeof demoPack;
    expect(after.brands.map((b) => b.name)).toEqual(['小米']);
    expect(after.version).not.toBe(pack.version);

    writeFileSync(file, JSON.stringify({ brands: [{ name: '坏', aliases: [''] }] }));
    const bad = await runCli(['rules', 'import', file], ws);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('规则文件无效');
    expect(JSON.parse((await runCli(['rules', 'export'], ws)).stdout)).toEqual(after);
  }, 90_000);
});
