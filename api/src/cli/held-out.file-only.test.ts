import { describe, expect, test } from 'vitest';
import { defaultSentimentModel } from '@vigil/shared/engine/default-model';
import { scoreChinese } from '@vigil/shared/engine/sentiment-model';
import { scoreEnglish } from '@vigil/shared/engine/english';
import { normalizeTerm } from '@vigil/shared/engine/normalize-text';
import { evaluate } from '@vigil/shared/engine/sentiment-train';
import { dataDir } from './train.ts';
import { defaultDatasets } from './train-data.ts';
import { englishDatasets } from './train-data-en.ts';

// Accuracy floors of the shipped sentiment models (issues 3, 15) on the held-out splits of the corpora in
// ../shared/data/sentiment (never committed, so the test is skipped where they are absent). Held out means never
// trained on: a validation text that also occurs in a training file is not counted (train-data.ts), so these
// are figures on unseen text. A retrained model that loses more than noise on any set fails here.
const dir = dataDir();
// Floors = the shipped models' figures (issue 15), rounded down to 0.1; the goal for product reviews is 92 %.
const floors: Record<string, number> = {
  weibo2018: 87.6, chnsenticorp: 90.6, waimai: 90.4, 'smp2020-usual': 83.7, 'smp2020-virus': 85.2, sst2: 83.2,
};

describe.skipIf(!dir)('shipped sentiment models on the held-out splits', () => {
  const model = defaultSentimentModel();
  const zh = dir ? defaultDatasets(dir) : [];
  const en = dir ? englishDatasets(dir) : [];

  test('every corpus is there and none of its held-out texts was trained on', () => {
    expect(zh.map((s) => s.name)).toEqual(['weibo2018', 'chnsenticorp', 'waimai', 'smp2020-usual', 'smp2020-virus']);
    const key = (t: string) => normalizeTerm(t).replace(/\s+/g, '');
    const trained = new Set(zh.flatMap((s) => s.train.map((x) => key(x.text))));
    for (const s of zh) expect(s.validation.filter((x) => trained.has(key(x.text))), s.name).toEqual([]);
  });

  test.each(Object.keys(floors).filter((n) => n !== 'sst2'))('%s (Chinese, negative vs rest) stays at its floor', (name) => {
    const set = zh.find((s) => s.name === name)!;
    const score = evaluate((t) => scoreChinese(model, normalizeTerm(t)).negative >= 0.5, set.validation);
    expect(score.accuracy * 100).toBeGreaterThanOrEqual(floors[name]!);
  });

  test('SST-2 (English, held-out whole sentences) stays at its floor', () => {
    const set = en.find((s) => s.name === 'sst2')!;
    const score = evaluate((t) => scoreEnglish(model.english!, t).negative >= 0.5, set.validation);
    expect(score.accuracy * 100).toBeGreaterThanOrEqual(floors.sst2!);
  });
});
