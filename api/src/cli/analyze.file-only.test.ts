import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';

// The CLI contract of DESIGN.md, driven through the real binary as outside tests do (no database involved, so it
// runs once, in api:file).
const bin = resolve(import.meta.dirname, '../../bin/vigil.mjs');
function vigil(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile('node', [bin, ...args], { maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}
const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('vigil analyze', () => {
  test('answers every line in order, with input offsets, and reports bad lines inline', async () => {
    const input = [
      JSON.stringify({ id: 'p1', text: '转发：ＱＩＮＧＨＥ牛奶還讓我過敏了，准备起诉', counts: { reposts: 32000 } }),
      'not json',
      JSON.stringify({ id: 'p3' }),
      JSON.stringify({ id: 'p4', text: '今天去田里看了青禾苗' }),
      JSON.stringify({ id: 'p5', text: "Qinghe Dairy's yogurt isn't good at all" }),
    ].join('\n');
    const { code, stdout } = await vigil(['analyze'], input);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({
      id: 'p1',
      mentions: [{ brand: '青禾乳业', term: 'QINGHE', start: 3, end: 9 }],
      level: 'severe',
      sentiment: { label: 'negative' },
    });
    expect(out[0]!.reasons).toContain('转发 3.2万');
    expect(out[1]).toEqual({ error: { code: 'invalid_json', message: expect.stringContaining('JSON') } });
    expect(out[2]).toMatchObject({ id: 'p3', error: { code: 'invalid_input' } });
    expect(out[3]).toMatchObject({ id: 'p4', mentions: [], level: 'none' });
    expect(out[4]).toMatchObject({ id: 'p5', sentiment: { label: 'negative' }, mentions: [{ term: 'Qinghe Dairy' }] });
  });

  test('--rules uses another pack, and an invalid pack is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
    const file = join(dir, 'pack.json');
    writeFileSync(file, JSON.stringify({ ...demoPack, version: 'other-1', brands: [{ name: '小米', aliases: ['小米'], excludes: ['小米粥'] }] }));
    const { stdout } = await vigil(['analyze', '--rules', file], JSON.stringify({ id: 1, text: '早上喝小米粥，小米手机又坏了' }));
    expect(lines(stdout)[0]).toMatchObject({ id: 1, mentions: [{ brand: '小米', start: 7, end: 9 }] });

    // A pack as `rules import` takes it: no version (the store computes one), so analyze takes it as well.
    writeFileSync(file, JSON.stringify({ brands: [{ name: '小米', aliases: ['小米'], excludes: ['小米粥'] }] }));
    const unversioned = await vigil(['analyze', '--rules', file], JSON.stringify({ id: 2, text: '早上喝小米粥，小米手机又坏了' }));
    expect(unversioned.code, unversioned.stderr).toBe(0);
    expect(lines(unversioned.stdout)[0]).toMatchObject({ id: 2, mentions: [{ brand: '小米', start: 7, end: 9 }] });

    writeFileSync(file, JSON.stringify({ version: 'x', brands: [{ name: '' }] }));
    const bad = await vigil(['analyze', '--rules', file], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('规则文件无效');
  });
});
