import { readTextFile } from '../lib/text-file.ts';
import { RulePackImport } from '@vigil/shared/schemas/rules';
import { openRuntime } from '../runtime.ts';
import { currentPack, replacePack } from '../rules/pack-store.ts';
import { command, parse, UsageError } from './command.ts';

// `vigil rules import FILE` / `vigil rules export` (issue 3): the brand rule pack as JSON (format: RulePack in
// shared/src/schemas/rules.ts). Import replaces the stored pack in one batch; export prints it to stdout.

export const rulesCommand = command(
  { name: 'rules', usage: 'rules import FILE | rules export', summary: 'import (replace) or export the brand rule pack (JSON)' },
  async (args) => {
    const { positionals } = parse(args, {}, true);
    const [action, file] = positionals;
    if (action === 'import') {
      if (!file || positionals.length !== 2) throw new UsageError('rules import needs one FILE');
      let raw: unknown;
      try {
        raw = JSON.parse(readTextFile(file).text);
      } catch (err) {
        throw new UsageError(`无法读取规则文件 / cannot read ${file}: ${err instanceof Error ? err.message : err}`);
      }
      const parsed = RulePackImport.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UsageError(`规则文件无效 / invalid rules file: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      const { db, deps } = await openRuntime();
      try {
        const pack = await replacePack(db, parsed.data, deps.clock.now());
        console.log(`imported ${pack.brands.length} brands, ${pack.riskTerms.length} risk terms; version ${pack.version}`);
      } finally {
        db.$client.close();
      }
      return 0;
    }
    if (action === 'export') {
      if (positionals.length !== 1) throw new UsageError('rules export takes no arguments');
      const { db } = await openRuntime();
      try {
        console.log(JSON.stringify(await currentPack(db), null, 2));
      } finally {
        db.$client.close();
      }
      return 0;
    }
    throw new UsageError(action ? `unknown action: ${action}` : 'rules needs import or export');
  },
);
