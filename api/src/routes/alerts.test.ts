import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { alerts } from '../db/schema/alerts.ts';
import { auditEvents } from '../db/schema/audit-events.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { deliverDue, enqueueAlerts } from '../notify/deliver.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';
import { localRobot } from '../test-support/robot.ts';

// 忽略 / 恢复 (alert triage): a PR lead acts on every alert — opens an incident, joins one, or sets it aside with a
// reason — and the 预警 list's 待处理 view holds only what nobody has acted on yet.

const robot = localRobot();

const alert = (id: string, over: Partial<typeof alerts.$inferInsert> = {}): typeof alerts.$inferInsert => ({
  id, brand: '青禾乳业', rule: 'volume', scope: '', hour: '2026-11-22T13:00:00.000Z', level: 'moderate', observed: 95,
  baseline: { median: 21, mad: 2, basis: 'hour_of_week_4w', points: [20, 24, 18, 22] }, score: 16.2, preset: 'balanced',
  explanation: '「青禾乳业」提及在 2026-11-22 21:00 这一小时有 95 条', topPosts: [{ key: `weibo:${id}`, platform: 'weibo', text: '青禾牛奶喝出异物', permalink: null, reach: 900, reachVelocity: null }],
  topTerms: [], createdAt: '2026-11-22T13:05:00.000Z', ...over,
});

async function setup() {
  robot.received.length = 0;
  const clock = fixedClock(new Date('2026-11-22T21:10:00+08:00'));
  const t = await testApp({ clock });
  const lead = await userWithToken(t.deps, 'pr_lead', { name: '王芳' });
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  const staff = (await userWithToken(t.deps, 'staff')).headers;
  await t.db.insert(alerts).values([alert('a-volume'), alert('a-share', { rule: 'negative_share' }), alert('a-category', { rule: 'category', scope: '安全' })]);
  return { ...t, clock, lead: lead.headers, leadId: lead.user.id, legal, staff, call: jsonCaller(t.app) };
}
const ids = (body: { alerts: { id: string }[] }) => body.alerts.map((a) => a.id).sort();

