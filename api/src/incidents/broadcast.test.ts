import { describe, expect, test } from 'vitest';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';
import { localRobot } from '../test-support/robot.ts';

// 进展通报: the PR lead sends an incident's state to the team's robot groups in one click; the answer says what
// became of it on each channel and the timeline records it.

const robot = localRobot();

async function setup(at = '2026-11-22T14:00:00+08:00', level: 'moderate' | 'severe' = 'severe') {
  robot.received.length = 0;
  const clock = fixedClock(new Date(at));
  const t = await testApp({ clock });
  const lead = await userWithToken(t.deps, 'pr_lead', { name: '王芳' });
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  const call = jsonCaller(t.app);
  const made = await call('POST', '/api/incidents', lead.headers, { title: '青禾牛奶异物', brand: '青禾乳业', level, ownerId: lead.user.id });
  expect(made.status).toBe(201);
  return { ...t, clock, lead: lead.headers, legal, call, id: made.body.id as string };
}

describe('进展通报', () => {
  test('the incident’s state goes to the robot at once, with the PR lead’s word; the timeline records it', async () => {
    const h = await setup();
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: robot.url, minLevel: 'moderate' });
    h.clock.advance(2 * 3_600_000);
    const res = await h.call('POST', `/api/incidents/${h.id}/broadcast`, h.lead, { note: ' 已封存同批次产品送检，17:00 发布首次回应 ' });
    expect(res.status).toBe(200);
    expect(res.body.deliveries).toEqual([expect.objectContaining({ status: 'sent', heldFor: null, lastError: null })]);
    expect(robot.take()).toEqual([[
      '### 【事件进展】青禾乳业：青禾牛奶异物',
      '级别：重度 · 状态：处置中 · 负责人：王芳',
      '下一时限：权威信息（临时声明），截止 2026-11-22 19:00（北京时间，剩余 3 小时 00 分）',
      '关联：提及 0 条、预警 0 条、取证 0 次、案件 0 个',
      '临时声明：未关联',
      '说明：已封存同批次产品送检，17:00 发布首次回应',
      '（王芳 于 2026-11-22 16:00 通报）',
    ].join('\n')]);
    const timeline = (await h.call('GET', `/api/incidents/${h.id}`, h.lead)).body.timeline;
    expect(timeline.at(-1)).toMatchObject({ type: 'broadcast', detail: { channels: 1, sent: 1, note: '已封存同批次产品送检，17:00 发布首次回应' } });
  });

  test('in a channel’s quiet hours it waits for their end, and the answer says so', async () => {
    const h = await setup('2026-11-22T23:30:00+08:00', 'moderate');
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: robot.url, minLevel: 'mild', quietHours: { start: '22:00', end: '08:00', breakthrough: 'severe' } });
    const res = await h.call('POST', `/api/incidents/${h.id}/broadcast`, h.lead, {});
    expect(res.body.deliveries).toEqual([expect.objectContaining({ status: 'pending', heldFor: 'quiet_hours', dueAt: '2026-11-23T00:00:00.000Z' })]);
    expect(robot.take()).toEqual([]);
  });

  test('no channel takes it (none, or above its level): a named 409 and nothing on the timeline; legal may not send', async () => {
    const h = await setup('2026-11-22T14:00:00+08:00', 'moderate');
    const none = await h.call('POST', `/api/incidents/${h.id}/broadcast`, h.lead, {});
    expect([none.status, none.body.error.code]).toEqual([409, 'no_channel']);
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: robot.url, minLevel: 'severe' });
    expect((await h.call('POST', `/api/incidents/${h.id}/broadcast`, h.lead, {})).status).toBe(409);
    expect((await h.call('GET', `/api/incidents/${h.id}`, h.lead)).body.timeline.map((e: { type: string }) => e.type)).not.toContain('broadcast');
    expect((await h.call('POST', `/api/incidents/${h.id}/broadcast`, h.legal, {})).status).toBe(403);
    const missing = await h.call('POST', '/api/incidents/nope/broadcast', h.lead, {});
    expect([missing.status, missing.body.error.code]).toEqual([404, 'incident_not_found']);
    expect((await h.call('POST', `/api/incidents/${h.id}/broadcast`, h.lead, { note: '长'.repeat(501) })).status).toBe(400);
    expect(robot.take()).toEqual([]);
  });
});
