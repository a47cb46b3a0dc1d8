import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditEvents } from '../db/schema/audit-events.ts';
import { notifyChannels } from '../db/schema/notify-channels.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { localRobot } from '../test-support/robot.ts';
import { userWithToken } from '../test-support/users.ts';
import { enqueueNotices, type Notice } from './deliver.ts';

// What a channel receives (接收内容): the legal team's group takes the 律师函 reminders and nothing else, the PR group
// the alerts and incidents, an admin's group the adapter alarms. And a channel can be edited without retyping the
// robot's URL, which the workspace never shows again.

const robot = localRobot();

async function setup() {
  robot.received.length = 0;
  const clock = fixedClock(new Date('2026-11-22T14:00:00+08:00'));
  const t = await testApp({ clock });
  const lead = (await userWithToken(t.deps, 'pr_lead', { name: '王芳' })).headers;
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  const call = jsonCaller(t.app);
  const add = async (name: string, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', '/api/notify/channels', lead, { kind: 'wecom', name, url: robot.url, minLevel: 'mild', ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; topics: string[] };
  };
  return { ...t, clock, lead, legal, call, add };
}

const notice = (topic: Notice['topic'], over: Partial<Notice> = {}): Notice => ({
  subject: `${topic}:1`, rule: `${topic}:r`, brand: '青禾乳业', topic, level: 'severe', title: topic, body: topic, ...over,
});

describe('接收内容: each channel receives its topics only', () => {
  test('a legal group gets the 律师函 reminders, the PR group alerts and incidents, a channel made without topics everything', async () => {
    const h = await setup();
    const legalGroup = await h.add('法务群', { topics: ['legal'] });
    const prGroup = await h.add('公关群', { topics: ['alerts', 'incidents', 'alerts'] });
    const everything = await h.add('总群');
    expect(legalGroup.topics).toEqual(['legal']);
    expect(prGroup.topics, 'a topic named twice is kept once').toEqual(['alerts', 'incidents']);
    expect(everything.topics, 'no topics given: every topic, as before topics existed').toEqual(['alerts', 'incidents', 'legal', 'adapters']);
    // A channel stored before topics existed (topics NULL) still receives everything.
    await h.deps.db.update(notifyChannels).set({ topics: null }).where(eq(notifyChannels.id, everything.id));

    await enqueueNotices(h.deps, [notice('alerts'), notice('incidents'), notice('legal'), notice('adapters', { brand: null, level: 'moderate' })]);
    const rows = await h.deps.db.select().from(notifyDeliveries);
    const got = (id: string) => rows.filter((r) => r.channelId === id).map((r) => r.title).sort();
    expect(got(legalGroup.id)).toEqual(['legal']);
    expect(got(prGroup.id)).toEqual(['alerts', 'incidents']);
    expect(got(everything.id)).toEqual(['adapters', 'alerts', 'incidents', 'legal']);
    expect((await h.call('GET', '/api/notify/channels', h.legal)).body.channels.map((c: { topics: string[] }) => c.topics)).toEqual([
      ['legal'], ['alerts', 'incidents'], ['alerts', 'incidents', 'legal', 'adapters'],
    ]);
  });

  test('a 进展通报 with only a legal group configured is refused by name, and nothing is sent or written', async () => {
    const h = await setup();
    await h.add('法务群', { topics: ['legal'] });
    const made = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物', brand: '青禾乳业', level: 'severe' });
    const res = await h.call('POST', `/api/incidents/${made.body.id}/broadcast`, h.lead, { note: '已封存同批次产品' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('no_channel');
    expect(res.body.error.message).toContain('接收内容');
    expect(robot.take()).toEqual([]);
    expect(await h.deps.db.select().from(notifyDeliveries)).toEqual([]);
  });

  test('an empty or unknown topic list is refused with a clear error, and no channel is made', async () => {
    const h = await setup();
    for (const topics of [[], ['press'], 'legal']) {
      const res = await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: robot.url, minLevel: 'mild', topics });
      expect(res.status, JSON.stringify(topics)).toBe(400);
      expect(res.body.error.code).toBeTruthy();
    }
    expect(await h.deps.db.select().from(notifyChannels)).toEqual([]);
  });
});

describe('editing a channel', () => {
  test('topics, brand, level, quiet hours and cap change in place; the audit names what changed, never the URL or secret', async () => {
    const h = await setup();
    const made = await h.add('公关群', { quietHours: { start: '22:00', end: '08:00', breakthrough: 'severe' }, brand: '青禾乳业', secret: 'SEC-old' });
    const res = await h.call('PATCH', `/api/notify/channels/${made.id}`, h.lead, {
      name: '公关与法务群', topics: ['alerts', 'legal'], minLevel: 'severe', quietHours: null, brand: null, capPerHour: 3, secret: null,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: made.id, name: '公关与法务群', topics: ['alerts', 'legal'], minLevel: 'severe', quietHours: null, brand: null, capPerHour: 3, hasSecret: false, enabled: true });
    expect(JSON.stringify(res.body)).not.toContain('key=k');
    expect((await h.call('GET', '/api/notify/channels', h.lead)).body.channels).toEqual([res.body]);
    const audit = await h.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'notify.channel_updated'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toMatch(/key=k|SEC-old|127\.0\.0\.1:\d+\/wecom/);
    expect(audit[0]!.detail).toMatchObject({ changed: expect.arrayContaining(['topics', 'quietHours', 'brand', 'secret']) });
  });

  test('a new robot URL (the key was rotated) is used from the next message on', async () => {
    const h = await setup();
    const made = await h.add('公关群', { url: 'http://127.0.0.1:9/old?key=old' });
    const res = await h.call('PATCH', `/api/notify/channels/${made.id}`, h.lead, { url: robot.url });
    expect(res.status).toBe(200);
    expect(res.body.urlHint).toContain('/wecom');
    const sent = await h.call('POST', `/api/notify/channels/${made.id}/test`, h.lead);
    expect(sent.body.status).toBe('sent');
    expect(robot.take()).toHaveLength(1);
  });

  test('nothing to change, a bad value, a removed or unknown channel, or a legal user: refused, and the channel is as it was', async () => {
    const h = await setup();
    const made = await h.add('公关群', { topics: ['alerts'] });
    const before = (await h.call('GET', '/api/notify/channels', h.lead)).body.channels;
    const cases: [Record<string, string>, string, unknown, number][] = [
      [h.lead, made.id, {}, 400],
      [h.lead, made.id, { topics: [] }, 400],
      [h.lead, made.id, { capPerHour: 0 }, 400],
      [h.lead, made.id, { url: 'ftp://robot.example/x' }, 400],
      [h.lead, made.id, { quietHours: { start: '25:00', end: '08:00' } }, 400],
      [h.lead, 'no-such-channel', { topics: ['legal'] }, 404],
      [h.legal, made.id, { topics: ['legal'] }, 403],
    ];
    for (const [who, id, body, status] of cases) {
      const res = await h.call('PATCH', `/api/notify/channels/${id}`, who, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.message).toBeTruthy();
    }
    expect((await h.call('GET', '/api/notify/channels', h.lead)).body.channels).toEqual(before);
    expect((await h.call('DELETE', `/api/notify/channels/${made.id}`, h.lead)).status).toBe(200);
    expect((await h.call('PATCH', `/api/notify/channels/${made.id}`, h.lead, { topics: ['legal'] })).status, 'a removed channel').toBe(404);
  });
});
