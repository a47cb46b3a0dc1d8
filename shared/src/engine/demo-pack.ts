import type { RulePack } from '../schemas/rules.ts';

// The demo rule pack (issue 3): a fictional dairy brand, 青禾乳业 / QINGHE. `vigil seed --demo` stores it and the e2e
// site fixtures are written around it, so changing an alias here means changing those fixtures too.

const t = (category: RulePack['riskTerms'][number]['category'], weight: number, terms: string[]) =>
  terms.map((term) => ({ term, category, weight }));

export const demoPack: RulePack = {
  version: 'demo-1',
  brands: [
    {
      name: '青禾乳业',
      aliases: [
        '青禾乳业',
        '青禾',
        '青禾牛奶',
        '青禾酸奶',
        '青禾奶粉',
        '清禾', // 谐音 used to dodge keyword filters
        '某禾乳业', // 某X form
        '某禾',
        'QH乳业', // Latin initials used to dodge keyword filters (issue 12)
        'QH牛奶',
        'QH酸奶',
        '青禾家',
        'QINGHE', // also matches full-width ＱＩＮＧＨＥ and any letter case after normalisation
        'Qinghe Dairy',
      ],
      excludes: ['青禾苗', '青禾田', '清禾路'],
      people: ['周明远', '陈书瑶'],
      terms: t('quality', 5, ['胀包', '胀袋']),
      // Its own voice (issue 13 item 2): the site fixtures' official accounts, uids as their pages show them.
      ownAccounts: [
        { platform: 'weibo', name: '青禾乳业官方', uid: '1650123456', role: 'official' },
        { platform: 'weibo', name: '青禾乳业官方微博', role: 'official' },
        { platform: 'weibo', name: '周明远', uid: '2093456781', role: 'executive' },
        { platform: 'douyin', name: '青禾乳业官方客服', uid: 'MS4wLjABAAAAa1Lw9Yer', role: 'official' },
        { platform: 'xiaohongshu', name: '青禾乳业官方', uid: '61a0000000000000000000a2', role: 'official' },
        { platform: 'bilibili', name: '青禾乳业官方', uid: '32100009', role: 'official' },
      ],
    },
  ],
  // Weights on the form's 0–10 scale (issue 12): 10 is 重度 on its own; 8–9 is grave (a safety, executive or
  // regulator term of 8+ next to the brand is 重度 too); 5–7 is serious; 2–4 a complaint; 1 a hint.
  riskTerms: [
    ...t('safety', 10, ['中毒', '致癌', '三聚氰胺', 'food poisoning']),
    ...t('safety', 8, ['爆炸', '细菌超标', '住院', '送医', '急诊', '异物', '疾控', 'hospitalised', 'hospitalized', 'contaminated', 'foreign object']),
    ...t('safety', 6, ['过敏', '食品安全', '腹泻', '拉肚子', '呕吐', '上吐下泻', '又吐又拉', '变质', 'allergic', 'sick', 'vomiting', 'diarrhea']),
    ...t('legal', 7, ['起诉', '立案', '诉讼', '律师函', 'lawsuit', 'sue']),
    ...t('legal', 5, ['律师', '维权', '315', '报警', '索赔', '法院']),
    ...t('fraud', 9, ['数据造假', '篡改', '伪造']),
    ...t('fraud', 8, ['先放行', '报告后补', '检测未完成']),
    ...t('fraud', 7, ['诈骗', '欺诈', '骗局', 'fraud', 'scam']),
    ...t('fraud', 5, ['假货', '虚假宣传', '以次充好', '造假', '骗子', 'fake']),
    ...t('fraud', 4, ['内部人士', '知情人', '爆料', '内部员工']),
    ...t('quality', 4, ['质量问题', '过期', '发酸', '结块', '异味', '有虫', '不合格', 'expired']),
    // A foreign body named plainly (喝出一根头发) is a quality complaint; 异物 itself stays a safety term above.
    ...t('quality', 5, ['头发', '苍蝇', '虫子', '玻璃渣', '塑料片']),
    ...t('service', 2, ['客服', '退款', '售后', '配送', '送错', '发货慢', 'refund']),
    ...t('service', 3, ['投诉', '态度差', '不退', '不理人', '没人管', '黑猫投诉', 'complaint']),
    ...t('executive', 8, ['被抓', '被带走', '留置', '丑闻', 'arrest', 'detained', 'bribery']),
    // A title alone is a hint: a chairman opening a factory is no crisis.
    ...t('executive', 1, ['董事长', '总裁', '高管', 'CEO']),
    ...t('regulator', 8, ['召回', '抽检不合格', '立案调查', '介入调查', '监管部门', '实名举报', 'recall', 'regulator', 'investigation', 'investigate']),
    ...t('regulator', 7, ['12315', '12345', '市场监督管理局', '卫健委', '食药监', '已介入', '消协', '消费者协会']),
    ...t('regulator', 6, ['市场监管', '监管局', '约谈', '罚款', '通报', '下架', '举报', '抽检', '热线']),
  ],
  // Registrable domains: a host covers its subdomains (finance.sina.com.cn under sina.com.cn, issue 12).
  newsHosts: [
    'sina.com.cn',
    'thepaper.cn',
    '163.com',
    'new.qq.com',
    'news.qq.com',
    'sohu.com',
    'ifeng.com',
    'toutiao.com',
    'baijiahao.baidu.com',
    'sixthtone.com',
  ],
  // 10 alone, with the negative tone such a post has, reaches 重度 (the form's promise).
  levels: { mild: 1, moderate: 6, severe: 10 },
  near: { chars: 60, farFactor: 0.5 },
};
