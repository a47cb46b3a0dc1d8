import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../db/schema/audit-events.ts';
import { escalations } from '../db/schema/escalations.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

// 上报 (issues 11 item 7 and 13 item 1): staff escalate from the side panel, the PR lead sees 待处理上报 and opens an
// incident from it in one click, links it to one, or dismisses it; every step audited.

async function setup() {
  const clock = fixedClock(new Date('2026-11-22T22:10:00+08:00'));
  const t = await testApp({ clock });
  const lead = (await userWithToken(t.deps, 'pr_lead', { name: '王芳' })).headers;
  const staff = await userWithToken(t.deps, 'staff', { name: '李客服' });
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  return { ...t, lead, staff: staff.headers, staffId: staff.user.id, legal, call: jsonCaller(t.app) };
}

const severe = {
  key: 'weibo:QbX7nA2Ke', brand: '青禾乳业', level: 'severe', platform: 'weibo', permalink: 'https://weibo.com/5098123477/QbX7nA2Ke',
  url: 'https://weibo.com/', author: '宝妈小雨', text: '喝了青禾牛奶孩子过敏住院了，已经联系律师准备起诉', reasons: ['安全风险词「住院」', '转发 1.2万'],
  reason: 'no_reply', note: '家长情绪激动，已有媒体转发',
};

describe('escalations', () => {
  test('staff escalate once; a resend returns the open one; the PR lead lists it as 待处理上报 with who sent it', async () => {
    const h = await setup();
    const first = await h.call('POST', '/api/escalations', h.staff, severe);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ key: severe.key, status: 'open', createdByName: '李客服', reason: 'no_reply', incidentId: null });
    const again = await h.call('POST', '/api/escalations', h.staff, severe);
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    const open = await h.call('GET', '/api/escalations?status=open', h.lead);
    expect(open.body.escalations.map((e: { id: string }) => e.id)).toEqual([first.body.id]);
    expect((await h.call('GET', '/api/escalations', h.staff)).status).toBe(403);
    expect((await h.call('GET', '/api/escalations', h.legal)).status).toBe(200);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'escalation.created'));
    expect(audit.map((a) => [a.actorId, a.subject])).toEqual([[h.staffId, `escalation:${first.body.id}`]]);
  });

  test('一键立案: an incident at the unit’s level with the unit linked and 24 h deadline; a second 立案 is refused', async () => {
    const h = await setup();
    const esc = (await h.call('POST', '/api/escalations', h.staff, severe)).body;
    expect((await h.call('POST', `/api/escalations/${esc.id}/incident`, h.staff, {})).status).toBe(403);
    const res = await h.call('POST', `/api/escalations/${esc.id}/incident`, h.lead, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ brand: '青禾乳业', level: 'severe', status: 'open', ownerName: '王芳' });
    expect(res.body.title).toBe('宝妈小雨：喝了青禾牛奶孩子过敏住院了，已经联系律师准备起诉');
    expect(res.body.links.map((l: { kind: string; ref: string }) => `${l.kind}:${l.ref}`)).toEqual([`mention:${severe.key}`]);
    expect(res.body.deadlines.find((d: { kind: string }) => d.kind === 'first_statement').due).toBe('2026-11-23T14:10:00.000Z');
    expect(res.body.timeline[0]).toMatchObject({ type: 'opened', detail: { escalationId: esc.id } });
    const list = (await h.call('GET', '/api/escalations', h.lead)).body.escalations;
    expect(list[0]).toMatchObject({ status: 'incident', incidentId: res.body.id });
    const twice = await h.call('POST', `/api/escalations/${esc.id}/incident`, h.lead, {});
    expect([twice.status, twice.body.error.code]).toEqual([409, 'escalation_handled']);
    // Handled, the unit may be escalated again (a new development), as a new open escalation.
    expect((await h.call('POST', '/api/escalations', h.staff, severe)).status).toBe(201);
  });

  test('linked to an open incident, or dismissed with a reason; bad input is a 400 that names the field', async () => {
    const h = await setup();
    const a = (await h.call('POST', '/api/escalations', h.staff, severe)).body;
    const b = (await h.call('POST', '/api/escalations', h.staff, { ...severe, key: 'weibo:QbWq8cM3d', level: 'mild', text: '青禾客服态度差' })).body;
    const incident = (await h.call('POST', '/api/incidents', h.lead, { title: '过敏事件', brand: '青禾乳业', level: 'severe' })).body;
    const linked = await h.call('PATCH', `/api/escalations/${a.id}`, h.lead, { incidentId: incident.id });
    expect(linked.body).toMatchObject({ status: 'incident', incidentId: incident.id });
    const after = (await h.call('GET', `/api/incidents/${incident.id}`, h.lead)).body;
    expect(after.links.map((l: { ref: string }) => l.ref)).toContain(severe.key);
    expect((await h.call('PATCH', `/api/escalations/${b.id}`, h.lead, { incidentId: 'nope' })).body.error.code).toBe('incident_not_found');
    const dismissed = await h.call('PATCH', `/api/escalations/${b.id}`, h.lead, { status: 'dismissed', note: '普通投诉，客服已跟进' });
    expect(dismissed.body).toMatchObject({ status: 'dismissed', note: '普通投诉，客服已跟进' });
    expect((await h.call('PATCH', `/api/escalations/${b.id}`, h.lead, { status: 'dismissed' })).status).toBe(409);
    const bad = await h.call('POST', '/api/escalations', h.staff, { ...severe, level: 'huge' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('level');
    expect(await h.db.select().from(escalations)).toHaveLength(2);
  });

  test('the PR lead’s robots hear of a new escalation, routed by its level like an alert', async () => {
    const h = await setup();
    expect((await h.call('POST', '/api/notify/channels', h.lead, { kind: 'webhook', url: 'http://127.0.0.1:9/hook', minLevel: 'moderate' })).status).toBe(201);
    const esc = (await h.call('POST', '/api/escalations', h.staff, severe)).body;
    await h.call('POST', '/api/escalations', h.staff, { ...severe, key: 'weibo:QbWq8cM3d', level: 'mild', text: '青禾客服态度差' });
    const rows = await h.db.select().from(notifyDeliveries);
    expect(rows.map((r) => [r.subject, r.level, r.status])).toEqual([[`escalation:${esc.id}`, 'severe', 'pending']]);
    expect(rows[0]?.title).toBe('【重度·上报】青禾乳业 宝妈小雨');
    expect(rows[0]?.body).toContain('李客服从扩展上报（无合适口径）：喝了青禾牛奶孩子过敏住院了');
    expect(rows[0]?.dueAt).toBe('2026-11-22T14:10:00.000Z');
  });
});
