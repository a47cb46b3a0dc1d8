import { describe, expect, test } from 'vitest';
import { RulePack, riskCategories } from '../schemas/rules.ts';
import { demoPack } from './demo-pack.ts';

describe('demo pack', () => {
  test('is a valid rule pack', () => {
    expect(RulePack.parse(demoPack)).toEqual(demoPack);
  });
  test('has risk terms in every category', () => {
    const seen = new Set(demoPack.riskTerms.map((r) => r.category));
    expect([...seen].sort()).toEqual([...riskCategories].sort());
  });
  test('rejects an unknown category and an empty alias with readable messages', () => {
    const bad = RulePack.safeParse({ ...demoPack, riskTerms: [{ term: 'x', category: 'weather', weight: 1 }] });
    expect(bad.success).toBe(false);
    const empty = RulePack.safeParse({ ...demoPack, brands: [{ name: '青禾', aliases: [' '] }] });
    expect(empty.success ? '' : empty.error.issues[0]?.message).toContain('词条不能为空');
  });
});
