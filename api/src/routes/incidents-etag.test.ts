import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Server } from 'node:http';
import { startHttpServer } from '../lib/http-server.ts';
import { fixedClock, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

/** The side panel polls the incident list; over real HTTP it revalidates with If-None-Match and gets 304s. */
const clock = fixedClock(new Date('2026-11-22T22:10:00+08:00'));
let server: Server;
let base: string;
let lead: Record<string, string>;
let staff: Record<string, string>;
beforeAll(async () => {
  const t = await testApp({ clock });
  lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  staff = (await userWithToken(t.deps, 'staff')).headers;
  const started = await startHttpServer(t.app.fetch, { port: 0, hostname: '127.0.0.1' });
  server = started.server;
  base = `http://127.0.0.1:${started.port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const list = (etag?: string, query = '') => fetch(`${base}/api/incidents${query}`, { headers: { ...staff, ...(etag ? { 'if-none-match': etag } : {}) } });
const send = (method: string, path: string, body: unknown) =>
  fetch(`${base}${path}`, { method, headers: { ...lead, 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The current tag, after checking that the tag it replaces no longer gives 304. */
async function changedFrom(old: string): Promise<string> {
  const res = await list(old);
  expect(res.status).toBe(200);
  const etag = res.headers.get('etag')!;
  expect(etag).not.toBe(old);
  return etag;
}

describe('GET /api/incidents conditional requests', () => {
  test('304 while nothing changes; a new ETag when an incident, its deadline or its status changes', async () => {
    const empty = await list();
    expect([empty.status, empty.headers.get('cache-control')]).toEqual([200, 'private, no-cache']);
    let etag = empty.headers.get('etag')!;
    expect(etag).toMatch(/^"incidents-[0-9a-f]{32}"$/);

    const made = (await (await send('POST', '/api/incidents', { title: '客服投诉集中', brand: '青禾乳业', level: 'moderate' })).json()) as { id: string };
    etag = await changedFrom(etag);
    const same = await list(etag);
    expect([same.status, await same.text()]).toEqual([304, '']);
    expect((await list(`"other", W/${etag}`)).status).toBe(304);

    // A note only reaches the timeline, which the list leaves out: still 304.
    await send('PATCH', `/api/incidents/${made.id}`, { note: '已联系客户' });
    expect((await list(etag)).status).toBe(304);

    await send('PATCH', `/api/incidents/${made.id}`, { level: 'severe' });
    etag = await changedFrom(etag);
    await send('PATCH', `/api/incidents/${made.id}`, { deadlineMet: { kind: 'first_statement' } });
    etag = await changedFrom(etag);
    clock.advance(6 * 3_600_000); // the 5 h holding statement goes overdue with no write at all
    etag = await changedFrom(etag);
    await send('PATCH', `/api/incidents/${made.id}`, { status: 'closed', review: '复盘：客服话术更新。' });
    etag = await changedFrom(etag);
    expect((await list(etag)).status).toBe(304);
    // Another filter is another list, with its own tag.
    expect((await list(etag, '?status=open')).status).toBe(200);
  });
});
