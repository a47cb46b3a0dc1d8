import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSentimentModel, scoreChinese } from '@vigil/shared/engine/sentiment-model';
import { normalizeTerm } from '@vigil/shared/engine/normalize-text';
import { loadEnglishModel, scoreEnglish } from '@vigil/shared/engine/english';
import { cliWorkspace, runCli } from '../test-support/cli.ts';
import { foldOf } from './train-cv.ts';
import { bucket } from './train-data.ts';

// `vigil train` on a team's own labelled files (CSV label,text and JSONL {text,label}): it prints validation
// accuracy and writes a model the engine loads.

const bad = ['青禾奶粉结块了，太差了', '客服不理人，投诉无门', '喝完拉肚子，再也不买了', '包装破了，退款还不给'];
const good = ['青禾牛奶很好喝，推荐', '送货很快，包装完好', '味道不错，孩子喜欢', '服务热情，下次还买'];

/**
 * A `label,text` CSV in a new folder: `n` rows of each label, the texts taken in turn and numbered so no two rows
 * are the same; `quote` puts the negative texts in double quotes.
 */
function labelledCsv(negatives: readonly string[], positives: readonly string[], n: number, o: { name?: string; sep?: string; quote?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-train-'));
  const q = o.quote ? '"' : '';
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(`0,${q}${negatives[i % negatives.length]}${o.sep ?? ''}${i}${q}`, `1,${positives[i % positives.length]}${o.sep ?? ''}${i}`);
  const file = join(dir, o.name ?? 'a.csv');
  writeFileSync(file, `label,text\n${rows.join('\n')}\n`);
  return { dir, file, rows };
}

describe('vigil train --data', () => {
  test('trains from CSV and JSONL, prints accuracy, writes a loadable model', async () => {
    const { dir } = labelledCsv(bad, good, 40, { quote: true });
    writeFileSync(join(dir, 'b.jsonl'), bad.map((t) => JSON.stringify({ text: t, label: 'negative' })).join('\n'));
    const out = join(dir, 'model.json');
    const res = await runCli(['train', '--data', join(dir, 'a.csv'), '--data', join(dir, 'b.jsonl'), '--out', out], cliWorkspace());
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/a\.csv: accuracy \d+\.\d %/);
    const model = loadSentimentModel(JSON.parse(readFileSync(out, 'utf8')));
    expect(scoreChinese(model, normalizeTerm('客服不理人，太差了')).negative).toBeGreaterThan(0.5);
    expect(scoreChinese(model, normalizeTerm('很好喝，推荐')).negative).toBeLessThan(0.5);
  });

  test('English rows of a file train the English model, written to --out-en', async () => {
    const sour = ['the milk was sour and the service was rude', 'my son got sick, a terrible product', 'slow delivery and a broken box'];
    const fresh = ['fresh milk and friendly service', 'a great yogurt, my kids love it', 'fast delivery, excellent quality'];
    const { dir } = labelledCsv(sour, fresh, 60, { name: 'en.csv', sep: ' ' });
    const out = join(dir, 'en.json');
    const res = await runCli(['train', '--lang', 'en', '--data', join(dir, 'en.csv'), '--out-en', out], cliWorkspace());
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/en\.csv: accuracy \d+\.\d %/);
    const model = loadEnglishModel(JSON.parse(readFileSync(out, 'utf8')));
    expect(scoreEnglish(model, 'rude service and sour milk').negative).toBeGreaterThan(0.5);
    expect(scoreEnglish(model, 'friendly service and fresh milk').negative).toBeLessThan(0.5);
  });

  test('--cv scores folds of the training rows and writes no model', async () => {
    const { dir } = labelledCsv(bad, good, 60);
    const out = join(dir, 'model.json');
    const res = await runCli(['train', '--cv', '--folds', '0,1', '--data', join(dir, 'a.csv'), '--out', out], cliWorkspace());
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^fold 0: a\.csv \d+\.\d\d % \(n=\d+\)$/m);
    expect(res.stdout).toMatch(/^fold 1: /m);
    expect(res.stdout).toMatch(/^mean over 2 fold\(s\): a\.csv \d+\.\d\d %$/m);
    expect(existsSync(out)).toBe(false);
    const bad5 = await runCli(['train', '--cv', '--folds', '7', '--data', join(dir, 'a.csv')], cliWorkspace());
    expect(bad5.code).toBe(2);
    expect(bad5.stderr).toMatch(/--folds/);
    // A second, independent fold set, to confirm a candidate on folds it was not chosen on.
    const set2 = await runCli(['train', '--cv', '--fold-set', '2', '--folds', '0', '--data', join(dir, 'a.csv')], cliWorkspace());
    expect(set2.code, set2.stderr).toBe(0);
    expect(set2.stdout).toMatch(/^mean over 1 fold\(s\) of fold set 2: a\.csv \d+\.\d\d %$/m);
    const bad3 = await runCli(['train', '--cv', '--fold-set', '3', '--data', join(dir, 'a.csv')], cliWorkspace());
    expect(bad3.code).toBe(2);
    expect(bad3.stderr).toMatch(/--fold-set/);
  }, 60_000);

  test('the two fold sets cut the rows differently, each into five folds of about a fifth', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `酒店房间${i}，服务一般`);
    for (const set of [1, 2] as const) {
      const sizes = [0, 0, 0, 0, 0];
      for (const t of texts) sizes[foldOf(t, 5, set)]!++;
      for (const n of sizes) expect(n).toBeGreaterThan(850);
    }
    const same = texts.filter((t) => foldOf(t, 5, 1) === foldOf(t, 5, 2)).length;
    expect(same / texts.length).toBeLessThan(0.3);
  });

  test('--extra-reviews adds a corpus without ChnSentiCorp\'s categories or any held-out text, and says what it dropped', async () => {
    const longBad = ['青禾奶粉结块了，太差了，客服也不理人', '喝完拉肚子，再也不买了，退款还不给', '包装破了，漏了一箱子，差评差评'];
    const longGood = ['青禾牛奶很好喝，推荐给大家，会回购', '送货很快，包装完好，孩子特别喜欢', '味道不错，价格实惠，下次还会再买'];
    const { dir, rows } = labelledCsv(longBad, longGood, 60);
    // Held out: a.csv's rows in bucket < 10. One comes back with other punctuation, one inside a longer review.
    const held = rows.map((r) => r.slice(2)).filter((t) => bucket(t) < 10);
    expect(held.length).toBeGreaterThanOrEqual(2);
    const extra = [
      '\ufeffcat,label,review',
      ...Array.from({ length: 40 }, (_, i) => `水果,${i % 2},${i % 2 ? '很新鲜，很甜，物流也快' : '烂了好几个，太失望了'}${i}`),
      '酒店,0,房间很小，隔音差',
      '书籍,1,"印刷清楚,内容好"',
      `蒙牛,0,${held[0]!.replace(/，/g, ' ')}`,
      `蒙牛,1,"总之,${held[1]!}!"`,
    ];
    writeFileSync(join(dir, 'os.csv'), `${extra.join('\n')}\n`);
    const out = join(dir, 'model.json');
    const res = await runCli(['train', '--data', join(dir, 'a.csv'), '--extra-reviews', join(dir, 'os.csv'), '--out', out], cliWorkspace());
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^os: 44 rows, 2 dropped by category, 2 sharing text with a held-out row, 40 kept$/m);
    expect(res.stdout).toMatch(/^os: accuracy \d+\.\d %/m);
    // Its n-grams become keys only from 10 of its rows (--extra-min-count): 新鲜 is in 20.
    const keys = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { keys: string }).keys.split('\n');
    expect(keys(out)).toContain('新鲜');
    const out100 = join(dir, 'model100.json');
    const res100 = await runCli(['train', '--data', join(dir, 'a.csv'), '--extra-reviews', join(dir, 'os.csv'), '--extra-min-count', '100', '--out', out100], cliWorkspace());
    expect(res100.code, res100.stderr).toBe(0);
    expect(keys(out100)).not.toContain('新鲜');
    const bad0 = await runCli(['train', '--data', join(dir, 'a.csv'), '--extra-reviews', join(dir, 'os.csv'), '--extra-weight', '2'], cliWorkspace());
    expect(bad0.code).toBe(2);
    expect(bad0.stderr).toMatch(/--extra-weight/);
  });

  test('a file without a label column is refused with a message that says what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-train-'));
    writeFileSync(join(dir, 'x.csv'), 'foo,bar\n1,2\n');
    const res = await runCli(['train', '--data', join(dir, 'x.csv'), '--out', join(dir, 'm.json')], cliWorkspace());
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/label/);
  });
});
