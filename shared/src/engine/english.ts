// English sentiment (issue 3): Vigil's small lexicon with negation scope, refined by compromise when it has been
// loaded. compromise is ~140 KB gzip, so this file never imports it: english-nlp.ts does, on demand.

const negative = new Set(
  ('bad awful terrible horrible worst poor disappointing disappointed disgusting sick ill allergic allergy poisoned ' +
    'poisoning toxic contaminated expired spoiled sour rotten broken defective fake scam fraud fraudulent lie lied ' +
    'lies liar cheat cheated misleading sue sued lawsuit recall recalled dangerous unsafe hate hated angry furious ' +
    'refund complaint complain complained rude useless waste boring dull mess failure fail failed slow never-again ' +
    'hospital hospitalized vomit vomiting diarrhea outrage outraged scandal ban banned fine fined lousy pathetic ' +
    'unacceptable worse sad upset annoying annoyed regret').split(' '),
);
const positive = new Set(
  ('good great excellent amazing awesome love loved lovely best nice delicious tasty fresh safe recommend recommended ' +
    'happy glad perfect wonderful fantastic favorite favourite fine thanks thank helpful friendly fast reliable ' +
    'beautiful brilliant enjoy enjoyed pleasant impressive satisfied superb solid clean healthy').split(' '),
);
const negators = new Set(['not', 'no', 'never', "n't", 'without', 'hardly', 'barely', 'nothing', 'nor', 'neither', 'cannot']);
const intensifiers = new Set(['very', 'really', 'so', 'extremely', 'totally', 'absolutely', 'super', 'incredibly']);

interface Nlp {
  tokenize(text: string): { json(): { terms: { normal: string; tags: string[]; post?: string }[] }[] };
}
let nlp: Nlp | null = null;

/** Hands compromise to the English path (english-nlp.ts loads it); until then the regex tokenizer is used. */
export function useEnglishNlp(instance: unknown): void {
  nlp = instance as Nlp;
}

interface Token {
  word: string;
  negation: boolean;
  /** Clause punctuation follows: a negation does not reach past it. */
  stop?: boolean;
}

function tokens(text: string): Token[] {
  if (nlp) {
    // compromise's tokenizer (6× cheaper than its full tagger) expands contractions (isn't → is + #Negative) and
    // keeps possessives on the name (Qinghe Dairy's), which the lexicon then sees without the 's.
    return nlp
      .tokenize(text)
      .json()
      .flatMap((t) =>
        t.terms.map((x) => ({
          word: x.normal.replace(/'s$/, '').replace(/[^a-z'-]/g, ''),
          negation: x.tags.includes('Negative'),
          stop: /[.,!?;:]/.test(x.post ?? ''),
        })),
      );
  }
  const out: Token[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:'[a-z]+)?|[.,!?;:]/g)) {
    let w = m[0];
    if (w.length === 1 && !/[a-z]/.test(w)) {
      const last = out[out.length - 1];
      if (last) last.stop = true;
      continue;
    }
    if (w.endsWith("n't")) {
      out.push({ word: w.slice(0, -3), negation: false });
      w = "n't";
    } else if (w.endsWith("'s")) w = w.slice(0, -2); // possessive: "Qinghe's milk" is about Qinghe's milk
    out.push({ word: w, negation: negators.has(w) });
  }
  return out;
}

/** Probability-like scores for negative and positive, from lexicon hits with a three-word negation scope. */
export function scoreEnglish(text: string): { negative: number; positive: number } {
  let neg = 0;
  let pos = 0;
  let scope = 0;
  let boost = 1;
  for (const t of tokens(text)) {
    if (t.negation || negators.has(t.word)) {
      scope = 3;
      continue;
    }
    if (intensifiers.has(t.word)) {
      boost = 1.5;
      continue;
    }
    const polarity = negative.has(t.word) ? -1 : positive.has(t.word) ? 1 : 0;
    if (polarity !== 0) {
      // "not good" is negative; "not bad" is mildly positive.
      const p = scope > 0 ? (polarity > 0 ? -0.9 : 0.5) : polarity;
      if (p < 0) neg += -p * boost;
      else pos += p * boost;
    }
    boost = 1;
    // A negation turns the first sentiment word after it, within three words and the same clause.
    if (polarity !== 0 || t.stop) scope = 0;
    else if (scope > 0) scope--;
  }
  const squash = (x: number) => 1 - Math.exp(-x);
  const n = squash(Math.max(0, neg - pos * 0.5));
  const p = squash(Math.max(0, pos - neg * 0.5));
  return { negative: 0.1 + 0.85 * n, positive: 0.1 + 0.85 * p };
}
