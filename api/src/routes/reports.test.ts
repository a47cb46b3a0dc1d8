import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { insertMentions, type MentionSeed } from '../monitoring/bulk.ts';
import { scanCounts } from '../db/schema/scan-counts.ts';
import { alerts } from '../db/schema/alerts.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';
import { pdfText } from '../test-support/pdf-tools.ts';

const m = (key: string, at: string, over: Partial<MentionSeed> = {}): MentionSeed => ({
  key, brand: '青禾乳业', platform: 'weibo', text: '青禾牛奶还不错', level: 'none', sentiment: 'neutral', firstSeenAt: new Date(at).toISOString(), ...over,
});

async function setup() {
  const t = await testApp({ clock: fixedClock(new Date('2026-11-23T10:00:00+08:00')) });
  await insertMentions(t.db, [
    m('before', '2026-11-21T23:59:59.999+08:00'),
    m('first', '2026-11-22T00:00:00+08:00'),
    m('neg', '2026-11-22T09:30:00+08:00', { sentiment: 'negative', level: 'severe', platform: 'douyin', text: '青禾牛奶喝出异物，孩子住院了', category: 'safety', riskTerms: ['住院', '异物'], reach: 52_000 }),
    m('neg2', '2026-11-22T20:10:00+08:00', { sentiment: 'negative', level: 'moderate', text: '=HYPERLINK("x") 青禾客服不理人', category: 'service', riskTerms: ['不理人'], reach: 800 }),
    m('last', '2026-11-22T23:59:59.999+08:00', { sentiment: 'positive' }),
    m('after', '2026-11-23T00:00:00+08:00'),
    m('other-brand', '2026-11-22T12:00:00+08:00', { brand: '白露饮品' }),
    m('prev-day', '2026-11-21T12:00:00+08:00', { sentiment: 'negative' }),
  ]);
  await t.db.insert(scanCounts).values([{ hour: '2026-11-22T01:00:00.000Z', platform: 'weibo', reportedBy: 'u', units: 2000 }]);
  const lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  return { ...t, lead, call: jsonCaller(t.app) };
}

