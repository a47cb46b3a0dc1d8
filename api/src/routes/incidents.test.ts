import { describe, expect, test } from 'vitest';
import { alerts } from '../db/schema/alerts.ts';
import { auditEvents } from '../db/schema/audit-events.ts';
import { monitorSettings } from '../db/schema/monitor-settings.ts';
import { defaultSettings } from '../monitoring/settings.ts';
import { insertMentions } from '../monitoring/bulk.ts';
import { pdfFonts, pdfText } from '../test-support/pdf-tools.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

async function setup() {
  const clock = fixedClock(new Date('2026-11-22T22:10:00+08:00'));
  const t = await testApp({ clock });
  const lead = await userWithToken(t.deps, 'pr_lead', { name: '王芳' });
  const staff = (await userWithToken(t.deps, 'staff')).headers;
  const legal = (await userWithToken(t.deps, 'legal')).headers;
  await t.db.insert(alerts).values({
    id: 'alert-1', brand: '青禾乳业', rule: 'volume', scope: '', hour: '2026-11-22T13:00:00.000Z', level: 'moderate', observed: 95,
    baseline: { median: 21, mad: 2, basis: 'hour_of_week_4w', points: [20, 24, 18, 22] }, score: 16.2, preset: 'balanced', explanation: '提及突增',
    topPosts: [{ key: 'weibo:Qb1', platform: 'weibo', text: '青禾牛奶喝出异物', permalink: null, reach: 900, reachVelocity: null }], topTerms: [], createdAt: '2026-11-22T14:05:00.000Z',
  });
  return { ...t, clock, lead: lead.headers, leadId: lead.user.id, staff, legal, call: jsonCaller(t.app) };
}

