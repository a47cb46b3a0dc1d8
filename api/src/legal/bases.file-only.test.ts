import { describe, expect, test } from 'vitest';
import { beijingTime } from './format.ts';
import { disparagementArticle, LEGAL_BASES } from './bases.ts';

describe('商业诋毁 article by conduct date (issue 10; 反不正当竞争法 2025 修订 in force 2025-10-15)', () => {
  test.each([
    ['2025-10-14T15:59:59.000Z', '第十一条'], // 23:59:59 Beijing, the day before
    ['2025-10-14T16:00:00.000Z', '第十二条'], // 00:00 Beijing on 2025-10-15
    ['2019-05-01T00:00:00.000Z', '第十一条'],
    ['2026-11-20T02:30:00.000Z', '第十二条'],
  ])('a post at %s (UTC) is cited under %s', (iso, article) => {
    expect(disparagementArticle(beijingTime(iso).slice(0, 10)).article).toBe(article);
  });

  test('the library holds the bases issue 10 names, each with its text and when to use it', () => {
    expect(LEGAL_BASES.map((b) => b.id)).toEqual(['civil-1024', 'civil-1025', 'civil-1028', 'civil-1000', 'civil-1195', 'aucl-disparagement', 'criminal-246', 'criminal-221']);
    for (const b of LEGAL_BASES) expect(b.text.length, b.id).toBeGreaterThan(30);
    expect(LEGAL_BASES.find((b) => b.id === 'criminal-246')?.thresholds).toMatch(/五千次.*五百次/);
  });
});
