import { describe, expect, test } from 'vitest';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { enqueueAlerts } from '../notify/deliver.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';
import { incidentEventText } from '@vigil/shared/i18n/incident-words';
import { insertMentions } from './bulk.ts';
import { surgeHistory } from '../test-support/surges.ts';
import { runDetection } from './detect.ts';
import { HOUR, iso } from './time.ts';

// 并入处置中的事件: the story an open incident holds keeps firing its rule every hour it stays loud. Each new alert of
// that brand × rule × scope joins the incident as it is stored, instead of waiting as 待处理 and messaging the groups
// again; one above the incident's level, or after the incident is closed, is news and comes as any alert.

const brand = '青禾乳业';
const H1 = Date.parse('2026-11-22T10:00:00+08:00');
const H2 = H1 + 3 * HOUR;


async function setup() {
  const clock = fixedClock(new Date(H1 + HOUR + 5 * 60_000));
  const t = await testApp({ clock });
  const lead = (await userWithToken(t.deps, 'pr_lead', { name: '王芳' })).headers;
  const call = jsonCaller(t.app);
  await insertMentions(t.db, surgeHistory(brand, [H1, H2], '青禾客服电话打不通，退款拖了半个月', 'mild'));
  await call('POST', '/api/notify/channels', lead, { kind: 'wecom', url: 'http://127.0.0.1:9/wecom?key=k', minLevel: 'mild' });
  const first = await runDetection(t.db, new Date(H1 + HOUR), clock.now());
  const volume = first.find((a) => a.rule === 'volume')!;
  expect(volume, 'the first surge fires the volume rule').toBeDefined();
  const opened = await call('POST', '/api/incidents', lead, { title: '客服占线集中投诉', brand, level: volume.level, alertId: volume.id });
  expect(opened.status).toBe(201);
  /** The next surge, three hours on: what detection stores and what it queues for the robots. */
  const nextSurge = async () => {
    clock.advance(3 * HOUR);
    const second = await runDetection(t.db, new Date(H2 + HOUR), clock.now());
    await enqueueAlerts(t.deps, second);
    const again = second.find((a) => a.rule === 'volume')!;
    const messaged = (await t.db.select().from(notifyDeliveries)).filter((d) => d.subject === `alert:${again.id}`);
    return { again, messaged };
  };
  return { ...t, clock, lead, call, volume, incidentId: opened.body.id as string, nextSurge };
}

describe('并入处置中的事件', () => {
  test('the same story firing again joins the open incident: linked with its posts, on the timeline, not 待处理, no message', async () => {
    const h = await setup();
    const { again, messaged } = await h.nextSurge();
    expect(again).toMatchObject({ hour: iso(H2), incidentId: h.incidentId });
    expect(messaged).toEqual([]);
    const incident = (await h.call('GET', `/api/incidents/${h.incidentId}`, h.lead)).body;
    const links = incident.links.map((l: { kind: string; ref: string }) => `${l.kind}:${l.ref}`);
    expect(links).toEqual(expect.arrayContaining([`alert:${h.volume.id}`, `alert:${again.id}`, ...again.topPosts!.map((p) => `mention:${p.key}`)]));
    const joined = incident.timeline.at(-1);
    expect(joined).toMatchObject({ type: 'linked', actorId: null, detail: { kind: 'alert', ref: again.id, auto: true } });
    expect(incidentEventText(joined, 'zh', () => '声量突增')).toBe('同类预警自动并入：声量突增');
    const pending = (await h.call('GET', '/api/alerts?state=pending', h.lead)).body.alerts.map((a: { id: string }) => a.id);
    expect(pending).not.toContain(again.id);
    const withIncident = (await h.call('GET', '/api/alerts?state=incident', h.lead)).body.alerts.map((a: { id: string }) => a.id);
    expect(withIncident).toEqual(expect.arrayContaining([h.volume.id, again.id]));
  });

  test('once the incident is closed, the story firing again is news: pending and messaged', async () => {
    const h = await setup();
    const closed = await h.call('PATCH', `/api/incidents/${h.incidentId}`, h.lead, { status: 'closed', review: '已致电客服中心，增派坐席，占线问题解决。' });
    expect(closed.status).toBe(200);
    const { again, messaged } = await h.nextSurge();
    expect(again.incidentId ?? null).toBeNull();
    expect(messaged.length).toBe(1);
  });

  test('an alert above the incident’s level is not swallowed: pending and messaged', async () => {
    const h = await setup();
    expect(h.volume.level).toBe('moderate');
    expect((await h.call('PATCH', `/api/incidents/${h.incidentId}`, h.lead, { level: 'mild' })).status).toBe(200);
    const { again, messaged } = await h.nextSurge();
    expect(again.incidentId ?? null).toBeNull();
    expect(messaged.length).toBe(1);
  });
});
