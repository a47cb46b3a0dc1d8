import { describe, expect, test } from 'vitest';
import { analyze, loadEnglish } from './index.ts';
import { tokenizeEnglish } from './english-features.ts';

// English sentiment (issue 15): the trained word model reads negation, contrast ("but") and intensifiers, on
// sentences a PR team would see about a brand. Every table runs with Vigil's tokenizer and again with compromise.
const label = (text: string) => analyze(null, { text }).sentiment.label;
const negative = (text: string) => {
  const s = analyze(null, { text }).sentiment;
  return s.label === 'negative' ? s.score : 1 - s.score;
};

const tables = () => {
  test.each([
    ['negated praise', "Qinghe's milk is not good, it tasted sour", 'negative'],
    ['negated praise with a contraction', "It doesn't taste fresh at all", 'negative'],
    ['contracted negation of worth', "Qinghe milk isn't worth the money", 'negative'],
    ['negated complaint', 'Qinghe Dairy never disappoints, the milk is always fresh', 'positive'],
    ['plain praise', 'The new yogurt is good', 'positive'],
    ['plain complaint', 'The service was slow', 'negative'],
  ])('negation: %s', (_n, text, expected) => expect(label(text)).toBe(expected));

  test.each([
    ['praise, but a complaint', 'The yogurt is delicious, but delivery was slow and the box was broken', 'negative'],
    ['complaint, but praise', 'Delivery was slow and the box was broken, but the yogurt is delicious', 'positive'],
    ['price, but quality', 'The price is high but the quality is excellent', 'positive'],
    ['quality, but price', 'The quality is excellent but the price is too high', 'negative'],
    ['fine, but rude service', 'The milk was fine but customer service was rude and useless', 'negative'],
  ])('contrast: %s', (_n, text, expected) => expect(label(text)).toBe(expected));

  test.each([
    ['really great', 'Qinghe yogurt is really great, I love it', 'positive'],
    ['extremely disappointing', 'Qinghe yogurt is extremely disappointing', 'negative'],
    ['incredibly helpful', 'Customer service was incredibly helpful and friendly', 'positive'],
    ['absolutely terrible', 'The new Qinghe formula is absolutely terrible, avoid it', 'negative'],
  ])('intensifier: %s', (_n, text, expected) => expect(label(text)).toBe(expected));

  test('an intensifier makes a complaint more negative, a negation turns praise', () => {
    expect(negative('The service was incredibly slow')).toBeGreaterThan(negative('The service was slow'));
    expect(negative('Qinghe milk is not good')).toBeGreaterThan(negative('Qinghe milk is good') + 0.5);
  });
};

describe('English sentiment, Vigil tokenizer', tables);

describe('English sentiment, compromise loaded', () => {
  test('compromise is in use', async () => {
    await loadEnglish();
    expect(label("Qinghe Dairy's milk isn't good, my son got sick")).toBe('negative');
  });
  tables();
});

describe('English tokens', () => {
  test.each([
    ["doesn't", ['does', 'not']],
    ['does n\'t', ['does', 'not']],
    ["won't", ['will', 'not']],
    ['ca n\'t', ['can', 'not']],
    ["Qinghe Dairy's milk", ['qinghe', 'dairy', 'milk']],
    ['it \'s fine', ['it', 'fine']],
  ])('%s', (text, words) => expect(tokenizeEnglish(text).map((t) => t.word)).toEqual(words));
});
