import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

type Err = { error: { code: string; message: string } };
const json = { 'content-type': 'application/json' };

async function setup() {
  const t = await testApp();
  const pr = await userWithToken(t.deps, 'pr_lead');
  const staff = await userWithToken(t.deps, 'staff');
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = pr.headers) =>
    t.app.request(path, { method, headers: { ...json, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { ...t, pr, staff, send };
}

describe('brands and risk terms', () => {
  test('pr_lead adds, edits and removes a brand; staff read it but may not change it', async () => {
    const { send, staff } = await setup();
    const res = await send('POST', '/api/brands', { name: '青禾乳业', aliases: ['青禾', '清禾'], excludes: ['青禾苗'], people: ['周明远'] });
    expect(res.status).toBe(201);
    const brand = (await res.json()) as { id: string; aliases: string[] };
    expect(brand.aliases).toEqual(['青禾', '清禾']);

    expect((await send('POST', '/api/brands', { name: '别的品牌' }, staff.headers)).status).toBe(403);
    expect(((await (await send('GET', '/api/brands', undefined, staff.headers)).json()) as unknown[]).length).toBe(1);

    const dup = await send('POST', '/api/brands', { name: '青禾乳业' });
    expect(dup.status).toBe(409);
    expect(((await dup.json()) as Err).error.code).toBe('brand_exists');

    const put = await send('PUT', `/api/brands/${brand.id}`, { name: '青禾乳业', aliases: ['青禾', 'QINGHE'] });
    expect(await put.json()).toMatchObject({ aliases: ['青禾', 'QINGHE'], excludes: [] });
    expect((await send('DELETE', `/api/brands/${brand.id}`)).status).toBe(204);
    expect((await send('GET', `/api/brands/${brand.id}`)).status).toBe(404);
  });

  test('invalid input gets a 400 that names the field', async () => {
    const { send } = await setup();
    const bad = await send('POST', '/api/brands', { name: '青禾', aliases: [''] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Err).error.message).toContain('aliases.0');
    const term = await send('POST', '/api/rules/terms', { term: '天气', category: 'weather', weight: 3 });
    expect(term.status).toBe(400);
    expect(((await term.json()) as Err).error.message).toContain('category');
  });

  test('risk terms: add, duplicate, change, remove', async () => {
    const { send } = await setup();
    const res = await send('POST', '/api/rules/terms', { term: '过敏', category: 'safety', weight: 6 });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await send('POST', '/api/rules/terms', { term: '过敏', category: 'quality', weight: 2 })).status).toBe(409);
    expect(await (await send('PUT', `/api/rules/terms/${id}`, { term: '过敏', category: 'safety', weight: 8 })).json()).toMatchObject({ weight: 8 });
    expect((await send('DELETE', `/api/rules/terms/${id}`)).status).toBe(204);
    expect((await send('DELETE', `/api/rules/terms/${id}`)).status).toBe(404);
  });
});

describe('GET /api/rules/pack', () => {
  test('ETag is the pack version; 304 while nothing changes; any change gives a new version', async () => {
    const { send, staff } = await setup();
    await send('PUT', '/api/rules/pack', demoPack);
    const first = await send('GET', '/api/rules/pack', undefined, staff.headers);
    expect(first.status).toBe(200);
    const pack = (await first.json()) as typeof demoPack;
    expect(first.headers.get('etag')).toBe(`"${pack.version}"`);
    expect(pack.brands.map((b) => b.name)).toEqual(['青禾乳业']);
    expect(pack.riskTerms).toHaveLength(demoPack.riskTerms.length);

    const again = await send('GET', '/api/rules/pack', undefined, { ...staff.headers, 'if-none-match': `"${pack.version}"` });
    expect(again.status).toBe(304);

    await send('POST', '/api/rules/terms', { term: '致敏', category: 'safety', weight: 5 });
    const changed = await send('GET', '/api/rules/pack', undefined, { ...staff.headers, 'if-none-match': `"${pack.version}"` });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });

  test('the same content has the same version; an import replaces everything or nothing', async () => {
    const { send } = await setup();
    const a = (await (await send('PUT', '/api/rules/pack', demoPack)).json()) as { version: string };
    const b = (await (await send('PUT', '/api/rules/pack', { ...demoPack, version: 'whatever' })).json()) as { version: string };
    expect(b.version).toBe(a.version);
    const dup = await send('PUT', '/api/rules/pack', { ...demoPack, brands: [demoPack.brands[0], demoPack.brands[0]] });
    expect(dup.status).toBe(400);
    const after = (await (await send('GET', '/api/rules/pack')).json()) as { version: string };
    expect(after.version).toBe(a.version);
  });

  test('legal reads the pack; without a token it is 401', async () => {
    const { app, deps } = await setup();
    const legal = await userWithToken(deps, 'legal');
    expect((await app.request('/api/rules/pack', { headers: legal.headers })).status).toBe(200);
    expect((await app.request('/api/rules/pack')).status).toBe(401);
  });
});
