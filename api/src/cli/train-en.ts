import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadEnglishModel, scoreEnglish } from '@vigil/shared/engine/english';
import { trainEnglish } from '@vigil/shared/engine/english-train';
import { evaluate } from '@vigil/shared/engine/sentiment-train';
import type { Dataset } from './train-data.ts';

// The English half of `vigil train` (issue 15): trains on every set's training rows, prints and records held-out
// accuracy per set (negative vs rest, as for Chinese), and writes the model JSON.
export function trainEnglishSets(sets: Dataset[], out: string): void {
  const train = sets.flatMap((s) => s.train);
  const started = Date.now();
  const json = trainEnglish(train, {
    source: `word/pair logistic regression with negation and contrast, trained by \`vigil train\` on ${sets.filter((s) => s.train.length).map((s) => s.name.split('/').pop()).join(', ')}`,
    log: (line) => console.error(line),
  });
  const model = loadEnglishModel(json);
  json.validation = {};
  console.log(`English: trained on ${train.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const s of sets) {
    const score = evaluate((t) => scoreEnglish(model, t).negative >= 0.5, s.validation);
    json.validation[s.name.split('/').pop()!] = score;
    console.log(`${s.name}: accuracy ${(score.accuracy * 100).toFixed(1)} %, negative F1 ${score.negativeF1.toFixed(3)} (n=${score.n})`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(json));
  console.log(`English model written to ${out}`);
}
