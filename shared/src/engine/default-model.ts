import modelJson from './model/zh-sentiment.json';
import { loadSentimentModel, type SentimentModel, type SentimentModelJson } from './sentiment-model.ts';

// The shipped model (trained by `vigil train` from ../shared/data/sentiment, see the README), decoded on first use:
// building its automaton costs tens of milliseconds that a page with no text should not pay.
let model: SentimentModel | null = null;
export function defaultSentimentModel(): SentimentModel {
  model ??= loadSentimentModel(modelJson as unknown as SentimentModelJson);
  return model;
}
