import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../db/schema/audit-events.ts';
import { brands } from '../db/schema/brands.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

async function setup() {
  const clock = fixedClock(new Date('2026-11-22T22:10:00+08:00'));
  const t = await testApp({ clock });
  const at = clock.now().toISOString();
  await t.db.insert(brands).values({ id: 'b1', name: '青禾乳业', aliases: ['青禾', 'QH乳业'], excludes: [], people: [], terms: [], createdAt: at, updatedAt: at });
  const lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  const staff = (await userWithToken(t.deps, 'staff')).headers;
  return { ...t, clock, lead, legal, staff, call: jsonCaller(t.app) };
}

const severe = (firstStatementHours: number) => ({
  mild: [],
  moderate: [{ kind: 'response', hours: 48, optional: false }],
  severe: [
    { kind: 'holding_statement', hours: 5, optional: true },
    { kind: 'first_statement', hours: firstStatementHours, optional: false },
    { kind: 'investigation', hours: 48, optional: false },
  ],
});

describe('monitoring settings per brand (issue 11)', () => {
  test('a brand starts on the defaults; a PR lead shortens 重度 to 12 h; new incidents use it, running ones keep theirs; audited', async () => {
    const h = await setup();
    const first = await h.call('GET', `/api/monitor/settings?brand=${encodeURIComponent('青禾乳业')}`, h.legal);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ brand: '青禾乳业', isDefault: true, updatedAt: null, settings: { preset: 'balanced', minCount: 20 } });
    expect(first.body.settings.deadlines.severe.map((d: { hours: number }) => d.hours)).toEqual([5, 24, 48]);

    const running = await h.call('POST', '/api/incidents', h.lead, { title: '异物事件', brand: '青禾乳业', level: 'severe' });
    const put = await h.call('PUT', '/api/monitor/settings', h.lead, { brand: '青禾乳业', settings: { ...first.body.settings, preset: 'strict', deadlines: severe(12) } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ isDefault: false, updatedAt: '2026-11-22T14:10:00.000Z', settings: { preset: 'strict' } });
    expect((await h.call('GET', '/api/monitor/settings?brand=青禾乳业', h.lead)).body.settings.deadlines.severe[1].hours).toBe(12);

    const later = await h.call('POST', '/api/incidents', h.lead, { title: '第二起', brand: '青禾乳业', level: 'severe' });
    const due = (b: { deadlines: { kind: string; due: string }[] }) => b.deadlines.find((d) => d.kind === 'first_statement')?.due;
    expect(due(later.body)).toBe('2026-11-23T02:10:00.000Z'); // 12 h after 22:10 Beijing
    expect(due((await h.call('GET', `/api/incidents/${running.body.id}`, h.lead)).body)).toBe('2026-11-23T14:10:00.000Z'); // still 24 h

    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'monitor.settings_changed'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.subject).toBe('brand:青禾乳业');
    expect(Object.keys(audit[0]!.detail as object).sort()).toEqual(['deadlines', 'preset']);
  });

  test('refuses what the hourly run could not use, with a named error and nothing stored; staff and legal cannot change it', async () => {
    const h = await setup();
    const base = (await h.call('GET', '/api/monitor/settings?brand=青禾乳业', h.lead)).body.settings;
    const cases: [string, unknown, number, string][] = [
      ['a level naming a deadline twice', { brand: '青禾乳业', settings: { ...base, deadlines: { ...severe(24), moderate: [{ kind: 'response', hours: 24 }, { kind: 'response', hours: 48 }] } } }, 400, 'invalid_request'],
      ['a deadline of 0 hours', { brand: '青禾乳业', settings: { ...base, deadlines: severe(0) } }, 400, 'invalid_request'],
      ['an unknown preset', { brand: '青禾乳业', settings: { ...base, preset: 'panic' } }, 400, 'invalid_request'],
      ['a negative minimum count', { brand: '青禾乳业', settings: { ...base, minCount: -1 } }, 400, 'invalid_request'],
      ['a brand not in the rule pack', { brand: '别家乳业', settings: base }, 400, 'unknown_brand'],
    ];
    for (const [what, body, status, code] of cases) {
      const res = await h.call('PUT', '/api/monitor/settings', h.lead, body);
      expect([res.status, res.body.error?.code], what).toEqual([status, code]);
      expect(res.body.error.message, what).toMatch(/\S/);
    }
    expect((await h.call('GET', '/api/monitor/settings?brand=青禾乳业', h.lead)).body.isDefault).toBe(true);
    expect((await h.call('PUT', '/api/monitor/settings', h.staff, { brand: '青禾乳业', settings: base })).status).toBe(403);
    expect((await h.call('PUT', '/api/monitor/settings', h.legal, { brand: '青禾乳业', settings: base })).status).toBe(403);
    expect((await h.call('GET', '/api/monitor/settings?brand=青禾乳业', h.staff)).status).toBe(403);
  });
});