describe('日报 / 周报', () => {
  test('the 日报 counts exactly the Beijing day, by level, platform and sentiment, against the day before', async () => {
    const h = await setup();
    const { status, body } = await h.call('GET', '/api/reports/daily?date=2026-11-22&brand=青禾乳业', h.lead);
    expect(status).toBe(200);
    expect(body.totals).toEqual({
      mentions: 4,
      byLevel: { none: 2, mild: 0, moderate: 1, severe: 1 },
      byPlatform: { weibo: 3, douyin: 1 },
      bySentiment: { negative: 2, neutral: 1, positive: 1 },
    });
    expect(body.period).toMatchObject({ start: '2026-11-21T16:00:00.000Z', end: '2026-11-22T16:00:00.000Z', timezone: 'Asia/Shanghai' });
    expect(body.period.asOf).toBeUndefined();
    expect(body.previous.totals.mentions).toBe(2);
    expect(body.summary[0]).toBe('本期共监测到品牌提及 4 条，较上期上升 100%（上期 2 条）。');
    // English beside every Chinese sentence, from the same facts (the workspace's English UI shows these).
    expect(body.summaryEn).toHaveLength(body.summary.length);
    expect(body.summaryEn[0]).toBe('4 brand mentions this period, up 100% on the previous period (previous period: 2).');
    expect(body.summaryEn[2]).toBe('Volume peaked at 2026-11-22 00:00 Beijing time (1 mention).');
    expect(body.basis.noteEn).toContain('scanned 2000 units this period');
    expect(body.attention[0]).toMatchObject({ kind: 'post', text: '重度负面（抖音）：「青禾牛奶喝出异物，孩子住院了」', textEn: 'Severe negative post (Douyin): "青禾牛奶喝出异物，孩子住院了"' });
    expect(body.trend).toHaveLength(24);
    expect(body.trend[9]).toMatchObject({ label: '09:00', mentions: 1, negative: 1, units: 2000, share: 0.5 });
    expect(body.topNegative[0]).toMatchObject({ key: 'neg', reach: 52_000 });
    expect(body.hotWords.map((w: { word: string }) => w.word)).toEqual(['不理人', '住院', '异物']);
    expect(body.attention.map((a: { kind: string }) => a.kind)).toEqual(['post']);
    expect(body.basis.unitsScanned).toBe(2000);
    const all = await h.call('GET', '/api/reports/daily?date=2026-11-22', h.lead);
    expect(all.body.totals.mentions).toBe(5);
    expect(all.body.basis.brands).toEqual(['白露饮品', '青禾乳业']);
  });

  test('制作部门 and 接收人 from the brand’s 监测设置 head its 日报 and its PDF; unset, or for all brands, they are left out', async () => {
    const h = await setup();
    expect((await h.call('GET', '/api/reports/daily?date=2026-11-22&brand=青禾乳业', h.lead)).body.header).toBeUndefined();
    const current = (await h.call('GET', '/api/monitor/settings?brand=青禾乳业', h.lead)).body.settings;
    expect(current.report).toEqual({ department: '', recipients: '' });
    const put = await h.call('PUT', '/api/monitor/settings', h.lead, { brand: '青禾乳业', settings: { ...current, report: { department: ' 品牌公关部 ', recipients: '总经理办公室、市场中心' } } });
    expect(put.status).toBe(200);
    const daily = await h.call('GET', '/api/reports/daily?date=2026-11-22&brand=青禾乳业', h.lead);
    expect(daily.body.header).toEqual({ department: '品牌公关部', recipients: '总经理办公室、市场中心' });
    expect((await h.call('GET', '/api/reports/daily?date=2026-11-22', h.lead)).body.header).toBeUndefined();
    const pdf = await h.app.request('/api/reports/daily.pdf?date=2026-11-22&brand=青禾乳业', { headers: h.lead });
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, '');
    expect(text).toContain('制作部门品牌公关部');
    expect(text).toContain('接收人总经理办公室、市场中心');
    // Settings saved before the header existed still read, with an empty header.
    const old = { ...current };
    delete old.report;
    expect((await h.call('PUT', '/api/monitor/settings', h.lead, { brand: '青禾乳业', settings: old })).body.settings.report).toEqual({ department: '', recipients: '' });
  });

  test('today’s 日报 at 10:00 is read as of 10:00: against yesterday 00:00–10:00, and no hour still to come drawn as zero', async () => {
    const h = await setup();
    const { body } = await h.call('GET', '/api/reports/daily?date=2026-11-23&brand=青禾乳业', h.lead);
    expect(body.period.asOf).toBe('2026-11-23T02:00:00.000Z');
    // Yesterday until 10:00 had 'first' and 'neg'; the 20:10 and 23:59 posts came later in the day.
    expect(body.previous).toMatchObject({ start: '2026-11-21T16:00:00.000Z', end: '2026-11-22T02:00:00.000Z', totals: { mentions: 2 } });
    expect(body.summary[0]).toBe('本期至今共监测到品牌提及 1 条，较上期同时段下降 50%（上期同时段 2 条）。');
    expect(body.trend.map((p: { label: string }) => p.label)).toEqual(['00:00', '01:00', '02:00', '03:00', '04:00', '05:00', '06:00', '07:00', '08:00', '09:00']);
    expect(body.basis.note).toMatch(/^本期尚未结束，数据截至 2026-11-23 10:00（北京时间），与上期同时段（2026-11-22 00:00 至 2026-11-22 10:00）比较。/);
    // This week's 周报 on its Monday: one day drawn, compared with last Monday alone (the whole last week had 6).
    const week = await h.call('GET', '/api/reports/weekly?week=2026-11-23&brand=青禾乳业', h.lead);
    expect(week.body.trend.map((p: { label: string }) => p.label)).toEqual(['11-23']);
    expect(week.body.previous).toMatchObject({ start: '2026-11-15T16:00:00.000Z', end: '2026-11-16T02:00:00.000Z', totals: { mentions: 0 } });
    const pdf = await h.app.request('/api/reports/daily.pdf?date=2026-11-23&brand=青禾乳业', { headers: h.lead });
    expect((await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, '')).toContain('本期尚未结束，数据截至2026-11-2310:00');
  });

  test('the 周报 runs Monday to Sunday from any day of the week; bad dates and staff are refused', async () => {
    const h = await setup();
    const week = await h.call('GET', '/api/reports/weekly?week=2026-11-18&brand=青禾乳业', h.lead);
    expect(week.body.period.label).toBe('2026-11-16 至 2026-11-22');
    expect(week.body.totals.mentions).toBe(6);
    expect(week.body.trend.map((p: { label: string }) => p.label)).toEqual(['11-16', '11-17', '11-18', '11-19', '11-20', '11-21', '11-22']);
    expect((await h.call('GET', '/api/reports/daily?date=2026-02-30', h.lead)).body.error.code).toBe('invalid_date');
    expect((await h.call('GET', '/api/reports/daily?date=yesterday', h.lead)).status).toBe(400);
    const staff = (await userWithToken(h.deps, 'staff')).headers;
    expect((await h.call('GET', '/api/reports/daily?date=2026-11-22', staff)).status).toBe(403);
  });

  test('the 周报 also takes `date` (as the CLI’s --date and the 日报 do); without a date both read today’s Beijing day', async () => {
    const h = await setup();
    for (const path of ['/api/reports/weekly?date=2026-11-18&brand=青禾乳业', '/api/reports/weekly.pdf?date=2026-11-18', '/api/reports/weekly.csv?date=2026-11-18']) {
      expect((await h.app.request(path, { headers: h.lead })).status, path).toBe(200);
    }
    const byDate = await h.call('GET', '/api/reports/weekly?date=2026-11-18&brand=青禾乳业', h.lead);
    expect(byDate.body.period.label).toBe('2026-11-16 至 2026-11-22');
    expect(byDate.body.totals.mentions).toBe(6);
    // The clock reads 2026-11-23 10:00 Beijing time: today, and the week that starts on that Monday.
    expect((await h.call('GET', '/api/reports/daily?brand=青禾乳业', h.lead)).body.period.label).toMatch(/^2026-11-23/);
    expect((await h.call('GET', '/api/reports/weekly', h.lead)).body.period.label).toBe('2026-11-23 至 2026-11-29');
    expect((await h.call('GET', '/api/reports/weekly?date=2026-02-30', h.lead)).body.error.code).toBe('invalid_date');
  });

  test('舆情概览 defaults to the last 7 Beijing days up to today; a day off the calendar is a 400, not a 500', async () => {
    const h = await setup();
    const week = await h.call('GET', '/api/reports/overview?brand=青禾乳业', h.lead);
    expect(week.status).toBe(200);
    expect(week.body.period).toMatchObject({ start: '2026-11-16T16:00:00.000Z', end: '2026-11-23T16:00:00.000Z', label: '2026-11-17 至 2026-11-23' });
    expect(week.body.totals.mentions).toBe(7); // every 青禾乳业 mention of the set, 21 to 23 November
    for (const q of ['to=2026-02-30', 'from=2026-02-30&to=2026-03-02']) {
      const bad = await h.call('GET', `/api/reports/overview?${q}`, h.lead);
      expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_date']);
    }
  });

  test('CSV of the mentions behind it opens in Excel (BOM) and cannot run formulas', async () => {
    const h = await setup();
    const res = await h.app.request('/api/reports/daily.csv?date=2026-11-22&brand=青禾乳业', { headers: h.lead });
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="daily-2026-11-22-mentions.csv"; filename*=UTF-8''${encodeURIComponent('日报-2026-11-22-青禾乳业-提及.csv')}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split('\r\n');
    expect(lines[0]!.startsWith('首次发现（北京时间）,品牌')).toBe(true);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^2026-11-22 00:00,青禾乳业,weibo/);
    expect(text).toContain(`"'=HYPERLINK(""x"") 青禾客服不理人"`);
  });

  test('the 日报 PDF reads back with its sections, numbers and chart labels (CJK font embedded)', async () => {
    const h = await setup();
    const res = await h.app.request('/api/reports/daily.pdf?date=2026-11-22&brand=青禾乳业', { headers: h.lead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('日报-2026-11-22-青禾乳业.pdf')}`);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-report-'));
    const file = join(dir, 'daily.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of ['品牌舆情监测日报', '报告期', '监测范围', '摘要', '需立即关注事项', '声量趋势', '平台分布', '情感分布', '热词', '重点事件', '处置情况', '本期共监测到品牌提及 4 条', '喝出异物', '10:00', '每千条占比', '抖音'])
      expect(text, s).toContain(s);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSansSC.*yes/);
  });

  test('alerts a PR lead set aside: the 摘要 says how many still wait, 需立即关注 drops them, the PDF says what became of each', async () => {
    const h = await setup();
    const alert = (id: string, over: Partial<typeof alerts.$inferInsert>): typeof alerts.$inferInsert => ({
      id, brand: '青禾乳业', rule: 'volume', scope: '', hour: '2026-11-22T01:00:00.000Z', level: 'severe', observed: 95,
      baseline: { median: 21, mad: 2, basis: 'hour_of_week_4w', points: [] }, score: 16.2, preset: 'balanced', explanation: `预警${id}说明`,
      topPosts: [], topTerms: [], createdAt: '2026-11-22T01:05:00.000Z', ...over,
    });
    await h.db.insert(alerts).values([
      alert('waiting', {}),
      alert('aside', { rule: 'negative_share', dismissedAt: '2026-11-22T02:00:00.000Z', dismissedBy: 'u', dismissedByName: '王芳', dismissReason: 'false_alarm' }),
      alert('known', { rule: 'category', scope: 'safety', level: 'moderate', dismissedAt: '2026-11-22T02:00:00.000Z', dismissReason: 'known' }),
    ]);
    const { body } = await h.call('GET', '/api/reports/daily?date=2026-11-22&brand=青禾乳业', h.lead);
    expect(body.summary).toContain('本期触发预警 3 次（待处理 1 次，已忽略 2 次）；涉及事件 0 个，其中处置中 0 个。');
    expect(body.attention.filter((a: { kind: string }) => a.kind === 'alert').map((a: { ref: string }) => a.ref)).toEqual(['waiting']);
    const res = await h.app.request('/api/reports/daily.pdf?date=2026-11-22&brand=青禾乳业', { headers: h.lead });
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-report-')), 'daily.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    // A table cell may wrap: read the words without the line breaks.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const s of ['处理', '待处理', '已忽略（误报）', '已忽略（已知情况，无需处置）']) expect(text, s).toContain(s);
  });
});
