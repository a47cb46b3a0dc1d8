import { scoreEnglish } from './english.ts';
import { scoreChinese, type SentimentModel } from './sentiment-model.ts';
import type { Sentiment } from './types.ts';

// negative | neutral | positive with a confidence (issue 3). Chinese (and emoticon-only) text goes to the n-gram
// model; text that is mostly Latin letters goes to the English model (issue 15) when the model carries one.

export function isEnglish(normText: string): boolean {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < normText.length; i++) {
    const c = normText.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 97 && c <= 122) latin++;
  }
  // One Chinese character carries about as much as a five-letter word.
  return latin >= 3 && cjk * 5 < latin;
}

export function labelScores(s: { negative: number; positive: number }): Sentiment {
  const round = (x: number) => Math.round(x * 100) / 100;
  if (s.negative >= 0.5) return { label: 'negative', score: round(s.negative) };
  if (s.positive >= 0.5) return { label: 'positive', score: round(s.positive) };
  return { label: 'neutral', score: round(1 - Math.max(s.negative, s.positive)) };
}

/** Sentiment of normalised text (`rawText` is the original, for the English tokenizer's possessives). */
export function sentimentOf(model: SentimentModel, normText: string, rawText: string): Sentiment {
  if (!normText.trim()) return { label: 'neutral', score: 1 };
  if (model.english && isEnglish(normText)) return labelScores(scoreEnglish(model.english, rawText));
  return labelScores(scoreChinese(model, normText));
}
