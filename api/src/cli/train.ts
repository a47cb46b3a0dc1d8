import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSentimentModel, scoreChinese } from '@vigil/shared/engine/sentiment-model';
import { evaluate, trainSentiment, type Example } from '@vigil/shared/engine/sentiment-train';
import { normalizeTerm } from '@vigil/shared/engine/normalize-text';
import { command, parse, UsageError } from './command.ts';
import { bucket, defaultDatasets, readExamples, type Dataset } from './train-data.ts';

// `vigil train [--data FILE…] [--out FILE]` (issue 3): trains the Chinese sentiment model, prints validation accuracy
// per dataset on held-out splits, and writes the model JSON (by default over the shipped model, so a rebuild of the
// extension ships it). Without --data it uses ../shared/data/sentiment next to the work tree.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const shippedModelPath = resolve(root, 'shared/src/engine/model/zh-sentiment.json');

function dataDir(): string | null {
  for (const d of [resolve(root, '../shared/data/sentiment'), resolve(process.cwd(), '../shared/data/sentiment')])
    if (existsSync(d)) return d;
  return null;
}

export const trainCommand = command(
  { name: 'train', usage: 'train [--data FILE…] [--out FILE]', summary: 'train the sentiment model, print validation accuracy' },
  async (args) => {
    const { values } = parse(args, { data: { type: 'string', multiple: true }, out: { type: 'string' } });
    let sets: Dataset[];
    if (values.data?.length) {
      sets = values.data.map((file) => {
        const xs = readExamples(file);
        return { name: file, train: xs.filter((x) => bucket(x.text) >= 10), validation: xs.filter((x) => bucket(x.text) < 10) };
      });
    } else {
      const dir = dataDir();
      if (!dir) throw new UsageError('没有训练数据 / no data: pass --data FILE (CSV label,text or JSONL {text,label})');
      sets = defaultDatasets(dir);
    }
    const train: Example[] = sets.flatMap((s) => s.train);
    if (train.length === 0) throw new UsageError('训练数据为空 / no labelled rows found');
    const started = Date.now();
    const json = trainSentiment(train, {
      source: `char 1–3-gram logistic regression trained by \`vigil train\` on ${sets.map((s) => s.name.split('/').pop()).join(', ')}`,
      log: (line) => console.error(line),
    });
    const model = loadSentimentModel(json);
    json.validation = {};
    console.log(`trained on ${train.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const s of sets) {
      const score = evaluate((t) => scoreChinese(model, normalizeTerm(t)).negative >= 0.5, s.validation);
      json.validation[s.name.split('/').pop()!] = score;
      console.log(`${s.name}: accuracy ${(score.accuracy * 100).toFixed(1)} %, negative F1 ${score.negativeF1.toFixed(3)} (n=${score.n})`);
    }
    const out = resolve(values.out ?? shippedModelPath);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(json));
    console.log(`model written to ${out}`);
    return 0;
  },
);
