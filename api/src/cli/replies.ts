import { writeFileSync } from 'node:fs';
import { readTextFile } from '../lib/text-file.ts';
import { basename } from 'node:path';
import { findUserByEmail } from '../lib/accounts.ts';
import { exportReplies, ImportError, importReplies, parseImport } from '../replies/transfer.ts';
import { openRuntime } from '../runtime.ts';
import { command, parse, UsageError } from './command.ts';

/** Shown with a usage error: what the import file looks like (issue 5). */
const formats = `JSON: [{ "brand", "title", "body", "triggers": { "categories": [], "levels": [], "keywords": [], "platforms": [] },
        "expiresAt"?, "tone"?, "limits"?, "owner"?, "admitsLiability"? }]   (what \`replies export\` writes)
CSV:  a header row with brand,title,body,categories,levels,keywords,platforms,expiresAt,tone,owner,admitsLiability
      (brand, title, body required); list columns hold |-separated values, e.g. quality|safety; admitsLiability is
      true/false (是/否); UTF-8 (Excel's BOM is fine), UTF-16 or GBK (Excel's 「CSV（逗号分隔）」 on Chinese Windows).
categories: safety legal fraud quality service executive regulator · levels: none mild moderate severe ·
platforms: weibo douyin news · tone: soothing apology clarify thanks formal · expiresAt: 2026-12-31 or ISO 8601.
Rows are imported as drafts, or approved with --approve-as EMAIL (a pr_lead or admin). Every bad row is listed with
its line; one bad row imports nothing, unless --skip-invalid, which imports the good rows (each whole or not at all).`;

export const repliesCommand = command(
  {
    name: 'replies',
    usage: 'replies import FILE [--approve-as EMAIL] [--skip-invalid] | replies export [--out FILE]',
    summary: 'import unified replies from JSON or CSV (as drafts, or approved), or export them as JSON',
  },
  async (args) => {
    const options = { 'approve-as': { type: 'string' }, 'skip-invalid': { type: 'boolean' }, out: { type: 'string' } } as const;
    const { values, positionals } = parse(args, options, true);
    const [sub, file, ...extra] = positionals;
    if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
    if (sub === 'import') {
      if (!file) throw new UsageError(`replies import needs a FILE (.json or .csv)\n${formats}`);
      if (values.out !== undefined) throw new UsageError('--out belongs to replies export');
      return runImport(file, values['approve-as'], values['skip-invalid'] === true);
    }
    if (sub === 'export') {
      if (file) throw new UsageError('replies export takes no FILE argument; use --out FILE');
      if (values['approve-as'] !== undefined || values['skip-invalid']) throw new UsageError('--approve-as and --skip-invalid belong to replies import');
      return runExport(values.out);
    }
    throw new UsageError(`expected: replies import FILE | replies export\n${formats}`);
  },
);

async function runImport(file: string, approveAs: string | undefined, skipInvalid: boolean): Promise<number> {
  let text: string;
  try {
    const read = readTextFile(file);
    text = read.text;
    if (read.encoding !== 'utf-8') console.error(`按 ${read.encoding.toUpperCase()} 编码读取 / read as ${read.encoding.toUpperCase()}`);
  } catch (err) {
    console.error(`无法读取文件 / cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  let parsed: ReturnType<typeof parseImport>;
  try {
    parsed = parseImport(basename(file), text, skipInvalid);
  } catch (err) {
    if (err instanceof ImportError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const { db, deps } = await openRuntime();
  try {
    let approver = null;
    if (approveAs !== undefined) {
      const user = await findUserByEmail(db, approveAs);
      if (!user || user.disabledAt) {
        console.error(`没有该用户 / no active user with email ${approveAs}`);
        return 1;
      }
      if (user.role !== 'pr_lead' && user.role !== 'admin') {
        console.error(`${user.email} 的角色是 ${user.role}，只有 pr_lead 或 admin 能批准口径 / only pr_lead or admin may approve replies`);
        return 1;
      }
      approver = { id: user.id, name: user.name, email: user.email, role: user.role };
    }
    const { imported: n, problems } = await importReplies(db, parsed.rows, approver, deps.clock.now(), skipInvalid);
    const skipped = [...parsed.problems, ...problems];
    if (skipped.length) console.error(`跳过 ${skipped.length} 条有误的口径 / skipped ${skipped.length} bad rows:\n${skipped.join('\n')}`);
    console.log(approver ? `已导入并批准 ${n} 条口径 / imported ${n} replies, approved by ${approver.email}` : `已导入 ${n} 条口径草稿 / imported ${n} replies as drafts`);
    return 0;
  } catch (err) {
    if (err instanceof ImportError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    db.$client.close();
  }
}

async function runExport(out: string | undefined): Promise<number> {
  const { db } = await openRuntime();
  try {
    const json = `${JSON.stringify(await exportReplies(db), null, 2)}\n`;
    if (out) {
      writeFileSync(out, json);
      console.error(`已导出到 / exported to ${out}`);
    } else process.stdout.write(json);
    return 0;
  } finally {
    db.$client.close();
  }
}
