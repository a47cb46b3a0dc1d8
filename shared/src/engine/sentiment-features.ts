import { lexicon, lexiconClasses, type LexiconClass } from './sentiment-lexicon.ts';
import { buildMatcher } from './matcher.ts';

// Features of the Chinese sentiment model (issue 3): character 1–3-grams with exact keys (hashing them lost 2–10
// points, notes/sentiment.md) plus Vigil's lexicon classes. The n-gram vocabulary and the word lists go into one
// Aho–Corasick automaton, so a post is featurised in one pass without allocating a substring per n-gram. The
// trainer and the runtime use this same code, so what is learned is what is scored.

export interface Featurizer {
  /** Number of features: the vocabulary, then one per lexicon class. */
  readonly size: number;
  /** Distinct feature ids present in normalised text. */
  featurize(text: string): number[];
}

type Tag = 'neg' | 'pos' | 'negator' | 'degree' | 'sarcasm' | 'complaint' | 'emo-neg' | 'emo-pos';
const tagged: [Tag, readonly string[]][] = [
  ['neg', lexicon.negative], ['pos', lexicon.positive], ['negator', lexicon.negators], ['degree', lexicon.degree],
  ['sarcasm', lexicon.sarcasm], ['complaint', lexicon.complaint], ['emo-neg', lexicon.emoticonsNegative],
  ['emo-pos', lexicon.emoticonsPositive],
];

export function createFeaturizer(vocab: readonly string[]): Featurizer {
  const V = vocab.length;
  const tags: Tag[] = [];
  const patterns = [...vocab];
  for (const [tag, words] of tagged) for (const w of words) { patterns.push(w); tags.push(tag); }
  const matcher = buildMatcher(patterns);
  const size = V + lexiconClasses.length;
  const cls = (c: LexiconClass) => V + lexiconClasses.indexOf(c);
  const seen = new Uint32Array(size);
  let stamp = 0;

  return {
    size,
    featurize(text) {
      stamp++;
      const ids: number[] = [];
      const mark = (id: number) => {
        if (seen[id] !== stamp) { seen[id] = stamp; ids.push(id); }
      };
      // Ends of negators and degree adverbs, to see what directly precedes a sentiment word.
      const negEnds = new Set<number>();
      const degEnds = new Set<number>();
      const words: { tag: Tag; start: number }[] = [];
      matcher.scan(text, (id, start, end) => {
        if (id < V) return mark(id);
        const tag = tags[id - V]!;
        if (tag === 'negator') negEnds.add(end);
        else if (tag === 'degree') degEnds.add(end);
        else words.push({ tag, start });
      });
      let complaint = false;
      let negative = false;
      let sarcasm = false;
      for (const { tag, start } of words) {
        const negated = negEnds.has(start) || negEnds.has(start - 1);
        const degree = degEnds.has(start);
        if (tag === 'neg') {
          negative = true;
          mark(cls(negated ? '@negated-neg' : '@neg'));
          if (degree) mark(cls('@degree-neg'));
        } else if (tag === 'pos') {
          mark(cls(negated ? '@negated-pos' : '@pos'));
          if (degree && !negated) mark(cls('@degree-pos'));
        } else if (tag === 'complaint') { complaint = true; mark(cls('@complaint')); }
        else if (tag === 'sarcasm') sarcasm = true;
        else if (tag === 'emo-neg') mark(cls('@emo-neg'));
        else if (tag === 'emo-pos') mark(cls('@emo-pos'));
      }
      if (sarcasm && (complaint || negative)) mark(cls('@sarcasm-complaint'));
      if (complaint && (text.includes('?') || text.includes('吗'))) mark(cls('@question-complaint'));
      return ids;
    },
  };
}

/** Every 1..maxN-gram of normalised text, for building the vocabulary, plus each emoticon alt text longer than
 * maxN (`[允悲]`, `[笑cry]`) as one key: its 3-grams alone cannot tell [二哈] from text that merely contains 二哈, and
 * whole emoticons measured +0.2–0.6 points on Weibo tuning slices. Newlines never enter a key. */
export function ngrams(text: string, maxN: number, onGram: (g: string) => void): void {
  for (let i = 0; i < text.length; i++) {
    for (let n = 1; n <= maxN && i + n <= text.length; n++) {
      const g = text.slice(i, i + n);
      if (g.includes('\n')) break;
      onGram(g);
    }
  }
  for (const m of text.matchAll(emoticon)) if (m[0].length > maxN) onGram(m[0]);
}

const emoticon = /\[[^[\]\n]{2,8}\]/g;
