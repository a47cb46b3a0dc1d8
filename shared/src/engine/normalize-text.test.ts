import { describe, expect, test } from 'vitest';
import { normalizeTerm, normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  test.each([
    ['full-width Latin folds to lower-case ASCII', 'ＱＩＮＧＨＥ牛奶', 'qinghe牛奶'],
    ['zero-width characters vanish', '青\u200b禾\u200d乳\ufeff业', '青禾乳业'],
    ['variation selectors vanish', '好评❤\ufe0f', '好评❤'],
    ['traditional becomes simplified', '青禾乳業的牛奶讓我過敏', '青禾乳业的牛奶让我过敏'],
    ['Taiwan/HK variants fold too', '裡面為什麼', '里面为什么'],
    ['emoji alt text stays plain text', '又胀包了[怒][摊手]', '又胀包了[怒][摊手]'],
    ['ideographic space and full-width punctuation', '青禾\u3000！', '青禾 !'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  test('offsets map every normalised unit back to the original UTF-16 span', () => {
    const input = 'A\u200bＢ😀青禾';
    const n = normalizeText(input);
    expect(n.text).toBe('ab😀青禾');
    expect([...n.starts]).toEqual([0, 2, 3, 3, 5, 6]);
    expect([...n.ends]).toEqual([1, 3, 5, 5, 6, 7]);
  });

  test('a character that expands keeps pointing at its source', () => {
    const n = normalizeText('㈱青禾');
    expect(n.text).toBe('(株)青禾');
    expect(n.starts[2]).toBe(0);
    expect(n.starts[3]).toBe(1);
  });
});

describe('normalizeTerm', () => {
  test.each(['ＱＩＮＧＨＥ牛奶', '青\u200b禾乳業', '好评❤\ufe0f', '㈱青禾', 'A\u200bＢ😀青禾', '裡面為什麼'])('agrees with normalizeText on %s', (s) => {
    expect(normalizeTerm(s)).toBe(normalizeText(s).text);
  });
});
