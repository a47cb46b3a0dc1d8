import { describe, expect, test } from 'vitest';
import { encodeHead, loadSentimentModel, scoreChinese, type SentimentModelJson } from './sentiment-model.ts';
import { lexiconClasses } from './sentiment-lexicon.ts';

// Per-domain decision thresholds (issue 15): `experts.threshold` moves the negative label's threshold for text the
// gate assigns to that domain (ChnSentiCorp-like reviews from 0.45, chosen on training-row folds). A hand-built model
// whose every head says 0.47 negative shows the rule: negative only where the domain with threshold 0.45 dominates.
const size = 1 + lexiconClasses.length;
const head = (bias: number) => encodeHead({ bias, w: new Float32Array(size) });
const logit = (p: number) => Math.log(p / (1 - p));
const model = (threshold: number[] | undefined, reviewGate: number) =>
  loadSentimentModel({
    format: 'vigil-sentiment-1', source: 'test', maxN: 3, keys: '好', classes: [...lexiconClasses],
    heads: {
      negative: head(logit(0.47)), positive: head(-3),
      experts: {
        domains: ['delivery', 'review'], negative: [head(logit(0.47)), head(logit(0.47))],
        gate: [head(-reviewGate), head(reviewGate)], mix: 0.75, ...(threshold ? { threshold } : {}),
      },
    },
  } satisfies SentimentModelJson);

describe('per-domain decision threshold', () => {
  test.each([
    ['no thresholds: 0.47 is not negative', undefined, 4, false],
    ['review dominates, its threshold 0.45: negative', [0.5, 0.45], 4, true],
    ['delivery dominates, its threshold 0.5: not negative', [0.5, 0.45], -4, false],
    ['gates tied (neither over ½): not negative', [0.5, 0.45], 0, false],
  ])('%s', (_name, threshold, reviewGate, negative) => {
    const s = scoreChinese(model(threshold, reviewGate), '房间不大');
    expect(s.negative >= 0.5).toBe(negative);
  });
});
