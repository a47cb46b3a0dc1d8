import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { insertMentions, type MentionSeed } from '../monitoring/bulk.ts';
import { monitorRun } from '../monitoring/scheduler.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

const m = (key: string, at: string, over: Partial<MentionSeed> = {}): MentionSeed => ({
  key, brand: '青禾乳业', platform: 'weibo', text: '青禾牛奶还不错', level: 'none', sentiment: 'neutral', firstSeenAt: new Date(at).toISOString(), ...over,
});

async function setup() {
  // Monday 2026-11-23, 00:10 Beijing: Sunday the 22nd and the week of 16–22 November have just closed.
  const clock = fixedClock(new Date('2026-11-23T00:10:00+08:00'));
  const t = await testApp({ clock });
  await insertMentions(t.db, [
    m('sat', '2026-11-21T12:00:00+08:00'),
    m('sun-1', '2026-11-22T00:00:00+08:00'),
    m('sun-2', '2026-11-22T23:59:59.999+08:00', { sentiment: 'negative', level: 'severe', text: '青禾牛奶喝出异物', category: 'safety', riskTerms: ['异物'], reach: 5000 }),
  ]);
  const lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  const staff = (await userWithToken(t.deps, 'staff')).headers;
  return { ...t, clock, lead, staff, call: jsonCaller(t.app) };
}

describe('日报 / 周报 archived when the period closes (issue 11 item 2)', () => {
  test('the run for the hour ending at Beijing midnight archives the day (and the closed week) once; later imports do not change it', async () => {
    const h = await setup();
    const midnight = new Date('2026-11-23T00:00:00+08:00');
    const run = await monitorRun(h.deps, midnight);
    expect(run.reports.map((r) => `${r.kind} ${r.periodDate}`).sort()).toEqual(['daily 2026-11-21', 'daily 2026-11-22', 'weekly 2026-11-16']);
    expect((await monitorRun(h.deps, midnight)).reports).toEqual([]);
    expect((await monitorRun(h.deps, new Date('2026-11-23T01:00:00+08:00'))).reports).toEqual([]);

    const { body: list } = await h.call('GET', '/api/reports/archive', h.lead);
    expect(list.reports.map((r: { kind: string; label: string }) => `${r.kind} ${r.label}`)).toEqual(['daily 2026-11-22', 'daily 2026-11-21', 'weekly 2026-11-16 至 2026-11-22']);
    const sunday = list.reports[0];
    expect(sunday.generatedAt).toBe('2026-11-22T16:10:00.000Z');

    // A mention of Sunday imported on Monday: the on-demand 日报 counts it, the archived one stays as sent.
    await insertMentions(h.db, [m('late', '2026-11-22T18:00:00+08:00')]);
    const archived = await h.call('GET', `/api/reports/archive/${sunday.id}`, h.lead);
    expect(archived.body.totals.mentions).toBe(2);
    expect(archived.body.totals.byLevel.severe).toBe(1);
    expect((await h.call('GET', '/api/reports/daily?date=2026-11-22', h.lead)).body.totals.mentions).toBe(3);

    const weekly = await h.call('GET', '/api/reports/archive?kind=weekly', h.lead);
    expect(weekly.body.reports).toHaveLength(1);

    const pdf = await h.app.request(`/api/reports/archive/${sunday.id}/pdf`, { headers: h.lead });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toContain('daily-2026-11-22.pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-archive-')), 'daily.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('品牌舆情监测日报');
    expect(text).toContain('2026-11-22');
  });

  test('a server down over midnight archives the missed day when it comes back; unknown ids are 404; staff cannot read', async () => {
    const h = await setup();
    // The first run after a restart is for 03:00 on Tuesday: Monday and Sunday are both still missing.
    const run = await monitorRun(h.deps, new Date('2026-11-24T03:00:00+08:00'));
    expect(run.reports.filter((r) => r.kind === 'daily').map((r) => r.periodDate).sort()).toEqual(['2026-11-22', '2026-11-23']);
    const missing = await h.call('GET', '/api/reports/archive/nope', h.lead);
    expect([missing.status, missing.body.error.code]).toEqual([404, 'report_not_found']);
    expect((await h.call('GET', '/api/reports/archive', h.staff)).status).toBe(403);
    expect((await h.call('GET', '/api/reports/archive?kind=monthly', h.lead)).status).toBe(400);
  });

  test('each brand of the pack gets its own archived reports, listed with `brand`; without it, the reports over all brands', async () => {
    const h = await setup();
    for (const name of ['青禾乳业', '山野咖啡']) expect((await h.call('POST', '/api/brands', h.lead, { name })).status).toBe(201);
    await insertMentions(h.db, [m('coffee', '2026-11-22T09:00:00+08:00', { brand: '山野咖啡', text: '山野咖啡新品好喝' })]);
    const run = await monitorRun(h.deps, new Date('2026-11-23T00:00:00+08:00'));
    expect(run.reports.filter((r) => r.periodDate === '2026-11-22').map((r) => r.brand)).toEqual([null, '山野咖啡', '青禾乳业']);

    const list = async (q: string) => (await h.call('GET', `/api/reports/archive?kind=daily${q}`, h.lead)).body.reports as { id: string; label: string; brand: string | null }[];
    const all = await list('');
    expect(all.map((r) => [r.label, r.brand])).toEqual([['2026-11-22', null], ['2026-11-21', null]]);
    const qinghe = await list(`&brand=${encodeURIComponent('青禾乳业')}`);
    expect(qinghe.map((r) => [r.label, r.brand])).toEqual([['2026-11-22', '青禾乳业'], ['2026-11-21', '青禾乳业']]);
    expect(await list(`&brand=${encodeURIComponent('没有的品牌')}`)).toEqual([]);

    const total = async (id: string) => (await h.call('GET', `/api/reports/archive/${id}`, h.lead)).body.totals.mentions;
    expect([await total(all[0]!.id), await total(qinghe[0]!.id)]).toEqual([3, 2]);
    const pdf = await h.app.request(`/api/reports/archive/${qinghe[0]!.id}/pdf`, { headers: h.lead });
    // Saved under a name that says whose report it is; the all-brands one under its own.
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="daily-2026-11-22.pdf"; filename*=UTF-8''${encodeURIComponent('日报-2026-11-22-青禾乳业.pdf')}`);
    const allPdf = await h.app.request(`/api/reports/archive/${all[0]!.id}/pdf`, { headers: h.lead });
    expect(allPdf.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('日报-2026-11-22-全部品牌.pdf')}`);
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-archive-')), 'brand.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('品牌：青禾乳业；');
    expect(text).not.toContain('山野咖啡');
  });
});
