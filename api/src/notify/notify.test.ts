import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { alerts } from '../db/schema/alerts.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';
import { deliverDue, enqueueAlerts } from './deliver.ts';
import { schedulerTick } from '../monitoring/scheduler.ts';
import { replacePack } from '../rules/pack-store.ts';
import { demoPack } from '@vigil/shared/engine/demo-pack';

// A local group-robot receiver on 127.0.0.1 that answers like the real robots do, and can be told to fail.
const received: { path: string; query: URLSearchParams; body: any; headers: IncomingMessage['headers'] }[] = [];
let failNext = 0;
const server = createServer((req, res) => {
  let data = '';
  req.on('data', (d: Buffer) => (data += d.toString()));
  req.on('end', () => {
    const url = new URL(req.url!, 'http://x');
    received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(data), headers: req.headers });
    if (failNext > 0) {
      failNext -= 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 45009, errmsg: 'api freq out of limit' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(url.pathname === '/feishu' ? '{"code":0,"msg":"success"}' : '{"errcode":0,"errmsg":"ok"}');
  });
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const alert = (over: Partial<typeof alerts.$inferInsert> = {}): typeof alerts.$inferInsert => ({
  id: `a${Math.random()}`, brand: '青禾乳业', rule: 'volume', scope: '', hour: '2026-11-22T14:00:00.000Z', level: 'severe', observed: 95,
  baseline: { median: 21, mad: 2, basis: 'hour_of_week_4w', points: [20, 24, 18, 22] }, score: 16.2, preset: 'balanced',
  explanation: '「青禾乳业」提及在 2026-11-22 22:00 这一小时有 95 条', topPosts: [], topTerms: [], createdAt: '2026-11-22T15:05:00.000Z', ...over,
});

async function setup(at = '2026-11-22T23:10:00+08:00') {
  received.length = 0;
  failNext = 0;
  const clock = fixedClock(new Date(at));
  const t = await testApp({ clock });
  const lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  return { ...t, clock, lead, call: jsonCaller(t.app) };
}

describe('robot notifications', () => {
  test('WeCom, DingTalk (加签) and Feishu (signed) get their documented payloads; URL keys and secrets never come back', async () => {
    const h = await setup();
    const made = [];
    for (const [kind, secret] of [['wecom', undefined], ['dingtalk', 'SECdingtalk-secret'], ['feishu', 'feishu-secret']] as const) {
      const res = await h.call('POST', '/api/notify/channels', h.lead, { kind, url: `${base}/${kind}?key=robot-key-123`, secret, minLevel: 'moderate' });
      expect(res.status).toBe(201);
      made.push(res.body);
    }
    const list = await h.call('GET', '/api/notify/channels', h.lead);
    const shown = JSON.stringify(list.body);
    expect(shown).not.toContain('robot-key-123');
    expect(shown).not.toContain('secret');
    expect(list.body.channels[1]).toMatchObject({ kind: 'dingtalk', hasSecret: true, urlHint: `${base}/dingtalk?…` });

    await enqueueAlerts(h.deps, [alert()]);
    expect(await deliverDue(h.deps)).toBe(3);
    const by = Object.fromEntries(received.map((r) => [r.path.slice(1), r]));
    expect(by.wecom!.body).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringMatching(/^### 【重度预警】青禾乳业 2026-11-22 22:00\n「青禾乳业」提及/) } });
    const ding = by.dingtalk!;
    const ts = ding.query.get('timestamp')!;
    expect(ding.query.get('key')).toBe('robot-key-123');
    expect(ding.query.get('sign')).toBe(createHmac('sha256', 'SECdingtalk-secret').update(`${ts}\nSECdingtalk-secret`).digest('base64'));
    expect(Number(ts)).toBe(h.clock.now().getTime());
    expect(ding.body).toMatchObject({ msgtype: 'markdown', markdown: { title: '【重度预警】青禾乳业 2026-11-22 22:00' } });
    const fs = by.feishu!.body;
    expect(fs).toMatchObject({ msg_type: 'text', content: { text: expect.stringContaining('青禾乳业') } });
    expect(fs.sign).toBe(createHmac('sha256', `${fs.timestamp}\nfeishu-secret`).update('').digest('base64'));
    const test = await h.call('POST', `/api/notify/channels/${made[0].id}/test`, h.lead);
    expect(test.body).toMatchObject({ status: 'sent', subject: 'test' });
  });

  test('quiet hours (22:00–08:00 Beijing) hold 中度 until they end but let 重度 through', async () => {
    const h = await setup('2026-11-22T23:10:00+08:00');
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: `${base}/wecom?key=k`, minLevel: 'mild', quietHours: { start: '22:00', end: '08:00', breakthrough: 'severe' } });
    await enqueueAlerts(h.deps, [alert({ id: 'mod', level: 'moderate', rule: 'negative_share' }), alert({ id: 'sev' })]);
    expect(await deliverDue(h.deps)).toBe(1);
    expect(received.map((r) => r.body.markdown.content)).toEqual([expect.stringContaining('重度预警')]);
    const held = (await h.db.select().from(notifyDeliveries)).find((d) => d.subject === 'alert:mod')!;
    expect(held).toMatchObject({ status: 'pending', heldFor: 'quiet_hours', dueAt: '2026-11-23T00:00:00.000Z' });
    h.clock.advance(9 * 3_600_000);
    expect(await deliverDue(h.deps)).toBe(1);
    expect(received[1]!.body.markdown.content).toContain('中度预警');
  });

  test('a 热搜 sighting in quiet hours reaches the robot at once (重度 breaks through), once per entry', async () => {
    const h = await setup('2026-11-23T02:10:00+08:00');
    await replacePack(h.db, demoPack, h.clock.now());
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: `${base}/wecom?key=k`, minLevel: 'moderate', quietHours: { start: '22:00', end: '08:00', breakthrough: 'severe' } });
    const staff = (await userWithToken(h.deps, 'staff')).headers;
    const entry = { platform: 'weibo', brand: '青禾乳业', title: 'QH乳业回应酸奶胀包', rank: 4, heat: 2_345_678, term: 'QH乳业', seenAt: h.clock.now().toISOString() };
    const res = await h.call('POST', '/api/hot-search', staff, { entries: [entry] });
    expect(res.body.alerts).toHaveLength(1);
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]!.body.markdown.content).toMatch(/^### 【重度预警·热搜】青禾乳业 2026-11-23 02:00\n「青禾乳业」登上微博热搜第 4 位：「QH乳业回应酸奶胀包」，热度 234.57万/);
    await expect.poll(async () => (await h.db.select().from(notifyDeliveries))[0]?.status).toBe('sent');
    expect((await h.db.select().from(notifyDeliveries))[0]).toMatchObject({ subject: `alert:${res.body.alerts[0]}`, heldFor: null, attempts: 1 });
    // A colleague's browser sees the same entry: stored, but no second message; the scheduler has nothing left to send.
    expect((await h.call('POST', '/api/hot-search', staff, { entries: [entry] })).body).toEqual({ recorded: 1, alerts: [], notNamed: [] });
    expect(await deliverDue(h.deps)).toBe(0);
    expect(received).toHaveLength(1);
  });

  test('a refused message is retried with back-off and recorded; over the cap a message is recorded as capped', async () => {
    const h = await setup('2026-11-22T15:00:00+08:00');
    await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: `${base}/wecom?key=k`, minLevel: 'severe', capPerHour: 1 });
    failNext = 2;
    await enqueueAlerts(h.deps, [alert({ id: 'x1' })]);
    await enqueueAlerts(h.deps, [alert({ id: 'x2' })]);
    const rows = async () => (await h.db.select().from(notifyDeliveries)).sort((a, b) => a.subject.localeCompare(b.subject));
    expect((await rows()).map((d) => d.status)).toEqual(['pending', 'capped']);
    expect(await deliverDue(h.deps)).toBe(0);
    expect((await rows())[0]).toMatchObject({ attempts: 1, lastError: '45009 api freq out of limit', dueAt: '2026-11-22T07:01:00.000Z' });
    h.clock.advance(60_000);
    expect(await deliverDue(h.deps)).toBe(0);
    expect((await rows())[0]).toMatchObject({ attempts: 2, dueAt: '2026-11-22T07:03:00.000Z' });
    h.clock.advance(2 * 60_000);
    expect(await deliverDue(h.deps)).toBe(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 3 });
    const deliveries = await h.call('GET', '/api/notify/deliveries', h.lead);
    expect(deliveries.body.deliveries.map((d: { status: string }) => d.status).sort()).toEqual(['capped', 'sent']);
  });

  test('an incident deadline is reminded an hour before it comes due and once when it passes unmet, with its owner; never twice', async () => {
    const h = await setup('2026-11-22T10:00:00+08:00');
    const lead = await userWithToken(h.deps, 'pr_lead', { name: '王芳' });
    expect((await h.call('POST', '/api/notify/channels', h.lead, { kind: 'wecom', url: `${base}/wecom?key=k`, minLevel: 'moderate' })).status).toBe(201);
    const made = await h.call('POST', '/api/incidents', lead.headers, { title: '青禾牛奶异物', brand: '青禾乳业', level: 'severe' });
    expect(made.status).toBe(201);
    const tick = async (to: string) => {
      h.clock.advance(Date.parse(`${to}+08:00`) - h.clock.now().getTime());
      await schedulerTick(h.deps, 'only-process');
      return received.splice(0).map((r) => r.body.markdown.content as string);
    };
    // 重度: 权威信息 (optional) at 15:00, 首次回应 at 10:00 next day, 调查结果 the day after.
    expect(await tick('2026-11-22T13:59:00')).toEqual([]);
    expect(await tick('2026-11-22T14:05:00')).toEqual([
      '### 【时限提醒】青禾乳业：青禾牛奶异物\n「权威信息（临时声明）」（可选）将于 2026-11-22 15:00（北京时间）到期，剩余 55 分钟，尚未标记完成。负责人：王芳。',
    ]);
    expect(await tick('2026-11-22T14:30:00')).toEqual([]);
    expect(await tick('2026-11-22T15:01:00')).toEqual([
      '### 【时限已过】青禾乳业：青禾牛奶异物\n「权威信息（临时声明）」（可选）已于 2026-11-22 15:00（北京时间）到期，尚未标记完成。负责人：王芳。',
    ]);
    expect(await tick('2026-11-22T16:01:00')).toEqual([]);
    // A deadline marked met is not reminded; a closed incident is not reminded at all.
    expect((await h.call('PATCH', `/api/incidents/${made.body.id}`, lead.headers, { deadlineMet: { kind: 'first_statement' } })).status).toBe(200);
    expect(await tick('2026-11-23T09:30:00')).toEqual([]);
    expect((await h.call('PATCH', `/api/incidents/${made.body.id}`, lead.headers, { status: 'closed', review: '已发布声明并完成核查。' })).status).toBe(200);
    expect(await tick('2026-11-24T09:30:00')).toEqual([]);
  });
});