describe('incidents', () => {
  test('opened from an alert in one click: 重度 gets 5 h (optional), 24 h and 48 h deadlines; the alert links back', async () => {
    const h = await setup();
    const res = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物事件', brand: '青禾乳业', level: 'severe', alertId: 'alert-1' });
    expect(res.status).toBe(201);
    expect(res.body.deadlines).toEqual([
      { kind: 'holding_statement', due: '2026-11-22T19:10:00.000Z', optional: true, metAt: null, state: 'pending' },
      { kind: 'first_statement', due: '2026-11-23T14:10:00.000Z', optional: false, metAt: null, state: 'pending' },
      { kind: 'investigation', due: '2026-11-24T14:10:00.000Z', optional: false, metAt: null, state: 'pending' },
    ]);
    expect(res.body).toMatchObject({ status: 'open', ownerName: '王芳', detectedAt: '2026-11-22T13:00:00.000Z' });
    expect(res.body.links.map((l: { kind: string; ref: string }) => `${l.kind}:${l.ref}`)).toEqual(['alert:alert-1', 'mention:weibo:Qb1']);
    expect((await h.call('GET', '/api/alerts/alert-1', h.lead)).body.incidentId).toBe(res.body.id);
    const again = await h.call('POST', '/api/incidents', h.lead, { title: 'x', brand: '青禾乳业', level: 'mild', alertId: 'alert-1' });
    expect([again.status, again.body.error.code]).toEqual([409, 'alert_has_incident']);
    const open = await h.call('GET', '/api/incidents?status=open', h.staff);
    expect(open.body.incidents.map((i: { title: string }) => i.title)).toEqual(['青禾牛奶异物事件']);
    expect((await h.call('POST', '/api/incidents', h.staff, { title: 'x', brand: '青禾乳业', level: 'mild' })).status).toBe(403);
  });

  test('the incident’s page says what each link is: the post’s words, level and address, the alert’s sentence', async () => {
    const h = await setup();
    await insertMentions(h.db, [
      { key: 'weibo:Qb1', brand: '青禾乳业', platform: 'weibo', text: '青禾牛奶喝出异物，孩子住院了', level: 'severe', sentiment: 'negative', firstSeenAt: '2026-11-22T13:05:00.000Z', permalink: 'https://weibo.com/7230981123/Qb1' },
      { key: 'weibo:Qb2', brand: '青禾乳业', platform: 'weibo', text: '青禾客服不理人', level: 'mild', sentiment: 'negative', firstSeenAt: '2026-11-22T13:06:00.000Z', permalink: 'javascript:alert(document.cookie)' },
    ]);
    const made = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物事件', brand: '青禾乳业', level: 'severe', alertId: 'alert-1', mentionKeys: ['weibo:Qb2', 'weibo:gone'] });
    const { body } = await h.call('GET', `/api/incidents/${made.body.id}`, h.lead);
    const by = (ref: string) => body.links.find((l: { ref: string }) => l.ref === ref);
    expect(by('alert-1').detail).toEqual({ text: '提及突增', rule: 'volume', level: 'moderate', at: '2026-11-22T13:00:00.000Z' });
    expect(by('weibo:Qb1').detail).toEqual({ text: '青禾牛奶喝出异物，孩子住院了', platform: 'weibo', level: 'severe', at: '2026-11-22T13:05:00.000Z', url: 'https://weibo.com/7230981123/Qb1' });
    // A reported address that is not http(s) never becomes a link; a mention no longer stored keeps its bare ref.
    expect(by('weibo:Qb2').detail).toMatchObject({ text: '青禾客服不理人', level: 'mild' });
    expect(by('weibo:Qb2').detail.url).toBeUndefined();
    expect(by('weibo:gone').detail).toBeUndefined();
    // The list stays light: no details there.
    const list = await h.call('GET', '/api/incidents', h.lead);
    expect(list.body.incidents[0].links.every((l: { detail?: unknown }) => l.detail === undefined)).toBe(true);
  });

  test('事件专报: one PDF with the situation, the spread, the content and what is due, in the embedded CJK font', async () => {
    const h = await setup();
    await insertMentions(h.db, [
      { key: 'weibo:Qb1', brand: '青禾乳业', platform: 'weibo', text: '青禾牛奶喝出异物，孩子住院了', level: 'severe', sentiment: 'negative', firstSeenAt: '2026-11-22T13:05:00.000Z', reach: 52_000, category: 'safety', riskTerms: ['异物'] },
      { key: 'weibo:old', brand: '青禾乳业', platform: 'douyin', text: '青禾酸奶还不错', level: 'none', sentiment: 'positive', firstSeenAt: '2026-11-21T20:00:00.000Z' },
    ]);
    const made = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物事件', brand: '青禾乳业', level: 'severe', alertId: 'alert-1' });
    await h.call('PATCH', `/api/incidents/${made.body.id}`, h.lead, { checklist: { verify: true } });
    h.clock.advance(2 * 3_600_000);
    const res = await h.app.request(`/api/incidents/${made.body.id}/report.pdf`, { headers: h.legal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('事件专报-2026-11-22-青禾牛奶异物事件.pdf'));
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = (await pdfText(bytes)).replace(/\s+/g, '');
    for (const s of ['事件专报', '青禾牛奶异物事件', '一、舆情概况', '二、传播情况', '三、内容分析', '四、处置情况', '五、处置建议', '负责人王芳', '统计时段2026-11-2121:00至2026-11-2301:00'])
      expect(text, s).toContain(s);
    // The window starts a day before detection: the 21 November post is counted, the linked post is listed.
    expect(text).toContain('共被提及2条，其中负面1条（50%）');
    expect(text).toContain('青禾牛奶喝出异物，孩子住院了');
    // 传播路径 from the story's flagged posts (the 21 November chatter is not where it began); 网友 beside 媒体.
    expect(text).toContain('传播路径：首见于微博（2026-11-2221:05），未见扩散到其他平台。');
    expect(text).toContain('网友观点（社交平台）：1条，负面1条（100%）');
    expect(text).toContain('媒体观点（新闻网站）：统计时段内无相关内容。');
    expect(text).toContain('下一时限权威信息（临时声明），截止2026-11-2303:10（剩余3小时00分）');
    expect(text).toContain('立案（重度）');
    expect(text).toContain('完成「核实信息」');
    // What is due, from the incident's own deadlines (opened 22:10, now 00:10): the 5 h one has 3 h left.
    expect(text).toContain('「权威信息（临时声明）」须在2026-11-2303:10前完成（剩余3小时00分），可选。');
    expect(text).toContain('处置清单尚未完成：评估等级、发布声明、回应用户、复盘。');
    expect(text).toContain('尚未关联已批准的临时声明');
    expect((await pdfFonts(bytes)).every((f) => f.embedded && f.subset)).toBe(true);
    expect((await h.app.request('/api/incidents/nope/report.pdf', { headers: h.lead })).status).toBe(404);
    expect((await h.app.request(`/api/incidents/${made.body.id}/report.pdf`, { headers: h.staff })).status).toBe(403);
  });

  test('level changes are logged and re-derive deadlines; a missed deadline shows; closing needs 复盘; all audited', async () => {
    const h = await setup();
    const { body: made } = await h.call('POST', '/api/incidents', h.lead, { title: '客服投诉集中', brand: '青禾乳业', level: 'moderate' });
    expect(made.deadlines.map((d: { kind: string; due: string }) => [d.kind, d.due])).toEqual([['response', '2026-11-24T14:10:00.000Z']]);
    h.clock.advance(2 * 3_600_000);
    const up = await h.call('PATCH', `/api/incidents/${made.id}`, h.lead, { level: 'severe', checklist: { verify: true, assess: true } });
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['holding_statement', 'first_statement', 'investigation']);
    expect(up.body.checklist.filter((c: { doneAt: string | null }) => c.doneAt).map((c: { key: string }) => c.key)).toEqual(['verify', 'assess']);
    h.clock.advance(4 * 3_600_000); // 6 h after opening: the 5 h holding statement was missed
    await h.call('PATCH', `/api/incidents/${made.id}`, h.lead, { deadlineMet: { kind: 'first_statement' }, note: '已在官微发布声明' });
    const now = await h.call('GET', `/api/incidents/${made.id}`, h.legal);
    expect(now.body.deadlines.map((d: { state: string }) => d.state)).toEqual(['overdue', 'met', 'pending']);
    expect(now.body.timeline.map((e: { type: string }) => e.type)).toEqual(['opened', 'level_changed', 'checklist', 'checklist', 'deadline_met', 'note']);
    expect(now.body.timeline[1].detail).toEqual({ from: 'moderate', to: 'severe' });
    const refused = await h.call('PATCH', `/api/incidents/${made.id}`, h.lead, { status: 'closed' });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'review_required']);
    const closed = await h.call('PATCH', `/api/incidents/${made.id}`, h.lead, { status: 'closed', review: '复盘：客服话术更新，质检流程加严。' });
    expect(closed.body).toMatchObject({ status: 'closed', review: '复盘：客服话术更新，质检流程加严。' });
    expect(closed.body.deadlines.map((d: { state: string }) => d.state)).toEqual(['missed', 'met', 'missed']);
    const audit = (await h.db.select().from(auditEvents)).map((a) => a.action).filter((a) => a.startsWith('incident.'));
    expect(audit).toEqual(expect.arrayContaining(['incident.opened', 'incident.level_changed', 'incident.deadline_met', 'incident.closed', 'incident.review']));
  });

  test('deadlines per level come from the brand’s settings', async () => {
    const h = await setup();
    await h.db.insert(monitorSettings).values({ brand: '青禾乳业', settings: { ...defaultSettings, deadlines: { ...defaultSettings.deadlines, mild: [{ kind: 'response', hours: 72, optional: false }] } }, updatedAt: 'x' });
    const { body } = await h.call('POST', '/api/incidents', h.lead, { title: '个别差评', brand: '青禾乳业', level: 'mild', openedAt: '2026-11-22T08:00:00+08:00' });
    expect(body.deadlines).toEqual([{ kind: 'response', due: '2026-11-25T00:00:00.000Z', optional: false, metAt: null, state: 'pending' }]);
  });

  test('an owner who is not a user is refused on open and on PATCH, and nothing is written', async () => {
    const h = await setup();
    const open = await h.call('POST', '/api/incidents', h.lead, { title: '无主事件', brand: '青禾乳业', level: 'moderate', ownerId: 'no-such-user' });
    expect([open.status, open.body.error.code]).toEqual([400, 'owner_not_found']);
    expect((await h.call('GET', '/api/incidents', h.lead)).body.incidents).toEqual([]);
    const { body: made } = await h.call('POST', '/api/incidents', h.lead, { title: '有主事件', brand: '青禾乳业', level: 'moderate', ownerId: h.leadId });
    const patch = await h.call('PATCH', `/api/incidents/${made.id}`, h.lead, { ownerId: 'no-such-user' });
    expect([patch.status, patch.body.error.code]).toEqual([400, 'owner_not_found']);
    expect((await h.call('GET', `/api/incidents/${made.id}`, h.lead)).body).toMatchObject({ ownerId: h.leadId, ownerName: '王芳' });
  });

  test('the PR lead hands the incident on (the timeline names the new owner) and links an approved 口径 as the holding statement', async () => {
    const h = await setup();
    const colleague = await userWithToken(h.deps, 'pr_lead', { name: '陈晨' });
    const admin = await userWithToken(h.deps, 'admin', { name: '赵管理' });
    await userWithToken(h.deps, 'legal', { name: '李律' });
    const gone = await userWithToken(h.deps, 'pr_lead', { name: '已离职' });
    expect((await h.call('PATCH', `/api/users/${gone.user.id}`, admin.headers, { disabled: true })).status).toBe(200);
    const owners = await h.call('GET', '/api/incidents/owners', h.lead);
    expect(owners.status).toBe(200);
    // PR leads first, then admins; legal, staff and disabled accounts are not offered.
    expect(owners.body.items.map((p: { name: string; role: string }) => `${p.role}:${p.name}`)).toEqual(['pr_lead:陈晨', 'pr_lead:王芳', 'admin:赵管理']);
    expect((await h.call('GET', '/api/incidents/owners', h.legal)).status).toBe(403);

    const { body: made } = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物事件', brand: '青禾乳业', level: 'severe' });
    const patch = (body: unknown) => h.call('PATCH', `/api/incidents/${made.id}`, h.lead, body);
    expect((await patch({ ownerId: colleague.user.id })).body).toMatchObject({ ownerId: colleague.user.id, ownerName: '陈晨' });

    // A draft is not a statement anyone approved: refused, nothing linked.
    const reply = { brand: '青禾乳业', title: '质量::异物::临时声明', body: '我们已关注到网友反映的产品异物问题，已第一时间成立专项小组核查，将于 24 小时内公布进展。', triggers: { categories: ['quality'], levels: ['severe'], keywords: [], platforms: [] } };
    const draft = (await h.call('POST', '/api/replies', h.lead, reply)).body as { id: string; versions: { id: string }[] };
    const refused = await patch({ link: { kind: 'reply_version', ref: draft.versions[0]!.id } });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'reply_not_approved']);
    expect((await patch({ link: { kind: 'reply_version', ref: 'no-such-version' } })).body.error.code).toBe('reply_not_found');
    expect((await h.call('POST', `/api/replies/${draft.id}/versions/1/submit`, h.lead, {})).status).toBe(200);
    expect((await h.call('POST', `/api/replies/${draft.id}/versions/1/approve`, colleague.headers, { note: '口径确认' })).status).toBe(200);
    const linked = await patch({ link: { kind: 'reply_version', ref: draft.versions[0]!.id } });
    expect(linked.status).toBe(200);
    expect(linked.body.holdingStatement).toBe(reply.body);
    const done = await patch({ ownerId: null, note: '已与平台沟通' });
    expect(done.body.ownerName).toBeNull();
    expect(done.body.timeline.filter((e: { type: string }) => ['owner_changed', 'linked', 'note'].includes(e.type)).map((e: { type: string; detail: Record<string, unknown> }) => [e.type, e.detail.toName ?? e.detail.kind ?? e.detail.text ?? null])).toEqual([
      ['owner_changed', '陈晨'],
      ['linked', 'reply_version'],
      ['owner_changed', null],
      ['note', '已与平台沟通'],
    ]);
  });

  test('a second alert of the same spike joins the open incident: it points back, its posts are linked, and no other incident takes it', async () => {
    const h = await setup();
    const { body: made } = await h.call('POST', '/api/incidents', h.lead, { title: '青禾牛奶异物事件', brand: '青禾乳业', level: 'severe' });
    const { body: other } = await h.call('POST', '/api/incidents', h.lead, { title: '另一事件', brand: '青禾乳业', level: 'mild' });
    const { body: elsewhere } = await h.call('POST', '/api/incidents', h.lead, { title: '别家品牌', brand: '蓝山咖啡', level: 'mild' });
    const link = (id: string, ref: string) => h.call('PATCH', `/api/incidents/${id}`, h.lead, { link: { kind: 'alert', ref } });
    expect((await link(made.id, 'no-such-alert')).body.error.code).toBe('alert_not_found');
    const foreign = await link(elsewhere.id, 'alert-1');
    expect([foreign.status, foreign.body.error.code]).toEqual([400, 'alert_other_brand']);
    const joined = await link(made.id, 'alert-1');
    expect(joined.status).toBe(200);
    expect(joined.body.links.map((l: { kind: string; ref: string }) => `${l.kind}:${l.ref}`).sort()).toEqual(['alert:alert-1', 'mention:weibo:Qb1']);
    const alertsNow = (await h.call('GET', '/api/alerts', h.lead)).body.alerts as { id: string; incidentId: string | null }[];
    expect(alertsNow.find((a) => a.id === 'alert-1')!.incidentId).toBe(made.id);
    // Once joined, it is that incident's: neither another incident nor 一键立案 takes it again.
    const twice = await link(other.id, 'alert-1');
    expect([twice.status, twice.body.error.code]).toEqual([409, 'alert_has_incident']);
    expect((await h.call('POST', '/api/incidents', h.lead, { title: 'x', brand: '青禾乳业', level: 'severe', alertId: 'alert-1' })).status).toBe(409);
    expect(((await h.call('GET', `/api/incidents/${other.id}`, h.lead)).body.links as unknown[]).length).toBe(0);
  });
});
