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
        'QINGHE', // also matches full-width ＱＩＮＧＨＥ and any letter case after normalisation
        'Qinghe Dairy',
      ],
      excludes: ['青禾苗', '青禾田', '清禾路'],
      people: ['周明远', '陈书瑶'],
      terms: t('quality', 5, ['胀包', '胀袋']),
    },
  ],
  riskTerms: [
    ...t('safety', 8, ['中毒', '致癌', '爆炸', '三聚氰胺', '细菌超标', '住院', 'food poisoning']),
    ...t('safety', 6, ['过敏', '食品安全', '异物', '腹泻', '拉肚子', '呕吐', '变质', 'allergic']),
    ...t('legal', 7, ['起诉', '立案', '诉讼', '律师函', 'lawsuit', 'sue']),
    ...t('legal', 5, ['律师', '维权', '315', '报警', '索赔', '法院']),
    ...t('fraud', 7, ['诈骗', '欺诈', '骗局', 'fraud', 'scam']),
    ...t('fraud', 5, ['假货', '虚假宣传', '以次充好', '造假', '骗子', 'fake']),
    ...t('quality', 4, ['质量问题', '过期', '发酸', '结块', '异味', '有虫', '不合格', 'expired']),
    ...t('service', 2, ['客服', '退款', '售后', '配送', '送错', '发货慢', 'refund']),
    ...t('service', 3, ['投诉', '态度差', '不退', '不理人', '没人管', 'complaint']),
    ...t('executive', 8, ['被抓', '被带走', '留置', '丑闻']),
    ...t('executive', 3, ['董事长', '总裁', '高管', 'CEO']),
    ...t('regulator', 8, ['召回', '抽检不合格', '立案调查', 'recall']),
    ...t('regulator', 6, ['市场监管', '监管局', '约谈', '罚款', '通报', '下架', '12315']),
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
  levels: { mild: 1, moderate: 6, severe: 12 },
  near: { chars: 60, farFactor: 0.5 },
};
