import { describe, expect, test } from 'vitest';
import { exportPublicJwk, generateDeviceKey, jwkThumbprint } from '@vigil/shared/evidence/signature';
import { testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

const json = (headers: Record<string, string>) => ({ ...headers, 'content-type': 'application/json' });

describe('devices', () => {
  test('any signed-in user registers a device key, sees only their own, and re-registering is idempotent', async () => {
    const { app, deps } = await testApp();
    const staff = await userWithToken(deps, 'staff');
    const legal = await userWithToken(deps, 'legal');
    const publicKeyJwk = await exportPublicJwk((await generateDeviceKey()).publicKey);
    const body = JSON.stringify({ name: 'Chrome · 客服电脑', publicKeyJwk });

    const first = await app.request('/api/devices', { method: 'POST', headers: json(staff.headers), body });
    expect(first.status).toBe(201);
    const device = (await first.json()) as { id: string; keyThumbprint: string };
    expect(device.keyThumbprint).toBe(await jwkThumbprint(publicKeyJwk));

    const again = await app.request('/api/devices', { method: 'POST', headers: json(staff.headers), body });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(device.id);

    const stolen = await app.request('/api/devices', { method: 'POST', headers: json(legal.headers), body });
    expect(stolen.status).toBe(409);
    expect(((await stolen.json()) as { error: { code: string } }).error.code).toBe('key_taken');

    const mine = (await (await app.request('/api/devices', { headers: staff.headers })).json()) as { items: { id: string }[] };
    expect(mine.items.map((d) => d.id)).toEqual([device.id]);
    const theirs = (await (await app.request('/api/devices', { headers: legal.headers })).json()) as { items: unknown[] };
    expect(theirs.items).toEqual([]);
  });

  test('a key that is not a P-256 point, or no sign-in, is refused', async () => {
    const { app, deps } = await testApp();
    const staff = await userWithToken(deps, 'staff');
    const publicKeyJwk = { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) };
    const res = await app.request('/api/devices', { method: 'POST', headers: json(staff.headers), body: JSON.stringify({ name: 'x', publicKeyJwk }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_key');
    expect((await app.request('/api/devices')).status).toBe(401);
  });
});
