import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { logKeyOf } from '../evidence/log-key.ts';
import { testApp } from '../test-support/app.ts';
import { registeredDevice, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';
import { startLocalTsa } from '../test-support/local-tsa.ts';
import { userWithToken } from '../test-support/users.ts';

const bin = fileURLToPath(new URL('../../bin/vigil.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigil-verify-'));

/** The real CLI in a child process, as a lawyer's technician would run it. */
function vigil(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr });
    });
  });
}

let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
let zip: Uint8Array;
let logPem: string;
beforeAll(async () => {
  tsa = await startLocalTsa();
  const { app, deps } = await testApp({ config: { secureCookies: false, tsaUrls: [tsa.url], version: 'test', databaseLabel: 'test' } });
  const staff = await userWithToken(deps, 'staff');
  const device = await registeredDevice(app, staff.headers);
  const cap = await signedCapture(staff.user, device);
  expect((await upload(app, staff.headers, uploadBody(cap))).status).toBe(201);
  await app.request(`/api/captures/${cap.manifest.captureId}`, { headers: staff.headers });
  const legal = await userWithToken(deps, 'legal');
  zip = new Uint8Array(await (await app.request(`/api/captures/${cap.manifest.captureId}/export`, { headers: legal.headers })).arrayBuffer());
  logPem = logKeyOf(deps.keys).publicPem;
});
afterAll(async () => {
  await tsa.stop();
});

function write(name: string, bytes: Uint8Array | string) {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
function repack(edit: (files: Record<string, Uint8Array>) => void) {
  const files = unzipSync(zip);
  edit(files);
  return zipSync(files);
}

// Each case starts the real CLI (tsx), a few seconds apiece on a busy machine.
describe('vigil verify FILE.zip', { timeout: 90_000 }, () => {
  test('an exported package passes every check, with the log key pinned and the TSA chain checked', async () => {
    const r = await vigil('verify', write('ok.zip', zip), '--log-key', write('log.pem', logPem), '--tsa-ca', tsa.caFile);
    expect(r.out).toMatch(/✓ manifest-signature/);
    expect(r.out).toMatch(/✓ log-inclusion/);
    expect(r.out).toMatch(/✓ log-consistency \[1 → 3\]/);
    expect(r.out).toMatch(/✓ tsa-token \[timestamps\/1\.tsr\].*chain verified/);
    expect(r.out).toContain('all 10 checks passed');
    expect(r.code).toBe(0);
  });

  test('a changed artefact fails its digest check (exit 1)', async () => {
    const bad = repack((f) => {
      f['artefacts/unit.json'] = new Uint8Array(Buffer.from('{"text":"内容被改了"}'));
    });
    const r = await vigil('verify', write('tampered.zip', bad));
    expect(r.out).toMatch(/✗ artefact-digest \[unit\.json\] expected [0-9a-f]{64} actual [0-9a-f]{64}/);
    expect(r.code).toBe(1);
  });

  test('a swapped log key, an edited manifest or a removed artefact fail too', async () => {
    const otherKey = (await testApp()).deps.keys;
    expect((await vigil('verify', write('ok2.zip', zip), '--log-key', write('other.pem', logKeyOf(otherKey).publicPem))).out).toMatch(/✗ tree-head-signature/);
    const edited = repack((f) => {
      f['manifest.json'] = new Uint8Array(Buffer.from(Buffer.from(f['manifest.json']!).toString().replace('微博', '微搏')));
    });
    const r = await vigil('verify', write('edited.zip', edited));
    expect(r.out).toMatch(/✗ manifest-signature/);
    expect(r.out).toMatch(/✗ log-inclusion/);
    expect(r.out).toMatch(/✗ tsa-token/);
    expect(r.code).toBe(1);
    const rewritten = repack((f) => {
      const head = JSON.parse(Buffer.from(f['receipt-tree-head.json']!).toString()) as { rootHash: string };
      f['receipt-tree-head.json'] = new Uint8Array(Buffer.from(JSON.stringify({ ...head, rootHash: 'f'.repeat(64) })));
    });
    expect((await vigil('verify', write('rewritten.zip', rewritten))).out).toMatch(/✗ log-consistency/);
    const removed = repack((f) => {
      delete f['artefacts/viewport.png'];
    });
    expect((await vigil('verify', write('removed.zip', removed))).out).toMatch(/✗ artefact-set/);
  });

  test('usage errors exit 2; a file that is not a package exits 1', async () => {
    expect((await vigil('verify')).code).toBe(2);
    expect((await vigil('verify', join(dir, 'missing.zip'))).code).toBe(2);
    expect((await vigil('verify', write('x.zip', 'not a zip'), '--bogus')).code).toBe(2);
    const r = await vigil('verify', write('y.zip', 'not a zip'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Not a ZIP file');
  });
});