describe('alert triage: 忽略 with a reason, 恢复, and the 待处理 view', () => {
  test('a PR lead sets an alert aside as 误报; it leaves 待处理, shows who and why, and is audited', async () => {
    const h = await setup();
    expect(ids((await h.call('GET', '/api/alerts?state=pending', h.lead)).body)).toEqual(['a-category', 'a-share', 'a-volume']);
    const res = await h.call('PATCH', '/api/alerts/a-share', h.lead, { dismissed: true, reason: 'false_alarm', note: '竞品水军刷屏，与我方无关' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'a-share', dismissedAt: '2026-11-22T13:10:00.000Z', dismissedBy: h.leadId, dismissedByName: '王芳', dismissReason: 'false_alarm', dismissNote: '竞品水军刷屏，与我方无关',
    });
    expect(ids((await h.call('GET', '/api/alerts?state=pending', h.lead)).body)).toEqual(['a-category', 'a-volume']);
    // The tab's count: the total beyond the limit, one row fetched.
    const counted = (await h.call('GET', '/api/alerts?state=pending&limit=1', h.lead)).body;
    expect([counted.alerts.length, counted.total]).toEqual([1, 2]);
    expect(ids((await h.call('GET', '/api/alerts?state=dismissed', h.legal)).body)).toEqual(['a-share']);
    expect(ids((await h.call('GET', '/api/alerts', h.lead)).body)).toHaveLength(3);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.subject, 'alert:a-share'));
    expect(audit.map((a) => [a.action, a.actorId, a.detail])).toEqual([['alert.dismissed', h.leadId, { reason: 'false_alarm', note: '竞品水军刷屏，与我方无关' }]]);
  });

  test('恢复 puts it back in 待处理; doing the same twice changes nothing and logs nothing', async () => {
    const h = await setup();
    await h.call('PATCH', '/api/alerts/a-share', h.lead, { dismissed: true, reason: 'known' });
    const again = await h.call('PATCH', '/api/alerts/a-share', h.lead, { dismissed: true, reason: 'duplicate' });
    expect(again.body.dismissReason).toBe('known');
    const back = await h.call('PATCH', '/api/alerts/a-share', h.lead, { dismissed: false });
    expect(back.body).toMatchObject({ dismissedAt: null, dismissedBy: null, dismissedByName: null, dismissReason: null, dismissNote: null });
    expect(ids((await h.call('GET', '/api/alerts?state=pending', h.lead)).body)).toContain('a-share');
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.subject, 'alert:a-share'));
    expect(audit.map((a) => [a.action, a.detail])).toEqual([['alert.dismissed', { reason: 'known' }], ['alert.restored', { was: 'known' }]]);
  });

  test.each([
    ['no reason', { dismissed: true }, 400, 'invalid_request'],
    ['“other” without saying why', { dismissed: true, reason: 'other' }, 400, 'invalid_request'],
    ['a reason nobody offers', { dismissed: true, reason: 'boring' }, 400, 'invalid_request'],
    ['a note too long', { dismissed: true, reason: 'other', note: '长'.repeat(501) }, 400, 'invalid_request'],
  ])('refused: %s', async (_name, body, status, code) => {
    const h = await setup();
    const res = await h.call('PATCH', '/api/alerts/a-share', h.lead, body);
    expect([res.status, res.body.error.code]).toEqual([status, code]);
    expect(res.body.error.message).toBeTruthy();
    expect((await h.call('GET', '/api/alerts/a-share', h.lead)).body.dismissedAt).toBeNull();
  });

  test('only PR leads set alerts aside; an unknown alert is a 404; an alert in an incident is handled there (409)', async () => {
    const h = await setup();
    expect((await h.call('PATCH', '/api/alerts/a-share', h.legal, { dismissed: true, reason: 'known' })).status).toBe(403);
    expect((await h.call('PATCH', '/api/alerts/a-share', h.staff, { dismissed: true, reason: 'known' })).status).toBe(403);
    const missing = await h.call('PATCH', '/api/alerts/nope', h.lead, { dismissed: true, reason: 'known' });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'alert_not_found']);
    await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物', brand: '青禾乳业', level: 'severe', alertId: 'a-volume' });
    const held = await h.call('PATCH', '/api/alerts/a-volume', h.lead, { dismissed: true, reason: 'false_alarm' });
    expect([held.status, held.body.error.code]).toEqual([409, 'alert_has_incident']);
    expect(ids((await h.call('GET', '/api/alerts?state=incident', h.lead)).body)).toEqual(['a-volume']);
  });

  test('a set-aside alert that turns out real: opening or joining an incident clears the 忽略', async () => {
    const h = await setup();
    await h.call('PATCH', '/api/alerts/a-volume', h.lead, { dismissed: true, reason: 'known' });
    await h.call('PATCH', '/api/alerts/a-share', h.lead, { dismissed: true, reason: 'duplicate' });
    const made = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物', brand: '青禾乳业', level: 'severe', alertId: 'a-volume' });
    expect((await h.call('GET', '/api/alerts/a-volume', h.lead)).body).toMatchObject({ incidentId: made.body.id, dismissedAt: null, dismissReason: null });
    await h.call('PATCH', `/api/incidents/${made.body.id}`, h.lead, { link: { kind: 'alert', ref: 'a-share' } });
    expect((await h.call('GET', '/api/alerts/a-share', h.lead)).body).toMatchObject({ incidentId: made.body.id, dismissedAt: null });
    expect(ids((await h.call('GET', '/api/alerts?state=dismissed', h.lead)).body)).toEqual([]);
  });

  test('its messages still held for the hourly bundle are withdrawn, so the channel is never told; 恢复 sends them', async () => {
    const h = await setup();
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: robot.url, minLevel: 'moderate' });
    const rows = await h.db.select().from(alerts);
    await enqueueAlerts(h.deps, rows.filter((a) => a.id !== 'a-volume'));
    await h.call('PATCH', '/api/alerts/a-share', h.lead, { dismissed: true, reason: 'false_alarm' });
    const deliveries = await h.call('GET', '/api/notify/deliveries', h.lead);
    expect(deliveries.body.deliveries.map((d: { subject: string; status: string; heldFor: string }) => [d.subject, d.status, d.heldFor]).sort()).toEqual([
      ['alert:a-category', 'pending', 'hourly_bundle'], ['alert:a-share', 'withdrawn', 'alert_dismissed'],
    ]);
    h.clock.advance(3_600_000);
    expect(await deliverDue(h.deps)).toBe(1);
    expect(robot.received).toHaveLength(1);
    expect(robot.received[0]).not.toContain('negative');
    // 恢复 before the next tick: the withdrawn message goes out then.
    await h.call('PATCH', '/api/alerts/a-share', h.lead, { dismissed: false });
    expect(await deliverDue(h.deps)).toBe(1);
    const after = await h.db.select().from(notifyDeliveries).where(eq(notifyDeliveries.subject, 'alert:a-share'));
    expect(after.map((d) => d.status)).toEqual(['sent']);
  });
});

