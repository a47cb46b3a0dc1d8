// Features of the English sentiment model (issue 15): words and word pairs, with negation and contrast structure
// made explicit, plus Vigil's English lexicon classes. The trainer and the runtime use this same code.
// Structure: a negator ("not", "n't", "never", "no"…) marks the next words of its clause as negated (`!good`), so
// "not good" and "good" are different features; a contrast word ("but", "yet", "though"…) ends the clause, and words
// of a clause that a later "but" overrides count for half ("the cast is fine, but the plot is a mess").

export interface EnToken {
  word: string;
  /** A negator, also one that compromise expanded from a contraction (isn't → is + not). */
  negation: boolean;
  /** The punctuation that follows (ends the clause; `.!?;` end the sentence). */
  stop?: string;
}

const negatorWords = 'not no never nothing nor neither without hardly barely cannot none nobody nowhere lack lacks lacking'.split(' ');
export const englishNegators = new Set(negatorWords);
const contrast = new Set(['but', 'yet', 'however', 'though', 'although', 'except', 'nevertheless', 'nonetheless', 'whereas']);
const sentenceEnd = /[.!?;]/;
const dropped = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m", 's']);
const contractionStem: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

/** Vigil's regex tokenizer: lower case, contractions split (SST's "does n't" and "doesn't" alike), possessives dropped. */
export function tokenizeEnglish(text: string): EnToken[] {
  const out: EnToken[] = [];
  for (const m of text.toLowerCase().replace(/[’‘`]/g, "'").matchAll(/n't|'[a-z]+|[a-z0-9]+(?:[-'][a-z0-9]+)*|[.,!?;:]/g)) {
    let w = m[0];
    if (w.length === 1 && /[.,!?;:]/.test(w)) {
      const last = out[out.length - 1];
      if (last) last.stop = w;
      continue;
    }
    if (w.endsWith("n't")) {
      const stem = w.slice(0, -3);
      if (stem) out.push({ word: contractionStem[stem] ?? stem, negation: false });
      else if (out.length && !out[out.length - 1]!.stop) {
        const last = out[out.length - 1]!; // SST's "ca n't", "wo n't"
        last.word = contractionStem[last.word] ?? last.word;
      }
      out.push({ word: 'not', negation: true });
      continue;
    }
    const apostrophe = w.indexOf("'");
    if (apostrophe > 0) w = w.slice(0, apostrophe); // it's, qinghe's, they're: the stem carries the meaning
    if (dropped.has(w)) continue;
    out.push({ word: w, negation: englishNegators.has(w) });
  }
  return out;
}

// Vigil's own English word lists (brand-risk vocabulary first: safety, fraud, legal, service). They become class
// features (`@neg`, `@negated-pos`…) so a listed word counts even where the training sentences never used it.
const listNegative = new Set(
  ('bad awful terrible horrible worst poor disappointing disappointed disgusting sick ill allergic allergy poisoned ' +
    'poisoning toxic contaminated expired spoiled sour rotten broken defective fake scam fraud fraudulent lie lied ' +
    'lies liar cheat cheated misleading sue sued lawsuit recall recalled dangerous unsafe hate hated angry furious ' +
    'refund complaint complain complained rude useless waste boring dull mess failure fail failed slow hospital ' +
    'hospitalized vomit vomiting diarrhea outrage outraged scandal ban banned fined lousy pathetic unacceptable worse ' +
    'sad upset annoying annoyed regret mediocre bland stupid dumb ugly tedious flawed weak painful ridiculous ' +
    'nightmare horrendous overpriced unreliable leak leaking moldy mold crap junk shame shameful').split(' '),
);
const listPositive = new Set(
  ('good great excellent amazing awesome love loved lovely best nice delicious tasty fresh safe recommend recommended ' +
    'happy glad perfect wonderful fantastic favorite favourite thanks thank helpful friendly fast reliable ' +
    'beautiful brilliant enjoy enjoyed pleasant impressive satisfied superb solid clean healthy fun funny charming ' +
    'delightful masterpiece moving touching smart clever entertaining gorgeous terrific outstanding remarkable').split(' '),
);
const intensifiers = new Set(
  'very really so extremely totally absolutely super incredibly too utterly truly completely highly most'.split(' '),
);
// Class keys: @neg, @pos, @negated-neg, @negated-pos, @degree-neg, @degree-pos.

/** Feature keys of one token stream, each with a value in (0, 1] (½ for a clause a later contrast overrides). */
export function englishGrams(tokens: readonly EnToken[], onGram: (key: string, value: number) => void, scope = 3, overridden = 0.5): void {
  // Where each sentence's last contrast word is: words before it (in that sentence) count for half.
  const lastContrast = new Int32Array(tokens.length).fill(-1);
  let pending = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (contrast.has(tokens[i]!.word) && pending < 0) pending = i;
    lastContrast[i] = pending;
    if (i > 0 && sentenceEnd.test(tokens[i - 1]!.stop ?? '')) pending = -1;
  }
  let negated = 0;
  let prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const v = lastContrast[i]! > i ? overridden : 1;
    if (contrast.has(t.word)) negated = 0;
    const key = negated > 0 && !t.negation ? `!${t.word}` : t.word;
    onGram(key, v);
    const polarity = listNegative.has(t.word) ? 'neg' : listPositive.has(t.word) ? 'pos' : '';
    if (polarity) {
      onGram(negated > 0 ? `@negated-${polarity}` : `@${polarity}`, v);
      if (intensifiers.has(prev) && !negated) onGram(`@degree-${polarity}`, v);
    }
    if (prev) onGram(`${prev} ${t.word}`, v);
    prev = t.word;
    if (t.negation) negated = scope;
    else if (negated > 0) negated--;
    if (t.stop) { negated = 0; prev = ''; }
  }
}
