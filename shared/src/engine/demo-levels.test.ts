import { describe, expect, test } from 'vitest';
import { demoPack } from './demo-pack.ts';
import { analyze, loadEnglish } from './index.ts';
import { compilePack } from './rules.ts';
import type { AnalyzeInput, Level } from './types.ts';

// The demo pack as a PR lead of 青禾乳业 would write it (issue 12 item 5): hotline and regulator posts about safety
// are 中度 or 重度, insiders' reports too; praise, ads and good news stay 无; evasive names are still the brand.

const pack = compilePack(demoPack);
await loadEnglish();
const grave: Level[] = ['moderate', 'severe'];

describe('levels on the demo pack', () => {
  test.each<[string, string, Level[], Partial<AnalyzeInput>?]>([
    ['hotline, regulator stepped in', '多位家长反映孩子喝了青禾牛奶后呕吐、腹泻，市场监管部门已介入调查。', grave],
    ['hotline call', '打了12315投诉青禾乳业，孩子喝完上吐下泻，热线说会转给当地市场监管局处理', grave],
    ['regulator inspection in a comment', '孩子喝了青禾牛奶又吐又拉，已经打了12315，市场监管局说会上门抽检', grave],
    ['insider report handed to regulators and lawyers', '内部人士爆料：青禾乳业部分批次检测未完成就先放行，报告后补，相关材料已交给监管部门和律师。', grave],
    ['whistleblower, evasive name', '我是QH乳业的员工，实名举报工厂篡改检测数据', grave],
    ['QH乳业 alias with a foreign body', 'QH乳业的酸奶喝出异物，已经向12315举报了', grave],
    ['hospitalised child and a lawsuit', '喝了青禾牛奶孩子过敏住院了，整整三天！客服一直推脱，我们已经找律师准备起诉青禾乳业。', ['severe']],
    ['recall on an English news site', 'Qinghe Dairy recalls yogurt after food poisoning complaints. The local market regulator opened an investigation.', grave],
    ['child taken to hospital', '喝了青禾的牛奶，孩子上吐下泻，已经送医院了，大家千万别买', ['severe']],
    ['a hair in the milk', '青禾的奶喝出了一根头发，恶心死了', grave],
    ['forged test reports', '青禾乳业的质检报告居然是伪造的，太恶心了，再也不买了', grave],
    ['an English post: a sick child', 'Qinghe Dairy milk made my kid sick, we ended up in the ER last night.', grave],
    ['an English news line: regulators investigating', 'Qinghe Dairy is being investigated by regulators over contaminated milk powder.', ['severe']],
    ['an English news line: the CEO arrested', 'Qinghe Dairy CEO arrested on bribery charges.', ['severe']],
    ['an English product launch', 'Qinghe Dairy opens a new plant in Inner Mongolia.', ['none']],
    ['late delivery', '在青禾官方旗舰店买的酸奶，付款一周了还没发货，客服不理人，发货慢到离谱', ['mild', 'moderate']],
    ['praise', '青禾酸奶真的好喝，低糖版本配燕麦绝了，已经回购第三箱', ['none']],
    ['advert', '青禾乳业冬季暖心礼盒上新，限时满199减50，牧场直送好奶到家', ['none']],
    ['factory opening', '青禾乳业新工厂投产 年产能20万吨。青禾乳业董事长周明远在投产仪式上表示，新工厂采用全程冷链和数字化品控系统，将进一步提升产品品质。', ['none'], { platform: 'finance.sina.com.cn' }],
    ['breakfast post', '今天的早餐：全麦面包+青禾酸奶，低糖版真的好喝', ['none']],
  ])('%s', (_name, text, levels, extra) => {
    const a = analyze(pack, { text, ...extra });
    expect(a.mentions.length, 'names the brand').toBeGreaterThan(0);
    expect(levels, `${a.level}: ${a.reasons.join('; ')}`).toContain(a.level);
  });

  test('weights use the 0–10 scale the form explains (10 alone is 重度)', () => {
    const all = [...demoPack.riskTerms, ...demoPack.brands.flatMap((b) => b.terms ?? [])];
    expect(all.every((t) => t.weight >= 1 && t.weight <= 10)).toBe(true);
    const ten = all.find((t) => t.weight === 10)!;
    expect(analyze(pack, { text: `青禾乳业 ${ten.term}` }).level).toBe('severe');
  });
});
