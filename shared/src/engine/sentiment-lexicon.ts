// Vigil's own Chinese word lists (issue 3). Written for brand-risk text, not copied from a published lexicon (those
// carry no commercial licence, see notes/sentiment.md). They become class features of the sentiment model (`@neg`,
// `@negated-pos`, …), so the trainer learns how much each class matters and a listed word counts even when the
// training data never saw it. Terms are in normalised form (simplified, lower case).

export const lexicon = {
  negators: ['不', '没', '没有', '别', '无', '未', '不是', '不太', '不怎么', '并不', '从不', '毫无', '绝不'],
  degree: ['很', '太', '非常', '特别', '超级', '极其', '十分', '真的', '实在', '巨', '贼', '超', '最', '好', '相当', '太过'],
  negative: [
    '差', '烂', '垃圾', '恶心', '难吃', '难喝', '失望', '生气', '愤怒', '无语', '坑', '坑人', '骗', '骗人', '糟糕',
    '后悔', '难受', '痛苦', '伤心', '难过', '可怕', '害怕', '担心', '焦虑', '崩溃', '讨厌', '恶劣', '敷衍', '傲慢',
    '黑心', '无良', '良心不安', '不靠谱', '太慢', '慢死', '冷掉', '变质', '发霉', '过期', '异味', '拉肚子', '过敏',
    '投诉', '差评', '维权', '曝光', '避雷', '踩雷', '翻车', '智商税', '割韭菜', '退货', '退款', '不退', '索赔',
    '再也不买', '再也不会', '别买', '千万别', '气死', '火大', '心寒', '寒心', '吐了', '醉了', '服了', '呸', '滚',
    '垃圾客服', '不理人', '没人管', '石沉大海', '踢皮球', '推卸', '甩锅', '假货', '山寨', '虚假', '欺骗', '忽悠',
    '质量问题', '太贵', '不值', '缩水', '偷工减料', '以次充好', '死', '病', '疫情', '确诊', '感染', '哭', '泪',
    '送错', '发错', '漏发', '少发', '破损', '漏了', '催了', '还没到', '没收到', '第三次', '又一次',
  ],
  positive: [
    '好', '棒', '赞', '喜欢', '满意', '推荐', '好吃', '好喝', '不错', '优秀', '完美', '开心', '高兴', '快乐', '幸福',
    '感谢', '谢谢', '支持', '点赞', '给力', '好评', '实惠', '划算', '新鲜', '干净', '贴心', '热情', '及时', '方便',
    '舒服', '美味', '可爱', '漂亮', '惊喜', '值得', '靠谱', '放心', '安心', '温暖', '加油', '期待', '爱了', '回购',
  ],
  /** Irony markers: praise words that, next to a complaint, mean the opposite (好样的 in a complaint). */
  sarcasm: ['呵呵', '真是绝了', '绝了', '好样的', '真行', '可真行', '厉害了', '真棒啊', '谢谢你们全家', '笑死', '服气', '666', '高级'],
  complaint: ['投诉', '维权', '曝光', '避雷', '踩雷', '差评', '12315', '315', '消协', '举报', '报警', '起诉', '律师', '退款', '退货', '赔偿', '说法', '给个说法'],
  emoticonsNegative: [
    '[怒]', '[泪]', '[摊手]', '[抓狂]', '[衰]', '[吐]', '[鄙视]', '[生病]', '[伤心]', '[哼]', '[委屈]', '[汗]', '[白眼]',
    '[裂开]', '[哭]', '[流泪]', '[大哭]', '[怒骂]', '[失望]', '[晕]', '[可怜]', '[悲伤]', '[打脸]', '[微笑]', '[允悲]',
    '[费解]', '[黑线]', '[吃惊]', '[弱]', '[傻眼]', '[pig]', '[发怒]', '[尴尬]',
  ],
  emoticonsPositive: [
    '[哈哈]', '[笑]', '[心]', '[爱你]', '[赞]', '[给力]', '[鼓掌]', '[good]', '[嘻嘻]', '[偷笑]', '[太开心]', '[可爱]',
    '[耶]', '[酷]', '[礼物]', '[蛋糕]', '[送花花]', '[比心]', '[憧憬]', '[好喜欢]', '[亲亲]', '[色]', '[赞啊]', '[笑哈哈]',
  ],
} as const;

/** Names of the class features, in the order the model stores their weights. */
export const lexiconClasses = [
  '@neg', '@pos', '@negated-pos', '@negated-neg', '@degree-neg', '@degree-pos', '@sarcasm-complaint', '@complaint',
  '@emo-neg', '@emo-pos', '@question-complaint',
] as const;
export type LexiconClass = (typeof lexiconClasses)[number];
