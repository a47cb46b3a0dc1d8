import modelJson from './model/zh-sentiment.json';
import englishJson from './model/en-sentiment.json';
import { loadEnglishModel, type EnglishModelJson } from './english.ts';
import { loadSentimentModel, type SentimentModel, type SentimentModelJson } from './sentiment-model.ts';

// The shipped models (trained by `vigil train` from ../shared/data/sentiment, see model/README.md), decoded on first
// use: building the Chinese automaton costs tens of milliseconds that a page with no text should not pay.
let model: SentimentModel | null = null;
export function defaultSentimentModel(): SentimentModel {
  model ??= {
    ...loadSentimentModel(modelJson as unknown as SentimentModelJson),
    english: loadEnglishModel(englishJson as unknown as EnglishModelJson),
  };
  return model;
}
