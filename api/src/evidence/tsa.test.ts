import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import type { CaptureReceipt, VerifyResult } from '@vigil/shared/schemas/capture';
import { fixedClock, testApp } from '../test-support/app.ts';
import { registeredDevice, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';
import { startLocalTsa } from '../test-support/local-tsa.ts';
import { userWithToken } from '../test-support/users.ts';
import { checkTimestamp, parseCertificatesPem, requestTimestamp, retryDelayMs, retryPendingTimestamps } from './tsa.ts';

const run = promisify(execFile);
let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
beforeAll(async () => {
  tsa = await startLocalTsa();
});
afterAll(async () => {
  await tsa.stop();
});

async function setup(tsaUrls = [tsa.url]) {
  const clock = fixedClock();
  const t = { ...(await testApp({ clock, config: { secureCookies: false, tsaUrls, version: 'test', databaseLabel: 'test' } })), clock };
  const staff = await userWithToken(t.deps, 'staff');
  const device = await registeredDevice(t.app, staff.headers);
  return { ...t, staff, device };
}

describe('RFC 3161 time-stamps from a local openssl TSA', () => {
  test('a token over the manifest digest comes back with the receipt, verifies, and openssl accepts the exported .tsr', async () => {
    const { app, deps, staff, device } = await setup();
    const cap = await signedCapture(staff.user, device);
    const res = await upload(app, staff.headers, uploadBody(cap));
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as CaptureReceipt;
    expect(receipt.timestamps).toEqual([{ tsa: tsa.url, status: 'granted', genTime: expect.any(String) }]);

    const verify = (await (await app.request(`/api/captures/${cap.manifest.captureId}/verify`, { headers: staff.headers })).json()) as VerifyResult;
    expect(verify.ok).toBe(true);
    expect(verify.checks.find((c) => c.name === 'tsa-token')).toMatchObject({ ok: true, subject: tsa.url, expected: cap.sha256, actual: cap.sha256 });

    const legal = await userWithToken(deps, 'legal');
    const zip = unzipSync(new Uint8Array(await (await app.request(`/api/captures/${cap.manifest.captureId}/export`, { headers: legal.headers })).arrayBuffer()));
    const dir = mkdtempSync(join(tmpdir(), 'vigil-export-'));
    writeFileSync(join(dir, 'manifest.json'), zip['manifest.json']!);
    writeFileSync(join(dir, '1.tsr'), zip['timestamps/1.tsr']!);
    const { stdout } = await run('openssl', ['ts', '-verify', '-data', join(dir, 'manifest.json'), '-in', join(dir, '1.tsr'), '-CAfile', tsa.caFile]);
    expect(stdout).toContain('Verification: OK');
  });

  test('pkijs checks imprint, signature and, given the root, the chain', async () => {
    const data = new Uint8Array(Buffer.from('{"captureId":"示例"}'));
    const { der } = await requestTimestamp(tsa.url, createHash('sha256').update(data).digest('hex'));
    const trusted = parseCertificatesPem(tsa.caPem);
    expect(await checkTimestamp(der, data, 'local', trusted)).toMatchObject({ ok: true, detail: expect.stringContaining('chain verified') });
    expect(await checkTimestamp(der, data, 'local')).toMatchObject({ ok: true, detail: expect.stringContaining('chain not checked') });
    expect(await checkTimestamp(der, new Uint8Array(Buffer.from('{}')), 'local')).toMatchObject({ ok: false, detail: 'token stamps a different digest' });
    const otherRoot = parseCertificatesPem((await startLocalTsa().then(async (t) => (await t.stop(), t))).caPem);
    expect((await checkTimestamp(der, data, 'local', otherRoot)).ok).toBe(false);
    const flipped = der.slice();
    flipped[flipped.length - 10]! ^= 0xff;
    expect((await checkTimestamp(flipped, data, 'local')).ok).toBe(false);
  });

  test('an unreachable TSA leaves the time-stamp pending; a later retry fills it in', async () => {
    const { app, deps, clock, staff, device } = await setup();
    tsa.setDown(true);
    const cap = await signedCapture(staff.user, device);
    const receipt = (await (await upload(app, staff.headers, uploadBody(cap))).json()) as CaptureReceipt;
    expect(receipt.timestamps).toEqual([{ tsa: tsa.url, status: 'pending' }]);
    clock.advance(retryDelayMs(1));
    await retryPendingTimestamps(deps);
    expect(((await (await upload(app, staff.headers, uploadBody(cap))).json()) as CaptureReceipt).timestamps[0]!.status).toBe('pending');

    tsa.setDown(false);
    clock.advance(retryDelayMs(2));
    await retryPendingTimestamps(deps);
    const again = await upload(app, staff.headers, uploadBody(cap));
    expect(again.status).toBe(200);
    expect(((await again.json()) as CaptureReceipt).timestamps).toEqual([{ tsa: tsa.url, status: 'granted', genTime: expect.any(String) }]);
  });

  test('dual time-stamps: one authority unreachable stays pending beside the granted one, retried with a growing wait', async () => {
    const unreachable = 'http://127.0.0.1:9/tsr'; // the discard port: nothing answers
    const { app, db, deps, clock, staff, device } = await setup([tsa.url, unreachable]);
    const cap = await signedCapture(staff.user, device);
    const receipt = (await (await upload(app, staff.headers, uploadBody(cap))).json()) as CaptureReceipt;
    expect(receipt.timestamps).toEqual([
      { tsa: tsa.url, status: 'granted', genTime: expect.any(String) },
      { tsa: unreachable, status: 'pending' },
    ]);
    const attempts = async () => Number((await db.$client.execute({ sql: 'select attempts from tsa_tokens where tsa_url = ?', args: [unreachable] })).rows[0]!.attempts);
    expect(await attempts()).toBe(1);
    await retryPendingTimestamps(deps); // serve's minute tick, before the wait is over: not asked again
    expect(await attempts()).toBe(1);
    clock.advance(retryDelayMs(1));
    await retryPendingTimestamps(deps);
    expect(await attempts()).toBe(2);
    clock.advance(retryDelayMs(1));
    await retryPendingTimestamps(deps); // the second wait is twice as long
    expect(await attempts()).toBe(2);
    expect([1, 2, 3, 10, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 6 * 3600_000, 6 * 3600_000]);
  });
});