describe('taking a link off an incident', () => {
  test('an alert joined by mistake is unlinked: free again, the timeline names it in words, its posts stay until taken off', async () => {
    const h = await setup();
    const made = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物', brand: '青禾乳业', level: 'severe', alertId: 'a-volume' });
    const id = made.body.id;
    await h.call('PATCH', `/api/incidents/${id}`, h.lead, { link: { kind: 'alert', ref: 'a-share' } });
    const res = await h.call('PATCH', `/api/incidents/${id}`, h.lead, { unlink: { kind: 'alert', ref: 'a-share' } });
    expect(res.status).toBe(200);
    expect(res.body.links.map((l: { kind: string; ref: string }) => `${l.kind}:${l.ref}`).sort()).toEqual(['alert:a-volume', 'mention:weibo:a-share', 'mention:weibo:a-volume']);
    expect(res.body.timeline.at(-1)).toMatchObject({ type: 'unlinked', detail: { kind: 'alert', ref: 'a-share', words: '「青禾乳业」提及在 2026-11-22 21:00 这一小时有 95 条' } });
    expect((await h.call('GET', '/api/alerts/a-share', h.lead)).body.incidentId).toBeNull();
    expect(ids((await h.call('GET', '/api/alerts?state=pending', h.lead)).body)).toEqual(['a-category', 'a-share']);
    const post = await h.call('PATCH', `/api/incidents/${id}`, h.lead, { unlink: { kind: 'mention', ref: 'weibo:a-share' } });
    expect(post.body.links.map((l: { ref: string }) => l.ref).sort()).toEqual(['a-volume', 'weibo:a-volume']);
    // The alert can now open its own incident.
    expect((await h.call('POST', '/api/incidents', h.lead, { title: '负面占比', brand: '青禾乳业', level: 'moderate', alertId: 'a-share' })).status).toBe(201);
  });

  test('unlinking what is not linked is a named 404 and changes nothing; legal may not unlink', async () => {
    const h = await setup();
    const made = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物', brand: '青禾乳业', level: 'severe', alertId: 'a-volume' });
    const res = await h.call('PATCH', `/api/incidents/${made.body.id}`, h.lead, { unlink: { kind: 'alert', ref: 'a-share' }, note: '不应写入' });
    expect([res.status, res.body.error.code]).toEqual([404, 'link_not_found']);
    const after = await h.call('GET', `/api/incidents/${made.body.id}`, h.lead);
    expect(after.body.timeline.map((e: { type: string }) => e.type)).toEqual(['opened']);
    expect((await h.call('PATCH', `/api/incidents/${made.body.id}`, h.legal, { unlink: { kind: 'alert', ref: 'a-volume' } })).status).toBe(403);
    expect((await h.call('GET', '/api/alerts/a-volume', h.lead)).body.incidentId).toBe(made.body.id);
  });

  test('taking the holding statement off leaves the incident without one', async () => {
    const h = await setup();
    const made = await h.call('POST', '/api/incidents', h.lead, { title: 'x', brand: '青禾乳业', level: 'severe' });
    // Not linked: nothing to take off.
    expect((await h.call('PATCH', `/api/incidents/${made.body.id}`, h.lead, { unlink: { kind: 'reply_version', ref: 'v1' } })).status).toBe(404);
  });
});
