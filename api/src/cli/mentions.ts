import { readTextFile } from '../lib/text-file.ts';
import { openRuntime } from '../runtime.ts';
import { ingestMentions } from '../monitoring/ingest.ts';
import { parseMentionFile } from '../monitoring/import-file.ts';
import { command, parse, UsageError } from './command.ts';

// `vigil mentions import FILE` (issue 11): mentions found by other tools, JSON Lines of MentionReport (as
// POST /api/mentions) or CSV, each dated by its own seenAt. Everything is validated before anything is written.

export const mentionsCommand = command(
  { name: 'mentions', usage: 'mentions import FILE [--format jsonl|csv]', summary: 'import mentions (JSON Lines or CSV), seenAt kept' },
  async (args) => {
    const { positionals, values } = parse(args, { format: { type: 'string' } }, true);
    const [action, file] = positionals;
    if (action !== 'import' || !file || positionals.length !== 2) throw new UsageError('mentions import needs one FILE');
    const format = values.format ?? (/\.csv$/i.test(file) ? 'csv' : 'jsonl');
    if (format !== 'csv' && format !== 'jsonl') throw new UsageError(`bad --format: ${format}`);
    let text: string;
    try {
      const read = readTextFile(file);
      text = read.text;
      if (read.encoding !== 'utf-8') console.error(`按 ${read.encoding.toUpperCase()} 编码读取 / read as ${read.encoding.toUpperCase()}`);
    } catch (err) {
      throw new UsageError(`无法读取文件 / cannot read ${file}: ${err instanceof Error ? err.message : err}`);
    }
    const { reports, errors } = parseMentionFile(text, format);
    if (errors.length) {
      console.error(`导入被拒绝，未写入任何数据 / import refused, nothing written: ${errors.length} bad record(s)`);
      for (const e of errors.slice(0, 10)) console.error(`  ${e}`);
      return 1;
    }
    if (reports.length === 0) {
      console.error('文件中没有记录 / no records in the file');
      return 1;
    }
    const { db } = await openRuntime();
    try {
      const { accepted, updated } = await ingestMentions(db, reports, { reportedBy: 'import', seenAt: (m) => m.seenAt });
      console.log(`read ${reports.length} records: ${accepted.length} new mentions, ${updated.length} updated`);
      return 0;
    } finally {
      db.$client.close();
    }
  },
);
