import { englishGrams, englishNegators, tokenizeEnglish, type EnToken } from './english-features.ts';
import { encodeHead, type Head, type HeadJson } from './sentiment-model.ts';
import { headValues } from './head-codec.ts';

// English sentiment (issue 15): a logistic model over words, word pairs, negation scope, contrast and Vigil's
// lexicon classes, trained by `vigil train` (english-train.ts) like the Chinese model. compromise (~140 KB gzip) is
// never imported here: english-nlp.ts hands it over on demand, and then its tokenizer supplies the token stream
// (contractions expanded, negations tagged, clause punctuation), which feeds the same features.

export interface EnglishModelJson {
  format: 'vigil-sentiment-en-1';
  source: string;
  /** Feature keys, sorted, joined by '\n': words, `a b` pairs, `!word` (negated), `@class` (lexicon). */
  keys: string;
  negative: HeadJson;
  /** A text is positive only when its negative logit is below −margin; in between it is neutral. */
  margin: number;
  validation?: Record<string, { accuracy: number; negativeF1: number; n: number }>;
}

export interface EnglishModel {
  ids: Map<string, number>;
  w: Float32Array;
  bias: number;
  margin: number;
}

export function loadEnglishModel(json: EnglishModelJson): EnglishModel {
  if (json.format !== 'vigil-sentiment-en-1') throw new Error(`unknown English model format ${String(json.format)}`);
  const keys = json.keys ? json.keys.split('\n') : [];
  const values = headValues(json.negative);
  const w = new Float32Array(keys.length);
  for (let i = 0; i < keys.length; i++) w[i] = values[i]! * json.negative.scale;
  return { ids: new Map(keys.map((k, i) => [k, i])), w, bias: json.negative.bias, margin: json.margin };
}

export function encodeEnglishModel(keys: string[], head: Head, margin: number, source: string): EnglishModelJson {
  return { format: 'vigil-sentiment-en-1', source, keys: keys.join('\n'), negative: encodeHead(head, 31), margin };
}

interface Nlp {
  tokenize(text: string): { document: { normal: string; implicit?: string; tags: Set<string>; post?: string }[][] };
}
let nlp: Nlp | null = null;

/** Hands compromise to the English path (english-nlp.ts loads it); until then Vigil's regex tokenizer is used. */
export function useEnglishNlp(instance: unknown): void {
  nlp = instance as Nlp;
}

// compromise's tokenizer costs ~150 µs for a 20-word sentence (the budget is 50 µs a post) and reads plain words
// as the regex does (held-out 83.1 % against 82.9 %): it is asked only where it adds something, contractions and
// possessives ("isn't", "won't", "Qinghe Dairy's").
function tokens(text: string): EnToken[] {
  if (!nlp || !/['’]/.test(text)) return tokenizeEnglish(text);
  const out: EnToken[] = [];
  for (const sentence of nlp.tokenize(text).document) {
    for (const t of sentence) {
      // implicit: what a contraction stands for (isn't → is, not); possessives keep only the name (dairy's → dairy).
      const word = (t.implicit || t.normal).toLowerCase().replace(/['’].*$/, '').replace(/[^a-z0-9'-]/g, '');
      const stop = /[.,!?;:]/.exec(t.post ?? '')?.[0];
      if (word) out.push({ word, negation: t.tags.has('Negative') || englishNegators.has(word), ...(stop ? { stop } : {}) });
      else if (stop && out.length) out[out.length - 1]!.stop = stop;
    }
  }
  return out;
}

/** Distinct feature keys of a text with their values (the larger one when a key occurs twice). */
export function englishFeatures(text: string, tokenStream: EnToken[] = tokens(text)): Map<string, number> {
  const m = new Map<string, number>();
  englishGrams(tokenStream, (k, v) => {
    if ((m.get(k) ?? 0) < v) m.set(k, v);
  });
  return m;
}

/** Same 1/√n scaling as the Chinese model, by the number of distinct keys, known to the model or not. */
export const englishScale = (n: number) => 1 / Math.sqrt(Math.max(4, n));

export function englishLogit(model: EnglishModel, text: string): number {
  const f = englishFeatures(text);
  let z = 0;
  for (const [k, v] of f) {
    const id = model.ids.get(k);
    if (id !== undefined) z += model.w[id]! * v;
  }
  return model.bias + z * englishScale(f.size);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function scoreEnglish(model: EnglishModel, text: string): { negative: number; positive: number } {
  const z = englishLogit(model, text);
  return { negative: sigmoid(z), positive: sigmoid(-z - model.margin) };
}
