import { describe, expect, test } from 'vitest';
import { adapterHealth } from '../db/schema/adapter-health.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

// Adapter health over HTTP (issue 12 item 4): extensions report counts per hour, site and field; admins read the
// 24 h rates against the 7 days before, with the sharp drops marked.

const NOW = '2026-11-22T17:40:00+08:00';
const hoursAgo = (h: number) => new Date(Date.parse(NOW) - h * 3_600_000).toISOString();
const report = (hour: string, fields: Record<string, [number, number, number]>, pages = 1, units = 11, site = 'weibo') => ({
  hour, site, platform: site === 'weibo-mobile' ? 'weibo' : site, pages, units,
  fields: Object.fromEntries(Object.entries(fields).map(([f, [primary, fallback, missing]]) => [f, { primary, fallback, missing }])),
});

async function setup() {
  const t = await testApp({ clock: fixedClock(new Date(NOW)) });
  const call = jsonCaller(t.app);
  const staff = (await userWithToken(t.deps, 'staff')).headers;
  const admin = (await userWithToken(t.deps, 'admin')).headers;
  return { ...t, call, staff, admin };
}

describe('adapter health', () => {
  test('running totals per hour: a resend counts once, two people add up, and no text or URL is taken', async () => {
    const h = await setup();
    const other = (await userWithToken(h.deps, 'pr_lead')).headers;
    const first = { reports: [report(hoursAgo(0), { text: [10, 1, 0], author: [11, 0, 0] }, 1, 11)] };
    expect(await h.call('POST', '/api/adapter-health', h.staff, first)).toEqual({ status: 200, body: { stored: 1, skipped: 0 } });
    await h.call('POST', '/api/adapter-health', h.staff, first); // the queue resent it
    // Later in the hour the same person's running total has grown; an older total arriving late changes nothing.
    await h.call('POST', '/api/adapter-health', h.staff, { reports: [report(hoursAgo(0), { text: [20, 2, 0], author: [22, 0, 0] }, 2, 22)] });
    await h.call('POST', '/api/adapter-health', h.staff, first);
    await h.call('POST', '/api/adapter-health', other, { reports: [report(hoursAgo(0), { text: [5, 0, 0] }, 1, 5)] });

    const view = await h.call('GET', '/api/adapter-health', h.admin);
    expect(view.status).toBe(200);
    const text = view.body.fields.find((f: { site: string; field: string }) => f.site === 'weibo' && f.field === 'text');
    expect(text.day).toEqual({ primary: 25, fallback: 2, missing: 0, total: 27, primaryRate: 0.926, fallbackShare: 0.074, reporters: 2 });
    expect(text.anomaly).toBe(false);
    expect(view.body.sites).toEqual([{ site: 'weibo', platform: 'weibo', pages: 3, units: 27, unitsPerPage: 9, weekPages: 0, weekUnitsPerPage: null, anomaly: false }]);
    const stored = JSON.stringify(await h.db.select().from(adapterHealth));
    expect(stored).not.toMatch(/http|青禾/);
  });

  test('a field whose selectors stopped matching is marked against the 7 days before; too few samples are not', async () => {
    const h = await setup();
    const week = [30, 60, 100].map((ago) => report(hoursAgo(ago), { text: [11, 0, 0], time: [10, 0, 1], likes: [3, 0, 0] }));
    await h.call('POST', '/api/adapter-health', h.staff, { reports: week });
    // Today a release: the text is found by the structural fallback, the time still by its selector; likes are rare.
    await h.call('POST', '/api/adapter-health', h.staff, { reports: [report(hoursAgo(1), { text: [1, 10, 0], time: [11, 0, 0], likes: [0, 2, 0] })] });
    const { body } = await h.call('GET', '/api/adapter-health', h.admin);
    const row = (field: string) => body.fields.find((f: { field: string }) => f.field === field);
    expect(row('text')).toMatchObject({ anomaly: true, day: { primaryRate: 0.091, fallbackShare: 0.909 }, week: { primaryRate: 1, total: 33 } });
    expect(row('time')).toMatchObject({ anomaly: false, day: { primaryRate: 1 }, week: { primaryRate: 0.909, missing: 3 } });
    expect(row('likes')).toMatchObject({ anomaly: false, day: { primaryRate: 0, total: 2 } });
    expect(body.sites[0]).toMatchObject({ unitsPerPage: 11, weekPages: 3, weekUnitsPerPage: 11, anomaly: false });
    // The view as it was two days ago saw none of today's reports.
    const before = await h.call('GET', `/api/adapter-health?at=${encodeURIComponent(hoursAgo(48))}`, h.admin);
    expect(before.body.fields.find((f: { field: string }) => f.field === 'text').day.total).toBe(11);
  });

  test('a site whose pages show no units any more is marked, though no field has samples to drop', async () => {
    const h = await setup();
    await h.call('POST', '/api/adapter-health', h.staff, { reports: [30, 60, 100].map((ago) => report(hoursAgo(ago), { text: [22, 0, 0] }, 2, 22, 'douyin')) });
    await h.call('POST', '/api/adapter-health', h.staff, { reports: [report(hoursAgo(1), {}, 4, 0, 'douyin'), report(hoursAgo(1), { text: [3, 0, 0] }, 1, 3, 'zhihu')] });
    const { body } = await h.call('GET', '/api/adapter-health', h.admin);
    expect(body.sites.map((s: { site: string; unitsPerPage: number; weekUnitsPerPage: number | null; anomaly: boolean }) => [s.site, s.unitsPerPage, s.weekUnitsPerPage, s.anomaly]))
      .toEqual([['douyin', 0, 11, true], ['zhihu', 3, null, false]]);
  });

  test('shapes and sizes are checked; stale or future hours are skipped, the rest kept; only admins read the view', async () => {
    const h = await setup();
    const bad = [
      { reports: [] },
      { reports: [{ ...report(hoursAgo(0), { text: [1, 0, 0] }), url: undefined, fields: { 'text <b>': { primary: 1, fallback: 0, missing: 0 } } }] },
      { reports: [report(hoursAgo(0), { text: [-1, 0, 0] })] },
      { reports: [report(hoursAgo(0), Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`f${String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))}`, [1, 0, 0] as [number, number, number]])))] },
      { reports: Array.from({ length: 201 }, () => report(hoursAgo(0), { text: [1, 0, 0] })) },
      { reports: [report('yesterday', { text: [1, 0, 0] })] },
      { reports: [report(hoursAgo(0), { text: [1, 0, 0] }, 1, 1, 'https://weibo.com/')] },
    ];
    for (const body of bad) {
      const res = await h.call('POST', '/api/adapter-health', h.staff, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBeTruthy();
    }
    expect(await h.db.select().from(adapterHealth)).toEqual([]);
    const mixed = { reports: [report(hoursAgo(24 * 9), { text: [1, 0, 0] }), report(hoursAgo(-3), { text: [1, 0, 0] }), report(hoursAgo(2), { text: [4, 0, 0] })] };
    expect((await h.call('POST', '/api/adapter-health', h.staff, mixed)).body).toEqual({ stored: 1, skipped: 2 });
    for (const role of ['staff', 'pr_lead', 'legal'] as const) {
      const res = await h.call('GET', '/api/adapter-health', (await userWithToken(h.deps, role)).headers);
      expect(res.status).toBe(403);
    }
    expect((await h.call('GET', '/api/adapter-health', {})).status).toBe(401);
  });
});
