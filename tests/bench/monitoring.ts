import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../api/src/app.ts';
import { migrateDb, openDb } from '../../api/src/db/client.ts';
import { runDetection } from '../../api/src/monitoring/detect.ts';
import { buildReport, dailyRequest } from '../../api/src/monitoring/report.ts';
import { reportPdf } from '../../api/src/monitoring/report-pdf.ts';
import { newLogKey } from '../../api/src/runtime.ts';
import { userWithToken } from '../../api/src/test-support/users.ts';

// Monitoring over 1 M stored mentions (issue 11 budgets): 日报 JSON < 1 s, its PDF < 3 s, one hourly detection run
// < 1 s, 舆情概览 API p95 < 200 ms. Five brands, 26 weeks (about 5 500 mentions a day), embedded libSQL file.

const N = 1_000_000;
const END = Date.parse('2026-11-23T00:00:00+08:00');
const SPAN_S = 26 * 7 * 24 * 3600;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-monitor-'));
  const db = openDb({ url: `file:${join(dir, 'vigil.db')}` });
  await migrateDb(db);
  const t0 = performance.now();
  await db.$client.execute(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${N - 1})
    INSERT INTO mentions (unit_key, platform, kind, url, text, brand, level, sentiment_label, sentiment_score, reasons, terms, first_seen_at, last_seen_at, reported_by, category, risk_terms, reach, reach_velocity)
    SELECT 'b:' || i, CASE i % 3 WHEN 0 THEN 'weibo' WHEN 1 THEN 'douyin' ELSE 'news' END, 'post', '', '品牌' || (i % 5) || '的一条讨论 #' || i,
      '品牌' || (i % 5), CASE WHEN i % 97 = 0 THEN 'severe' WHEN i % 13 = 0 THEN 'moderate' WHEN i % 7 = 0 THEN 'mild' ELSE 'none' END,
      CASE WHEN i % 5 = 1 THEN 'negative' WHEN i % 5 = 2 THEN 'positive' ELSE 'neutral' END, 0.5, '[]', '[]',
      strftime('%Y-%m-%dT%H:%M:%fZ', ${END / 1000 - SPAN_S} + (i * ${SPAN_S}.0 / ${N}), 'unixepoch'),
      strftime('%Y-%m-%dT%H:%M:%fZ', ${END / 1000 - SPAN_S} + (i * ${SPAN_S}.0 / ${N}), 'unixepoch'), 'bench',
      CASE WHEN i % 13 = 0 THEN 'quality' WHEN i % 97 = 0 THEN 'safety' ELSE NULL END,
      CASE WHEN i % 13 = 0 THEN '["异物"]' ELSE NULL END, (i * 7919) % 50000, CASE WHEN i % 50 = 0 THEN (i % 3000) ELSE NULL END
    FROM n`);
  await db.$client.execute('ANALYZE');
  console.log(`seeded ${N} mentions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const now = new Date(END + 3600_000);
  const daily = [] as number[];
  const dailyAll = [] as number[];
  for (let i = 0; i < 5; i++) {
    daily.push(await time(() => buildReport(db, dailyRequest('2026-11-20', '品牌1'), now)));
    dailyAll.push(await time(() => buildReport(db, dailyRequest('2026-11-21', null), now)));
  }
  const report = await buildReport(db, dailyRequest('2026-11-20', '品牌1'), now);
  const pdf = [] as number[];
  for (let i = 0; i < 3; i++) pdf.push(await time(() => reportPdf(report)));
  const detect = [] as number[];
  for (let h = 0; h < 5; h++) detect.push(await time(() => runDetection(db, new Date(END - h * 3600_000), now)));
  const deps = { db, clock: { now: () => now }, keys: { pepper: randomBytes(32), logKey: newLogKey() }, config: { secureCookies: false, tsaUrls: [], version: 'bench', databaseLabel: 'bench' } };
  const app = createApp(deps);
  const lead = await userWithToken(deps, 'pr_lead');
  const overview = [] as number[];
  for (let i = 0; i < 20; i++) overview.push(await time(async () => (await app.request(`/api/reports/overview?brand=${encodeURIComponent(`品牌${i % 5}`)}`, { headers: lead.headers })).arrayBuffer()));
  const row = (what: string, ms: number, budget: number) => console.log(`${what.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  (budget ${budget} ms)`);
  console.log(`${report.totals.mentions} mentions in the brand's day; ${N} stored`);
  row('日报 JSON, one brand (median of 5)', median(daily), 1000);
  row('日报 JSON, all brands (median of 5)', median(dailyAll), 1000);
  row('日报 PDF with 3 vector charts (median of 3)', median(pdf), 3000);
  row('hourly detection run, 5 brands (median of 5)', median(detect), 1000);
  row('舆情概览 API, 7 days hourly, p95 of 20', p95(overview), 200);
  db.$client.close();
}
