import { beijingDay, isBeijingMidnight } from '@vigil/shared/i18n/beijing-time';
import { dictionary } from '@vigil/shared/i18n/dictionary';
import type { Bilingual } from '@vigil/shared/i18n/vocabulary';
import { lang } from '../../i18n.ts';

// The 统一口径 pages' own messages, zh-CN first (the shell's i18n.ts keeps the shared ones).
const zh = {
  title: '统一口径',
  new: '新建口径',
  review: '审核队列',
  library: '口径库',
  search: '搜索标题、正文、关键词',
  allBrands: '全部品牌',
  allStatuses: '全部状态',
  allCategories: '全部类别',
  allPlatforms: '全部平台',
  allTones: '全部语气',
  empty: '没有符合条件的口径',
  brand: '品牌',
  titlePath: '标题（类别::子类::名称）',
  body: '正文',
  tone: '语气',
  expiresAt: '过期日期',
  owner: '负责人邮箱',
  categories: '风险类别',
  levels: '等级',
  keywords: '关键词（逗号或空格分隔）',
  platforms: '平台（不选即全部）',
  limits: '字数上限（留空用默认）',
  save: '保存为新版本',
  create: '保存草稿',
  cancel: '取消',
  preview: '预览',
  sampleAuthor: '示例作者',
  samplePlatform: '示例平台',
  unknownVars: '未知变量（不会被填充）：',
  insertVar: '插入变量',
  version: '版本',
  status: '状态',
  served: '在用版本',
  uses: '使用次数',
  never: '永不过期',
  edit: '编辑（新版本）',
  submit: '提交审核',
  approve: '批准',
  reject: '驳回',
  rejectNote: '驳回原因（必填）',
  signoff: '法务会签',
  signedOff: '已会签',
  retire: '停用',
  note: '备注（可选）',
  requireLegal: '本品牌口径批准前须法务会签',
  requireFourEyes: '四眼原则：作者不能批准自己写的版本',
  admitsLiability: '承认责任（承诺赔付、认错）：只推荐给类别与关键词都匹配的帖子',
  versions: '版本',
  history: '流转记录',
  diff: '版本对比',
  compare: '对比',
  stats: '使用统计',
  total: '总计',
  byPlatform: '按平台',
  byUser: '按人员',
  byDay: '按日期',
  recent: '最近使用',
  unit: '内容',
  finalText: '实际发出文本',
  user: '使用人',
  at: '时间',
  queueEmpty: '没有待审核的口径',
  againstServed: '与在用版本对比',
  noServed: '尚无在用版本',
  createdBy: '作者',
  length: '字数',
  over: '超出',
  noLimit: '不限',
  back: '返回口径库',
};
type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Unified replies', new: 'New reply', review: 'Review queue', library: 'Library',
  search: 'Search title, body, keywords', allBrands: 'All brands', allStatuses: 'All states', allCategories: 'All categories',
  allPlatforms: 'All platforms', allTones: 'All tones', empty: 'No replies match', brand: 'Brand',
  titlePath: 'Title (category::sub::name)', body: 'Body', tone: 'Tone', expiresAt: 'Expires on', owner: 'Owner email',
  categories: 'Risk categories', levels: 'Levels', keywords: 'Keywords (comma or space separated)',
  platforms: 'Platforms (none = all)', limits: 'Length limits (empty = default)', save: 'Save as new version',
  create: 'Save draft', cancel: 'Cancel', preview: 'Preview', sampleAuthor: 'Sample author', samplePlatform: 'Sample platform',
  unknownVars: 'Unknown variables (left unfilled): ', insertVar: 'Insert variable', version: 'Version', status: 'State',
  served: 'Served', uses: 'Uses', never: 'never', edit: 'Edit (new version)', submit: 'Submit for review',
  approve: 'Approve', reject: 'Reject', rejectNote: 'Why (required)', signoff: 'Legal sign-off', signedOff: 'Signed off',
  retire: 'Retire', note: 'Note (optional)', requireLegal: 'Legal must sign off before this brand’s replies are approved',
  requireFourEyes: 'Four eyes: authors cannot approve their own versions',
  admitsLiability: 'Admits liability (promises compensation, accepts fault): suggested only when category and keyword match',
  versions: 'Versions', history: 'History', diff: 'Compare versions', compare: 'Compare', stats: 'Usage',
  total: 'Total', byPlatform: 'By platform', byUser: 'By person', byDay: 'By day', recent: 'Recent uses', unit: 'Post',
  finalText: 'Text sent', user: 'By', at: 'When', queueEmpty: 'Nothing waiting for review',
  againstServed: 'Against the served version', noServed: 'No served version yet', createdBy: 'Author', length: 'Length',
  over: 'over', noLimit: 'no limit', back: 'Back to the library',
};

const replyText = dictionary(zh, en);
export const rt = (key: Key): string => replyText(lang.value, key);

export const statusLabel: Record<string, Bilingual> = {
  draft: { zh: '草稿', en: 'draft' },
  in_review: { zh: '待审核', en: 'in review' },
  approved: { zh: '已批准', en: 'approved' },
  retired: { zh: '已停用', en: 'retired' },
  expired: { zh: '已过期', en: 'expired' },
};
export const actionLabel: Record<string, Bilingual> = {
  create: { zh: '创建', en: 'created' },
  submit: { zh: '提交审核', en: 'submitted' },
  legal_signoff: { zh: '法务会签', en: 'signed off' },
  approve: { zh: '批准', en: 'approved' },
  reject: { zh: '驳回', en: 'rejected' },
  retire: { zh: '停用', en: 'retired' },
};
export const pick = (words: Bilingual | undefined, fallback: string) => (words ? words[lang.value] : fallback);

/**
 * A date-only expiry is stored as the end of that day in Beijing (next day 00:00 +08:00): show the day itself,
 * "至 2027-03-31", rather than a midnight that reads like the day after.
 */
export function formatExpiry(iso: string | null, formatTime: (iso: string) => string): string {
  if (!iso) return rt('never');
  if (isBeijingMidnight(iso)) return `${lang.value === 'zh' ? '至' : 'until'} ${beijingDay(iso, -1)}`;
  return formatTime(iso);
}
