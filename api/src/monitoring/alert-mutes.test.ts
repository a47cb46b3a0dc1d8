import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { alertMutes } from '../db/schema/alert-mutes.ts';
import { alerts } from '../db/schema/alerts.ts';
import { auditEvents } from '../db/schema/audit-events.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { enqueueAlerts } from '../notify/deliver.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { freshDb } from '../test-support/db.ts';
import { userWithToken } from '../test-support/users.ts';
import { applyMutes } from './alert-mutes.ts';
import { insertMentions } from './bulk.ts';
import { surgeHistory } from '../test-support/surges.ts';
import { runDetection } from './detect.ts';
import { HOUR, iso } from './time.ts';

// 静默 (issue 11, monitoring.md D1/D2/D9): a PR lead who sets aside an alert about a story the team already knows
// can mute its rule for some hours. Detection goes on and keeps a trace; nobody is messaged; a higher level breaks
// through; 解除静默 or 恢复 ends it early.

const brand = '青禾乳业';
const H1 = Date.parse('2026-11-22T10:00:00+08:00');
const H2 = H1 + 3 * HOUR;


async function setup() {
  const clock = fixedClock(new Date(H1 + HOUR + 5 * 60_000));
  const t = await testApp({ clock });
  const lead = await userWithToken(t.deps, 'pr_lead', { name: '王芳' });
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  const staff = (await userWithToken(t.deps, 'staff')).headers;
  await insertMentions(t.db, surgeHistory(brand, [H1, H2], '青禾乳业新品发布会今天下午开，抽奖送牛奶'));
  return { ...t, clock, lead: lead.headers, leadId: lead.user.id, legal, staff, call: jsonCaller(t.app) };
}

describe('静默: muting a known story for some hours', () => {
  test('the next surge of the same rule is stored set aside in the mute’s name, and no channel is told', async () => {
    const h = await setup();
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: 'http://127.0.0.1:9/wecom?key=k', minLevel: 'mild' });
    const first = await runDetection(h.db, new Date(H1 + HOUR), h.clock.now());
    const volume = first.find((a) => a.rule === 'volume')!;
    expect(volume).toBeDefined();
    const res = await h.call('PATCH', `/api/alerts/${volume.id}`, h.lead, { dismissed: true, reason: 'known', note: '新品发布会，市场部已知', muteHours: 24 });
    expect(res.status).toBe(200);
    const mutes = (await h.call('GET', '/api/alerts/mutes', h.legal)).body.mutes;
    expect(mutes).toEqual([expect.objectContaining({
      brand, rule: 'volume', scope: '', level: 'moderate', alertId: volume.id, reason: 'known', note: '新品发布会，市场部已知',
      until: iso(H1 + HOUR + 5 * 60_000 + 24 * HOUR), createdByName: '王芳', active: true, held: 0,
    })]);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.subject, `alert:${volume.id}`));
    expect(audit[0]?.detail).toMatchObject({ reason: 'known', mute: mutes[0].id, until: mutes[0].until });

    h.clock.advance(3 * HOUR);
    const second = await runDetection(h.db, new Date(H2 + HOUR), h.clock.now());
    const again = second.find((a) => a.rule === 'volume')!;
    expect(again).toMatchObject({ hour: iso(H2), muteId: mutes[0].id, dismissedByName: '王芳', dismissReason: 'known', dismissNote: '新品发布会，市场部已知' });
    expect(await enqueueAlerts(h.deps, second)).toBe(second.filter((a) => a.rule !== 'volume').length);
    expect((await h.db.select().from(notifyDeliveries)).filter((d) => d.subject === `alert:${again.id}`)).toEqual([]);
    // The trace stays: 已忽略 lists it, 待处理 does not, and the mute counts it.
    const dismissed = (await h.call('GET', '/api/alerts?state=dismissed', h.lead)).body.alerts.map((a: { id: string }) => a.id);
    expect(dismissed).toEqual(expect.arrayContaining([volume.id, again.id]));
    expect((await h.call('GET', '/api/alerts?state=pending', h.lead)).body.alerts.map((a: { rule: string }) => a.rule)).not.toContain('volume');
    expect((await h.call('GET', '/api/alerts/mutes', h.lead)).body.mutes[0].held).toBe(1);
  });

  test('解除静默 ends it: the next surge is pending and messaged; lifting twice changes nothing', async () => {
    const h = await setup();
    const volume = (await runDetection(h.db, new Date(H1 + HOUR), h.clock.now())).find((a) => a.rule === 'volume')!;
    await h.call('PATCH', `/api/alerts/${volume.id}`, h.lead, { dismissed: true, reason: 'known', muteHours: 12 });
    const [mute] = (await h.call('GET', '/api/alerts/mutes', h.lead)).body.mutes;
    expect((await h.call('DELETE', `/api/alerts/mutes/${mute.id}`, h.legal)).status).toBe(403);
    expect((await h.call('DELETE', `/api/alerts/mutes/${mute.id}`, h.staff)).status).toBe(403);
    const lifted = await h.call('DELETE', `/api/alerts/mutes/${mute.id}`, h.lead);
    expect([lifted.status, lifted.body.active, lifted.body.liftedByName]).toEqual([200, false, '王芳']);
    const twice = await h.call('DELETE', `/api/alerts/mutes/${mute.id}`, h.lead);
    expect(twice.body.liftedAt).toBe(lifted.body.liftedAt);
    expect((await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'alert.mute_lifted')))).toHaveLength(1);
    expect((await h.call('GET', '/api/alerts/mutes', h.lead)).body.mutes).toEqual([]);
    expect((await h.call('GET', '/api/alerts/mutes?all=1', h.lead)).body.mutes.map((m: { id: string }) => m.id)).toEqual([mute.id]);
    const missing = await h.call('DELETE', '/api/alerts/mutes/nope', h.lead);
    expect([missing.status, missing.body.error.code]).toEqual([404, 'mute_not_found']);

    h.clock.advance(3 * HOUR);
    const again = (await runDetection(h.db, new Date(H2 + HOUR), h.clock.now())).find((a) => a.rule === 'volume')!;
    expect(again.dismissedAt ?? null).toBeNull();
    expect((await h.call('GET', '/api/alerts?state=pending', h.lead)).body.alerts.map((a: { id: string }) => a.id)).toContain(again.id);
  });

  test('恢复 of the alert that made the mute lifts the mute too', async () => {
    const h = await setup();
    const volume = (await runDetection(h.db, new Date(H1 + HOUR), h.clock.now())).find((a) => a.rule === 'volume')!;
    await h.call('PATCH', `/api/alerts/${volume.id}`, h.lead, { dismissed: true, reason: 'duplicate', muteHours: 6 });
    await h.call('PATCH', `/api/alerts/${volume.id}`, h.lead, { dismissed: false });
    const [mute] = (await h.call('GET', '/api/alerts/mutes?all=1', h.lead)).body.mutes;
    expect(mute).toMatchObject({ active: false, liftedByName: '王芳' });
  });

  test.each([
    ['a mute on 恢复', { dismissed: false, muteHours: 6 }],
    ['zero hours', { dismissed: true, reason: 'known', muteHours: 0 }],
    ['more than a week', { dismissed: true, reason: 'known', muteHours: 169 }],
    ['hours that are not whole', { dismissed: true, reason: 'known', muteHours: 1.5 }],
  ])('refused with nothing written: %s', async (_name, body) => {
    const h = await setup();
    const volume = (await runDetection(h.db, new Date(H1 + HOUR), h.clock.now())).find((a) => a.rule === 'volume')!;
    const res = await h.call('PATCH', `/api/alerts/${volume.id}`, h.lead, body);
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_request']);
    expect(res.body.error.message).toBeTruthy();
    expect(await h.db.select().from(alertMutes)).toEqual([]);
    expect((await h.db.select().from(alerts).where(eq(alerts.id, volume.id)))[0]?.dismissedAt).toBeNull();
  });
});

