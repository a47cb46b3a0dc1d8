import { describe, expect, test } from 'vitest';
import { encodeHead, loadSentimentModel, scoreChinese, type SentimentModelJson } from './sentiment-model.ts';
import { lexiconClasses } from './sentiment-lexicon.ts';

// Per-domain decision thresholds (issue 15): `experts.threshold` moves the negative label's threshold for text the
// gate assigns to that domain (ChnSentiCorp-like reviews from 0.45, chosen on training-row folds). A hand-built model
// whose every head says 0.47 negative shows the rule: negative only where the domain with threshold 0.45 dominates.
const size = 1 + lexiconClasses.length;
const head = (bias: number) => encodeHead({ bias, w: new Float32Array(size) });
const logit = (p: number) => Math.log(p / (1 - p));
/** Every head says `p` negative; the gates pick the domain: review's gate is `reviewGate`, delivery's its opposite. */
const expertModel = (p: number, reviewGate: number, extra: { threshold?: number[]; ironyExempt?: string[] } = {}) =>
  loadSentimentModel({
    format: 'vigil-sentiment-1', source: 'test', maxN: 3, keys: '好', classes: [...lexiconClasses],
    heads: {
      negative: head(logit(p)), positive: head(-3),
      experts: {
        domains: ['delivery', 'review'], negative: [head(logit(p)), head(logit(p))],
        gate: [head(-reviewGate), head(reviewGate)], mix: 0.75, ...extra,
      },
    },
  } satisfies SentimentModelJson);
const model = (threshold: number[] | undefined, reviewGate: number) => expertModel(0.47, reviewGate, threshold ? { threshold } : {});

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

// Irony (呵呵 next to a complaint) pushes a post towards negative, but not a product review (issue 15): there 呵呵 is
// mostly a friendly laugh. Every head of the hand-built model says 0.4 negative.
const ironyModel = (reviewGate: number) => expertModel(0.4, reviewGate, { ironyExempt: ['review'] });

describe('irony boost', () => {
  test.each([
    ['Weibo-like post with 呵呵 and a complaint: boosted to negative', '呵呵，又送错了', -4, true],
    ['review-like text with the same words: not boosted', '呵呵，又送错了', 4, false],
    ['no irony marker: never boosted', '又送错了', -4, false],
  ])('%s', (_name, text, reviewGate, negative) => {
    expect(scoreChinese(ironyModel(reviewGate), text).negative >= 0.5).toBe(negative);
  });
});
