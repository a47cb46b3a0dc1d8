// The product's one vocabulary (issue 9 item 4): the extension, the workspace and the API's reasons use these
// words, so a level, role or category reads the same everywhere. Chinese first; English for colleagues who prefer it.
import type { Level, RiskCategory, SentimentLabel } from '../engine/types.ts';
import type { ReviewDecision } from '../schemas/case.ts';
import type { Role } from '../schemas/common.ts';
import type { ReplyPlatform, ReplyTone } from '../schemas/reply.ts';

export type Lang = 'zh' | 'en';
export type Bilingual = Readonly<Record<Lang, string>>;

/** The word in `lang` (Chinese unless asked otherwise). */
export const say = (words: Bilingual, lang: Lang = 'zh'): string => words[lang];

/** Level `none` is 无风险 everywhere (a badge, a filter, a reply trigger): one word, not "—", "无" or "none". */
export const levelLabels: Readonly<Record<Level, Bilingual>> = {
  none: { zh: '无风险', en: 'no risk' },
  mild: { zh: '轻度', en: 'mild' },
  moderate: { zh: '中度', en: 'moderate' },
  severe: { zh: '重度', en: 'severe' },
};

/** A lookup in one of these tables by a key from the API: the label in `lang`, or the key itself when the table
 * does not know it (a brand's own deadline, a newer platform), so nothing shows blank. */
export const labelIn = (table: Readonly<Record<string, Bilingual>>) => (key: string, lang: Lang = 'zh'): string =>
  Object.hasOwn(table, key) ? table[key]![lang] : key;

/** A level (none, mild, moderate, severe) in `lang`. */
export const levelLabel = labelIn(levelLabels);

export const roleLabels: Readonly<Record<Role, Bilingual>> = {
  staff: { zh: '一线员工', en: 'staff' },
  pr_lead: { zh: '公关负责人', en: 'PR lead' },
  legal: { zh: '法务', en: 'legal' },
  admin: { zh: '管理员', en: 'admin' },
};

export const categoryLabels: Readonly<Record<RiskCategory, Bilingual>> = {
  safety: { zh: '安全', en: 'safety' },
  legal: { zh: '法律', en: 'legal' },
  fraud: { zh: '欺诈', en: 'fraud' },
  quality: { zh: '质量', en: 'quality' },
  service: { zh: '服务', en: 'service' },
  executive: { zh: '高管', en: 'executive' },
  regulator: { zh: '监管', en: 'regulator' },
};

export const sentimentLabels: Readonly<Record<SentimentLabel, Bilingual>> = {
  negative: { zh: '负面', en: 'negative' },
  neutral: { zh: '中性', en: 'neutral' },
  positive: { zh: '正面', en: 'positive' },
};

export const toneLabels: Readonly<Record<ReplyTone, Bilingual>> = {
  soothing: { zh: '安抚', en: 'soothing' },
  apology: { zh: '致歉', en: 'apology' },
  clarify: { zh: '澄清', en: 'clarification' },
  thanks: { zh: '感谢', en: 'thanks' },
  formal: { zh: '正式声明', en: 'formal statement' },
};

export const platformLabels: Readonly<Record<ReplyPlatform, Bilingual>> = {
  weibo: { zh: '微博', en: 'Weibo' },
  douyin: { zh: '抖音', en: 'Douyin' },
  xiaohongshu: { zh: '小红书', en: 'Xiaohongshu' },
  kuaishou: { zh: '快手', en: 'Kuaishou' },
  bilibili: { zh: '哔哩哔哩', en: 'Bilibili' },
  zhihu: { zh: '知乎', en: 'Zhihu' },
  news: { zh: '新闻', en: 'News' },
};

/**
 * Every platform a mention, a capture, a case or a report names: the reply platforms, the mobile Weibo site, the
 * adapters of issue 14 and imported mentions. Keys are the `platform` strings the extension and the API store.
 */