describe('which new alerts a mute holds back', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');
  const mute = { id: 'm1', brand, rule: 'velocity', scope: 'weibo:123', level: 'moderate' as const, alertId: 'a0', reason: 'known' as const, note: null, until: '2026-11-22T18:00:00.000Z', createdAt: '2026-11-22T06:00:00.000Z', createdBy: 'u1', createdByName: '王芳', liftedAt: null, liftedBy: null, liftedByName: null };
  const alert = (over: Partial<typeof alerts.$inferInsert>): typeof alerts.$inferInsert => ({
    id: 'x', brand, rule: 'velocity', scope: 'weibo:123', hour: '2026-11-22T11:00:00.000Z', level: 'moderate', observed: 600, score: 1.2, preset: 'balanced',
    baseline: { median: 500, mad: 0, basis: 'threshold', points: [] }, explanation: '…', topPosts: [], topTerms: [], createdAt: now.toISOString(), ...over,
  });
  test.each([
    ['the same rule, scope and level', {}, {}, true],
    ['a lower level', { level: 'mild' as const }, {}, true],
    ['a higher level breaks through (the story got worse)', { level: 'severe' as const }, {}, false],
    ['another post', { scope: 'weibo:456' }, {}, false],
    ['another rule', { rule: 'volume' as const, scope: '' }, {}, false],
    ['another brand', { brand: '白云乳业' }, {}, false],
    ['a mute that ran out', {}, { until: '2026-11-22T12:00:00.000Z' }, false],
    ['a mute that was lifted', {}, { liftedAt: '2026-11-22T07:00:00.000Z', liftedBy: 'u1', liftedByName: '王芳' }, false],
  ])('%s', async (_name, over, muteOver, held) => {
    const db = await freshDb();
    await db.insert(alertMutes).values({ ...mute, ...muteOver });
    const [out] = await applyMutes(db, [alert(over)], now);
    expect(out?.muteId ?? null).toBe(held ? 'm1' : null);
    expect(out?.dismissedAt ?? null).toBe(held ? now.toISOString() : null);
  });
});
