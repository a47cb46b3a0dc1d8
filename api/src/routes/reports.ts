import { Hono, type Context } from 'hono';
import { DailyQuery, OverviewQuery, Report, WeeklyQuery } from '@vigil/shared/schemas/monitoring';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';
import { mentionsCsv } from '../monitoring/csv.ts';
import { buildReport, dailyRequest, reportFileName, weeklyRequest, type ReportRequest } from '../monitoring/report.ts';
import { reportPdf } from '../monitoring/report-pdf.ts';
import { beijingDay } from '@vigil/shared/i18n/beijing-time';
import { DAY, dayPeriod } from '../monitoring/time.ts';
import { pdfHeaders } from '../lib/attachment.ts';
import { attachment } from '../lib/attachment.ts';

// 日报 / 周报 / 舆情概览 (issue 11): JSON for the workspace, PDF with the same charts, CSV of the mentions behind them.
// pr_lead and legal read them (admin always).

const readers = ['pr_lead', 'legal'] as const;
const pdfResponse = { 200: { description: 'PDF', contentType: 'application/pdf' }, 400: { description: 'bad date' } };
const csvResponse = { 200: { description: 'CSV (UTF-8 with BOM)', contentType: 'text/csv' }, 400: { description: 'bad date' } };

function requestOf(kind: 'daily' | 'weekly', q: { date?: string | undefined; week?: string | undefined; brand?: string | undefined }, now: Date): ReportRequest {
  const day = (kind === 'weekly' ? q.week : undefined) ?? q.date ?? beijingDay(now);
  try {
    return kind === 'daily' ? dailyRequest(day, q.brand ?? null) : weeklyRequest(day, q.brand ?? null);
  } catch {
    throw errors.badRequest('日期无效 / invalid date', 'invalid_date');
  }
}

async function pdf(c: Context<AppEnv>, req: ReportRequest) {
  const { db, clock } = c.get('deps');
  const bytes = await reportPdf(await buildReport(db, req, clock.now()));
  pdfHeaders(c, `${req.kind}-${req.label.slice(0, 10)}.pdf`, reportFileName(req.kind, req.label.slice(0, 10), req.brand));
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
}

async function csv(c: Context<AppEnv>, req: ReportRequest) {
  const text = await mentionsCsv(c.get('deps').db, { start: req.period.start.toISOString(), end: req.period.end.toISOString(), brand: req.brand });
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', attachment(`${req.kind}-${req.label.slice(0, 10)}-mentions.csv`, reportFileName(req.kind, req.label.slice(0, 10), req.brand, '-提及.csv')));
  return c.body(text, 200);
}

export const reportRoutes = new Hono<AppEnv>()
  .get('/daily', route({ roles: readers, summary: '日报: the Beijing day 00:00–24:00 of `date` (default today)', tags: ['reports'], query: DailyQuery, responses: { 200: { description: 'report', schema: Report } } }), async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await buildReport(db, requestOf('daily', c.req.valid('query'), clock.now()), clock.now()), 200);
  })
  .get('/daily.pdf', route({ roles: readers, summary: '日报 as PDF, charts drawn as vectors', tags: ['reports'], query: DailyQuery, responses: pdfResponse }), (c) => pdf(c, requestOf('daily', c.req.valid('query'), c.get('deps').clock.now())))
  .get('/daily.csv', route({ roles: readers, summary: 'The mentions behind the 日报, CSV', tags: ['reports'], query: DailyQuery, responses: csvResponse }), (c) => csv(c, requestOf('daily', c.req.valid('query'), c.get('deps').clock.now())))
  .get('/weekly', route({ roles: readers, summary: '周报: Monday–Sunday (Beijing) of the week containing `week` (or `date`; default this week)', tags: ['reports'], query: WeeklyQuery, responses: { 200: { description: 'report', schema: Report } } }), async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await buildReport(db, requestOf('weekly', c.req.valid('query'), clock.now()), clock.now()), 200);
  })
  .get('/weekly.pdf', route({ roles: readers, summary: '周报 as PDF', tags: ['reports'], query: WeeklyQuery, responses: pdfResponse }), (c) => pdf(c, requestOf('weekly', c.req.valid('query'), c.get('deps').clock.now())))
  .get('/weekly.csv', route({ roles: readers, summary: 'The mentions behind the 周报, CSV', tags: ['reports'], query: WeeklyQuery, responses: csvResponse }), (c) => csv(c, requestOf('weekly', c.req.valid('query'), c.get('deps').clock.now())))
  .get('/overview', route({ roles: readers, summary: '舆情概览: any range of Beijing days (default the last 7), hourly up to 7 days', tags: ['reports'], query: OverviewQuery, responses: { 200: { description: 'report', schema: Report }, 400: { description: 'bad range' } } }), async (c) => {
    const { db, clock } = c.get('deps');
    const q = c.req.valid('query');
    const now = clock.now();
    const to = q.to ?? beijingDay(now);
    let from: string;
    let start: Date;
    let end: Date;
    try {
      end = dayPeriod(to).end;
      from = q.from ?? beijingDay(end, -7);
      start = dayPeriod(from).start;
    } catch {
      throw errors.badRequest('日期无效 / invalid date', 'invalid_date');
    }
    const days = (end.getTime() - start.getTime()) / DAY;
    if (days < 1 || days > 92) throw errors.badRequest('时间范围须为 1–92 天 / the range must be 1–92 days', 'invalid_range');
    const req: ReportRequest = { kind: 'overview', brand: q.brand ?? null, period: { start, end }, label: from === to ? from : `${from} 至 ${to}`, bucket: days <= 7 ? 'hour' : 'day' };
    return c.json(await buildReport(db, req, now), 200);
  });
