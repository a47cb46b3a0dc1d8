import { loadSentimentModel, scoreChinese } from '@vigil/shared/engine/sentiment-model';
import { evaluate, trainSentiment, type Example, type TrainOptions } from '@vigil/shared/engine/sentiment-train';
import { normalizeTerm } from '@vigil/shared/engine/normalize-text';
import type { Dataset } from './train-data.ts';

// `vigil train --cv` (issue 15): where the model's choices are tuned. Five folds of the *training* rows only, by a
// second text hash (independent of the held-out split, so identical texts stay in one fold); each fold is scored by a
// model trained on the other four. The held-out splits are never read. Prints each fold and the mean per dataset;
// one fold mean moves about ±0.3 points by chance, so a change is worth keeping when it beats that on several sets.

/** Fold set 1: FNV-1a over the text read backwards, unrelated to `bucket`, which cuts the held-out split. Fold set 2
 * (`--fold-set 2`): a multiply-xorshift hash read forwards, independent of both: a candidate chosen on set 1 is
 * confirmed on set 2, where its gain cannot be a choice fitted to set 1's noise (issue 15, fourth round). */
export function foldOf(text: string, folds = 5, set: 1 | 2 = 1): number {
  let h: number;
  if (set === 2) {
    h = 0x9747b28c;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ (text.charCodeAt(i) + 7), 0x5bd1e995) ^ (h >>> 13);
  } else {
    h = 0x811c9dc5;
    for (let i = text.length - 1; i >= 0; i--) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return (h >>> 0) % folds;
}

export function crossValidate(
  sets: Dataset[], folds: number[], log: (line: string) => void, set: 1 | 2 = 1, opts: TrainOptions = {},
): Record<string, number> {
  const fold = (text: string) => foldOf(text, 5, set);
  const sums: Record<string, number[]> = {};
  for (const f of folds) {
    const train: Example[] = sets.flatMap((s) => s.train.filter((x) => fold(x.text) !== f));
    const model = loadSentimentModel(trainSentiment(train, opts));
    const line = sets.map((s) => {
      const score = evaluate((t) => scoreChinese(model, normalizeTerm(t)).negative >= 0.5, s.train.filter((x) => fold(x.text) === f));
      (sums[s.name] ??= []).push(score.accuracy * 100);
      return `${s.name.split('/').pop()} ${(score.accuracy * 100).toFixed(2)} % (n=${score.n})`;
    });
    log(`fold ${f}: ${line.join('  ')}`);
  }
  const means = Object.fromEntries(Object.entries(sums).map(([k, xs]) => [k, xs.reduce((a, b) => a + b, 0) / xs.length]));
  log(`mean over ${folds.length} fold(s)${set === 2 ? ' of fold set 2' : ''}: ${Object.entries(means).map(([k, m]) => `${k.split('/').pop()} ${m.toFixed(2)} %`).join('  ')}`);
  return means;
}
