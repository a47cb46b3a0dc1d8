import { describe, expect, test } from 'vitest';
import { demoPack } from './demo-pack.ts';
import { normalizeText } from './normalize-text.ts';
import { compilePack, matchPack, mentionPack } from './rules.ts';
import type { RulePackInput } from '../schemas/rules.ts';

// The content script compiles the pack without its risk terms (issue 15): which units name a brand must come out
// exactly as with the whole pack, whatever the risk terms overlap.

const full = compilePack(demoPack);
const names = compilePack(mentionPack(demoPack));
const mentions = (c: typeof full, text: string) => matchPack(c, normalizeText(text)).mentions;

describe('the mention pack', () => {
  test('keeps names, people and excludes and drops every risk term', () => {
    const kinds = (c: typeof full) => c.patterns.map((p) => p.kind);
    expect(kinds(names)).not.toContain('risk');
    expect(kinds(names).length).toBe(kinds(full).filter((k) => k !== 'risk').length);
    expect(kinds(names).length).toBeLessThan(kinds(full).length / 4);
    expect(names.version).not.toBe(full.version);
    // Trimmed twice (the background for the page, then the page's script), it is the same pack.
    expect(mentionPack(mentionPack(demoPack))).toEqual(mentionPack(demoPack));
  });

  test.each([
    '喝了青禾牛奶孩子过敏住院了，客服一直推脱，我们准备起诉青禾乳业。',
    '在青禾官方旗舰店买的酸奶一周了还没发货，准备去12315投诉。',
    '某禾乳业的奶又胀包了，今年315见吧。',
    '今天去田里看了青禾苗，长势喜人，青禾酸奶也好喝',
    '青禾乳業的牛奶讓我過敏，ＱＩＮＧＨＥ客服不理人',
    '周明远今天回应了质疑，陈书瑶发文致歉',
    'qinghemilk and aqinghe are not it, but Qinghe Dairy is',
    '清禾家的酸奶又胀包了[怒]，质量问题必须曝光',
    '今天天气不错，下班去公园跑了五公里，晚饭吃了一碗牛肉面。',
  ])('%s: the same mentions as the whole pack', (text) => {
    expect(mentions(names, text)).toEqual(mentions(full, text));
  });

  test('a risk term that contains or overlaps a brand name changes nothing', () => {
    const pack: RulePackInput = {
      ...demoPack,
      version: 'overlap-1',
      riskTerms: [{ term: '青禾乳业跑路', category: 'fraud', weight: 8 }, { term: '禾乳', category: 'quality', weight: 1 }],
    };
    for (const text of ['青禾乳业跑路了？', '青禾乳业回应'])
      expect(mentions(compilePack(mentionPack(pack)), text)).toEqual(mentions(compilePack(pack), text));
  });
});
