import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import type { RulePack } from '@vigil/shared/schemas/rules';
import { testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

// The brand's own accounts (issue 13 item 2): kept with the brand, edited by the PR lead, served in the pack the
// extension syncs (a change is a new pack version, so every extension picks it up on its next sync).

const json = { 'content-type': 'application/json' };

async function setup() {
  const t = await testApp();
  const pr = await userWithToken(t.deps, 'pr_lead');
  const staff = await userWithToken(t.deps, 'staff');
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = pr.headers) =>
    t.app.request(path, { method, headers: { ...json, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { send, staff };
}

describe('own accounts of a brand', () => {
  test('the PR lead lists them; the pack staff sync carries them, under a new version', async () => {
    const { send, staff } = await setup();
    const brand = (await (await send('POST', '/api/brands', { name: '青禾乳业', aliases: ['青禾'] })).json()) as { id: string; ownAccounts: unknown[] };
    expect(brand.ownAccounts).toEqual([]);
    const before = (await (await send('GET', '/api/rules/pack', undefined, staff.headers)).json()) as RulePack;
    expect(before.brands[0]).not.toHaveProperty('ownAccounts');

    const put = await send('PUT', `/api/brands/${brand.id}`, {
      name: '青禾乳业', aliases: ['青禾'],
      ownAccounts: [{ platform: 'weibo', name: '@青禾乳业官方', uid: '1650123456' }, { platform: 'weibo', name: '周明远', role: 'executive' }],
    });
    expect(put.status).toBe(200);
    const expected = [{ platform: 'weibo', name: '青禾乳业官方', uid: '1650123456', role: 'official' }, { platform: 'weibo', name: '周明远', role: 'executive' }];
    expect(((await put.json()) as { ownAccounts: unknown }).ownAccounts).toEqual(expected);

    const after = (await (await send('GET', '/api/rules/pack', undefined, staff.headers)).json()) as RulePack;
    expect(after.brands[0]?.ownAccounts).toEqual(expected);
    expect(after.version).not.toBe(before.version);
  });

  test('staff may not edit them; an account without a name or platform is refused with the field named', async () => {
    const { send, staff } = await setup();
    const brand = (await (await send('POST', '/api/brands', { name: '青禾乳业' })).json()) as { id: string };
    const body = { name: '青禾乳业', ownAccounts: [{ platform: 'weibo', name: '青禾乳业官方' }] };
    expect((await send('PUT', `/api/brands/${brand.id}`, body, staff.headers)).status).toBe(403);
    const bad = await send('PUT', `/api/brands/${brand.id}`, { name: '青禾乳业', ownAccounts: [{ platform: 'weibo', name: '' }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('ownAccounts');
    const stored = (await (await send('GET', `/api/brands/${brand.id}`)).json()) as { ownAccounts: unknown[] };
    expect(stored.ownAccounts).toEqual([]);
  });

  test('an imported pack (seed --demo) keeps the demo brand’s official and executive accounts', async () => {
    const { send, staff } = await setup();
    expect((await send('PUT', '/api/rules/pack', demoPack)).status).toBe(200);
    const pack = (await (await send('GET', '/api/rules/pack', undefined, staff.headers)).json()) as RulePack;
    const own = pack.brands[0]?.ownAccounts ?? [];
    expect(own).toContainEqual({ platform: 'weibo', name: '青禾乳业官方', uid: '1650123456', role: 'official' });
    expect(own.some((a) => a.role === 'executive')).toBe(true);
  });
});
