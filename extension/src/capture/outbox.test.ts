import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportPublicJwk, generateDeviceKey } from '@vigil/shared/evidence/signature';
import { closedPortUrl, startRealApi } from '../test-support/real-api.ts';
import { sealCapture, type Artefact } from './manifest.ts';
import { createOutbox, retryDelay, type OutboxRecord, type OutboxStore } from './outbox.ts';
import { uploadCapture, type UploadTarget } from './upload.ts';

// The outbox state machine with its real uploader against a real API over HTTP (fresh database, real crypto);
// only IndexedDB is replaced, by a Map with the same put/get/all contract.

let api: Awaited<ReturnType<typeof startRealApi>>;
let down: string;
beforeAll(async () => {
  api = await startRealApi();
  down = await closedPortUrl();
});
afterAll(() => api.stop());

function memoryStore(): OutboxStore & { map: Map<string, OutboxRecord> } {
  const map = new Map<string, OutboxRecord>();
  return { map, put: async (r) => void map.set(r.captureId, structuredClone(r)), get: async (id) => map.get(id), all: async () => [...map.values()] };
}

/** A user with a registered device, as the extension sets itself up on a new token. */
async function capturer() {
  const { user, token } = await api.userWithToken('staff', '小王');
  const key = await generateDeviceKey();
  const res = await fetch(`${api.url}/api/devices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Chrome · test', publicKeyJwk: await exportPublicJwk(key.publicKey) }),
  });
  const device = (await res.json()) as { id: string; keyThumbprint: string };
  return { user, token, key, device };
}

async function record(c: Awaited<ReturnType<typeof capturer>>, tamper = false): Promise<OutboxRecord> {
  const artefacts: Artefact[] = [
    { name: 'viewport.png', type: 'image/png', provenance: 'onscreen', body: new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])]) },
    { name: 'unit.json', type: 'application/json', provenance: 'adapter', body: new Blob(['{"text":"青禾牛奶喝出异物"}']) },
  ];
  const captureId = crypto.randomUUID();
  const now = new Date();
  const sealed = await sealCapture(
    { captureId, kind: 'unit', page: { url: 'https://weibo.com/5678901234/QbX7nA2Ke', title: '微博正文' }, unit: { platform: 'weibo', key: 'weibo:QbX7nA2Ke' }, capturer: { userId: c.user.id, name: '小王' }, device: { id: c.device.id, keyThumbprint: c.device.keyThumbprint }, startedAt: now, finishedAt: now, notes: { vigilMarksHidden: true } },
    artefacts,
    c.key.privateKey as CryptoKey,
  );
  const bodies = artefacts.map(({ name, type, body }) => ({ name, type, body: tamper && name === 'unit.json' ? new Blob(['{"text":"青禾牛奶喝出好评"}']) : body }));
  return { captureId, kind: 'unit', url: 'https://weibo.com/5678901234/QbX7nA2Ke', title: '微博正文', createdAt: now.toISOString(), state: 'pending', attempts: 0, manifestBytes: sealed.bytes, manifestSha256: sealed.sha256, signature: sealed.signature, deviceId: c.device.id, artefacts: bodies };
}

function setup(target: UploadTarget) {
  const store = memoryStore();
  let clock = 1_000_000;
  const scheduled: (number | null)[] = [];
  const outbox = createOutbox({ store, upload: (r) => uploadCapture(target, r), now: () => clock, schedule: (at) => scheduled.push(at) });
  return { store, outbox, scheduled, tick: (ms: number) => (clock += ms), target };
}

describe('evidence outbox', () => {
  test('a capture is stored, delivered, and keeps only its receipt', async () => {
    const c = await capturer();
    const { outbox, store } = setup({ apiUrl: api.url, token: c.token });
    const r = await record(c);
    const item = await outbox.add(r);
    expect(item.state).toBe('delivered');
    expect(item.receipt).toMatchObject({ captureId: r.captureId, manifestSha256: r.manifestSha256 });
    expect(store.map.get(r.captureId)!.artefacts).toEqual([]);
    expect((await outbox.summary()).pending).toBe(0);
  });

  test('API down: kept pending with back-off and the reason; delivered once the API is back, stored once', async () => {
    const c = await capturer();
    const box = setup({ apiUrl: down, token: c.token });
    const r = await record(c);
    const item = await box.outbox.add(r);
    expect(item).toMatchObject({ state: 'pending', attempts: 1, error: { kind: 'unreachable' }, nextAttemptAt: 1_000_000 + 2_000 });
    expect(box.scheduled.at(-1)).toBe(1_002_000);
    expect((await box.outbox.summary()).pending).toBe(1);

    // Not due yet: nothing is tried.
    await box.outbox.flush();
    expect((await box.store.get(r.captureId))!.attempts).toBe(1);
    box.tick(2_000);
    await box.outbox.flush();
    expect((await box.store.get(r.captureId))!).toMatchObject({ attempts: 2, nextAttemptAt: 1_002_000 + 4_000 });

    box.target.apiUrl = api.url;
    // Two flushes at once (alarm and settings change): one upload, one stored capture.
    await Promise.all([box.outbox.flush(true), box.outbox.flush(true)]);
    const done = (await box.store.get(r.captureId))!;
    expect(done.state).toBe('delivered');
    expect(done.attempts).toBe(3);
    expect(box.scheduled.at(-1)).toBeNull();
    // Uploading the same capture again is answered with the same receipt, not a second capture.
    const again = await uploadCapture({ apiUrl: api.url, token: c.token }, r);
    expect(again).toEqual({ ok: true, receipt: done.receipt });
    const list = (await (await fetch(`${api.url}/api/captures`, { headers: { authorization: `Bearer ${c.token}` } })).json()) as { total: number };
    expect(list.total).toBe(1);
  });

  test('a refusal (digest mismatch) is kept, marked failed with the server’s words, never deleted', async () => {
    const c = await capturer();
    const { outbox, store } = setup({ apiUrl: api.url, token: c.token });
    const r = await record(c, true);
    const item = await outbox.add(r);
    expect(item).toMatchObject({ state: 'failed', error: { kind: 'rejected', status: 400, code: 'artefact_digest_mismatch' } });
    expect(item.error!.message).toContain('SHA-256');
    expect(store.map.get(r.captureId)!.artefacts).toHaveLength(2);
    expect((await outbox.summary()).pending).toBe(1);
    // Automatic rounds leave it alone; only the user's 重试 puts it back in the queue.
    await outbox.flush(true);
    expect(store.map.get(r.captureId)!.attempts).toBe(1);
  });

  test('a revoked token keeps the capture pending with a reason the user can act on', async () => {
    const c = await capturer();
    const { outbox } = setup({ apiUrl: api.url, token: c.token });
    await api.revoke(c.token);
    const item = await outbox.add(await record(c));
    expect(item).toMatchObject({ state: 'pending', error: { kind: 'token_revoked', status: 401 } });
  });

  test('back-off doubles from 2 s and stops growing at 10 minutes', () => {
    expect([1, 2, 3, 4, 5].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(retryDelay(30)).toBe(600_000);
  });
});
