import { readTextFile } from '../lib/text-file.ts';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { analyze, compilePack, demoPack, loadEnglish, type CompiledPack } from '@vigil/shared/engine/index';
import { RulePackImport } from '@vigil/shared/schemas/rules';
import { openRuntime } from '../runtime.ts';
import { currentPack, packVersion } from '../rules/pack-store.ts';
import { command, parse, UsageError } from './command.ts';

// `vigil analyze [--rules FILE | --db]` (issue 3, DESIGN.md CLI contract): JSON Lines in, one JSON line out per input
// line, in order. The pack: --rules FILE, --db (the database's current pack), or by default the demo pack (the one
// `seed --demo` stores), so analysing needs no database. A malformed line gets an error line
// `{"id"?, "error": {code, message}}` and the stream goes on; the exit code stays 0 because every line was answered
// (2 only for usage errors such as an invalid rules file).

const Count = z.number().nonnegative().finite();
const Line = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  platform: z.string().optional(),
  counts: z.object({ reposts: Count, comments: Count, likes: Count, views: Count }).partial().optional(),
  author: z.object({ name: z.string(), verified: z.boolean(), media: z.boolean() }).partial().optional(),
});

export function loadRulesFile(file: string): CompiledPack {
  let raw: unknown;
  try {
    raw = JSON.parse(readTextFile(file).text);
  } catch (err) {
    throw new UsageError(`无法读取规则文件 / cannot read rules file ${file}: ${err instanceof Error ? err.message : err}`);
  }
  // The format `rules import` takes (and `rules export` writes): a file without a version gets its content digest,
  // as the store would give it, so one hand-written pack serves both commands.
  const parsed = RulePackImport.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`规则文件无效 / invalid rules file: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const { version, ...content } = parsed.data;
  return compilePack({ ...content, version: version || packVersion(content) });
}

/** `--db`: the pack as stored (what the API serves), e.g. after a PR lead edited brands in the workspace. */
async function databasePack(): Promise<CompiledPack> {
  const { db } = await openRuntime();
  try {
    return compilePack(await currentPack(db));
  } finally {
    db.$client.close();
  }
}

export function analyzeLine(pack: CompiledPack | null, line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: { code: 'invalid_json', message: '不是有效的 JSON / not valid JSON' } });
  }
  const parsed = Line.safeParse(json);
  const id = (json as { id?: unknown } | null)?.id;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = `输入无效 / invalid input: ${issue?.path.join('.') || '(line)'}: ${issue?.message}`;
    return JSON.stringify({ ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}), error: { code: 'invalid_input', message } });
  }
  const { text, platform, counts, author } = parsed.data;
  const a = analyze(pack, { text, platform, counts, author });
  return JSON.stringify({
    id: parsed.data.id ?? null,
    mentions: a.mentions.map(({ brand, term, start, end }) => ({ brand, term, start, end })),
    sentiment: a.sentiment,
    level: a.level,
    reasons: a.reasons,
  });
}

export const analyzeCommand = command(
  {
    name: 'analyze',
    usage: 'analyze [--rules FILE | --db] < in.jsonl > out.jsonl',
    summary: 'JSON Lines {id,text,platform?,counts?} → mentions, sentiment, level, reasons (demo pack by default)',
  },
  async (args) => {
    const { values } = parse(args, { rules: { type: 'string' }, db: { type: 'boolean' } });
    if (values.rules && values.db) throw new UsageError('--rules and --db exclude each other');
    const pack = values.rules ? loadRulesFile(values.rules) : values.db ? await databasePack() : compilePack(demoPack);
    await loadEnglish();
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let buffer: string[] = [];
    const flush = async () => {
      if (buffer.length === 0) return;
      const chunk = buffer.join('\n') + '\n';
      buffer = [];
      if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
    };
    for await (const line of rl) {
      if (!line.trim()) continue;
      buffer.push(analyzeLine(pack, line));
      if (buffer.length >= 256) await flush();
    }
    await flush();
    return 0;
  },
);