export const anyPlatformLabels: Readonly<Record<string, Bilingual>> = {
  ...platformLabels,
  'weibo-mobile': { zh: '微博（手机版）', en: 'Weibo (mobile)' },
  weixin: { zh: '微信公众号', en: 'WeChat article' },
  wechat: { zh: '微信公众号', en: 'WeChat article' },
  import: { zh: '导入', en: 'imported' },
};

/**
 * The platforms a capture, and so a case's counterparty, can be on: the keys the extension's site adapters write, in
 * the order the workspace offers them (采集证据's filter, a new case's 相对方平台).
 */
export const capturePlatforms = ['weibo', 'douyin', 'xiaohongshu', 'kuaishou', 'bilibili', 'zhihu', 'weixin', 'news'] as const;

/** A platform key in `lang`; a key this vocabulary does not know is shown as it is. */
export const platformLabel = labelIn(anyPlatformLabels);

/** An empty value in a table or a list ("no time-stamps", "no categories"); not a level (that is 无风险). */
export const noneLabel: Bilingual = { zh: '无', en: 'none' };

/** The fields a site adapter reads, as the 站点适配 page and adapter alerts name them (issue 12 item 4). */
export const adapterFieldLabels: Readonly<Record<string, Bilingual>> = {
  unit: { zh: '内容单元', en: 'unit' },
  unitsPerPage: { zh: '每页内容单元', en: 'units per page' },
  text: { zh: '正文', en: 'text' },
  author: { zh: '作者', en: 'author' },
  time: { zh: '发布时间', en: 'time' },
  title: { zh: '标题', en: 'title' },
  headline: { zh: '标题', en: 'headline' },
  likes: { zh: '点赞数', en: 'likes' },
  reposts: { zh: '转发数', en: 'reposts' },
  comments: { zh: '评论数', en: 'comments' },
  shares: { zh: '分享数', en: 'shares' },
  collects: { zh: '收藏数', en: 'collects' },
  counts: { zh: '互动数', en: 'counts' },
  retweet: { zh: '转发原文', en: 'reposted original' },
  promoted: { zh: '推广标记', en: 'promoted tag' },
};

/** A field key in `lang`; an unknown key is shown as it is. */
export const adapterFieldLabel = labelIn(adapterFieldLabels);

/**
 * An incident deadline's kind (issue 11). No hours in the name: a brand sets its own (监测设置), so a deadline is
 * shown with its due time instead of a "24 小时" that may not be this brand's rule.
 */
export const deadlineLabels: Readonly<Record<string, Bilingual>> = {
  holding_statement: { zh: '权威信息（临时声明）', en: 'Holding statement' },
  first_statement: { zh: '首次回应', en: 'First statement' },
  investigation: { zh: '调查结果', en: 'Investigation results' },
  response: { zh: '回应', en: 'Response' },
};

/** A deadline kind in `lang`; an unknown kind (a brand's own) is shown as it is. */
export const deadlineLabel = labelIn(deadlineLabels);

/** Why a PR lead set an alert aside (忽略): the 预警 page, its filter and the 日报 / 周报 say the same words. */
export const dismissReasonLabels: Readonly<Record<string, Bilingual>> = {
  false_alarm: { zh: '误报', en: 'false alarm' },
  known: { zh: '已知情况，无需处置', en: 'known, no action needed' },
  duplicate: { zh: '与其他预警重复', en: 'repeats another alert' },
  other: { zh: '其他', en: 'other' },
};
export const dismissReasonLabel = labelIn(dismissReasonLabels);

/**
 * A lawyer's review decision on a capture in a case (issue 10): the workspace's buttons, the case's evidence list and
 * the 取证报告 say the same word (the reports once said 采纳 where the buttons said 采用).
 */
export const reviewDecisionLabels: Readonly<Record<ReviewDecision, Bilingual>> = {
  pending: { zh: '待审查', en: 'pending' },
  adopted: { zh: '采用', en: 'adopted' },
  rejected: { zh: '不采用', en: 'rejected' },
};
