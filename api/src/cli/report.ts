import { writeFileSync } from 'node:fs';
import { openRuntime } from '../runtime.ts';
import { buildReport, dailyRequest, weeklyRequest, type ReportRequest } from '../monitoring/report.ts';
import { reportPdf } from '../monitoring/report-pdf.ts';
import { command, parse, UsageError } from './command.ts';

// `vigil report daily|weekly --date YYYY-MM-DD [--brand B] --out FILE.pdf` (issue 11): the same PDF as
// GET /api/reports/daily.pdf, for a scheduled job or an e-mail.

export const reportCommand = command(
  { name: 'report', usage: 'report daily|weekly --date YYYY-MM-DD [--brand B] --out FILE.pdf', summary: '日报 / 周报 as PDF' },
  async (args) => {
    const { positionals, values } = parse(args, { date: { type: 'string' }, brand: { type: 'string' }, out: { type: 'string' } }, true);
    const [kind] = positionals;
    if ((kind !== 'daily' && kind !== 'weekly') || positionals.length !== 1) throw new UsageError('report needs daily or weekly');
    if (!values.date || !values.out) throw new UsageError('report needs --date and --out');
    let req: ReportRequest;
    try {
      req = kind === 'daily' ? dailyRequest(values.date, values.brand ?? null) : weeklyRequest(values.date, values.brand ?? null);
    } catch {
      throw new UsageError(`bad --date: ${values.date} (YYYY-MM-DD)`);
    }
    const { db, deps } = await openRuntime();
    try {
      const report = await buildReport(db, req, deps.clock.now());
      writeFileSync(values.out, await reportPdf(report));
      console.log(`${kind === 'daily' ? '日报' : '周报'} ${report.period.label}: ${report.totals.mentions} mentions → ${values.out}`);
      return 0;
    } finally {
      db.$client.close();
    }
  },
);
