import { dictionary, type Params } from '@vigil/shared/i18n/dictionary';
import { deadlineLabel, levelLabel, platformLabel } from '@vigil/shared/i18n/vocabulary';
import { lang } from '../../i18n.ts';
import { beijingStamp } from '@vigil/shared/i18n/beijing-time';

// The 舆情监测 pages' messages, zh-CN first (issue 11).
const zh = {
  title: '舆情监测', overview: '舆情概览', daily: '日报', weekly: '周报', alerts: '预警', incidents: '事件', channels: '通知渠道',
  brand: '品牌', allBrands: '全部品牌', date: '日期', refresh: '刷新', loading: '正在加载…',
  period: '报告期', scope: '监测范围', basis: '统计口径', summary: '摘要', attention: '需立即关注事项', trend: '声量趋势',
  platforms: '平台分布', sentiment: '情感分布', hotWords: '热词', keyEvents: '重点事件', handling: '处置情况', categories: '风险类别',
  mentions: '提及', negative: '负面', units: '扫描内容', per1000: '每千条占比', replyUses: '使用统一口径', captures: '取证',
  topNegative: '负面内容（按互动量）', topVelocity: '扩散最快（每小时转发）', none: '无', downloadPdf: '下载 PDF', downloadCsv: '下载 CSV',
  openIncidents: '处置中的事件', recentAlerts: '最近预警', openIncident: '一键立案', openedIncident: '已立案', viewIncident: '查看事件',
  observed: '观测值', baseline: '基线', score: '分数', rule: '规则', hour: '时段', level: '级别', status: '状态',
  deadline: '时限', due: '截止', countdown: '剩余', overdue: '已超时 {t}', left: '剩余 {t}', met: '按时完成', missed: '未按时完成', pending: '进行中',
  owner: '负责人', opened: '立案时间', checklist: '处置清单', timeline: '时间线', links: '关联', review: '复盘', close: '结案', openOriginal: '打开原文', incidentReport: '下载事件专报（PDF）', noLinks: '尚无关联内容',
  markMet: '标记完成', back: '← 返回', noIncidents: '没有事件', noAlerts: '暂无预警', statusOpen: '处置中', statusClosed: '已结束',
  addChannel: '添加渠道', kind: '类型', url: '机器人地址', secret: '加签密钥（可选）', minLevel: '最低级别', quiet: '免打扰时段', breakthrough: '可突破级别',
  cap: '每规则每小时上限', save: '保存', test: '发送测试', deliveries: '发送记录', noChannels: '尚未添加通知渠道：预警只在本工作台的「预警」中显示。', noDeliveries: '尚无发送记录。', heldHourly: '每小时汇总', heldDaily: '每日汇总', heldQuiet: '免打扰时段', remove: '移除', removeConfirm: '移除渠道「{name}」？此后不再向它发送预警。', quietHint: '免打扰时段内的预警暂缓，时段结束后发送；达到「可突破级别」的仍立即发送（北京时间）。', readOnly: '只有公关负责人可以添加、编辑或移除渠道。', time: '时间', message: '内容', why: '原因', sent: '已发送', failed: '失败', capped: '超出上限', held: '暂缓', withdrawn: '已撤回', heldDismissed: '预警已忽略',
  severe: '重度', moderate: '中度', mild: '轻度',
  rankN: '第 {n} 位', heatN: '热度 {n}', kindHot: '热搜', kindIncident: '事件', kindAlert: '预警', kindPost: '重度内容',
  set_spikes: '突增预警', set_preset: '灵敏度', preset_strict: '严格（z ≥ 5）', preset_balanced: '平衡（z ≥ 3.5）', preset_sensitive: '灵敏（z ≥ 2.5）',
  set_minCount: '每小时至少提及数', set_ratio: '至少为基线中位数的倍数', set_negativeShare: '近 2 小时负面占比达到', set_velocity: '单帖每小时转发达到',
  set_cooldownMinutes: '同一规则冷却（分钟）', set_deadlines: '事件处置时限', set_deadlinesNote: '按级别自立案起计时。修改只影响此后立案或调整级别的事件，进行中的时限保持不变。',
  set_hours: '小时', set_optional: '可选', set_remove: '移除', set_add: '＋ 添加时限', set_saving: '正在保存…', set_saved: '已保存（{t}）',
  set_default: '使用默认设置（尚未保存过）', set_updated: '最近修改：{t}', settings: '监测设置',
  archive: '已归档报告', archiveNote: '每个北京时间自然日 / 自然周结束后自动生成并保存（全部品牌一份，每个品牌各一份，此处为所选品牌的），内容保持生成时的样子；上方为按当前数据实时生成的报告。', archiveNone: '暂无已归档的报告', generatedAt: '生成于 {t}',
  beijingTime: '（北京时间）',
  asOf: '数据截至',
  noOwner: '未指定', takeIncident: '由我负责', you: '{name}（我）', addNote: '添加备注', notePlaceholder: '记录核实进展、与平台或媒体的沟通…',
  holdingPick: '选择已批准的口径作为临时声明', holdingLink: '关联为临时声明', holdingNone: '「{brand}」暂无已批准的口径：请先在「统一口径」中起草并批准。',
  holdingFits: '【推荐：{why}】', holdingLiability: '注意：此口径含承担责任的表述（如赔偿、道歉认错），作为临时声明发布前请与法务确认。',
  reopen: '重新处置', holdingTitle: '临时声明', joinIncident: '并入事件…',
  state_pending: '待处理', state_incident: '已立案', state_dismissed: '已忽略', state_all: '全部', noAlertsPending: '没有待处理的预警：每条预警都已立案、并入事件或忽略。',
  dismiss: '忽略…', dismissReason: '忽略原因', dismissNote: '说明（选「其他」时必填）', dismissConfirm: '确认忽略', cancel: '取消', restore: '恢复',
  dismissedBy: '已忽略：{reason} · {name} · {t}', unlink: '移除', unlinkConfirm: '从事件中移除「{what}」？时间线会记下这次移除。',
  mute: '同类预警静默', muteNone: '不静默', muteHours: '{n} 小时', muteNote: '静默期间照常检测并记录，但不发通知；级别更高的预警不受影响。',
  mutesTitle: '静默中的规则', muteLine: '{brand} · {rule}{scope} · 至 {until} · {name}设置（{reason}）', muteHeld: '已自动忽略 {n} 条', muteLift: '解除静默',
  evidence: '依据：{n} 条帖子', evidenceTerms: '高频词', evidenceReach: '互动 {n}', evidenceVelocity: '每小时转发 {n}', original: '原文',
  department: '制作部门', recipients: '接收人', set_report: '日报 / 周报抬头', set_reportNote: '印在该品牌日报、周报（含 PDF）的抬头；留空则不显示。',
  set_departmentHint: '如：品牌公关部', set_recipientsHint: '如：总经理办公室、市场中心负责人',
  broadcast: '通报进展…', broadcastHint: '把事件当前状态（级别、负责人、下一时限、关联内容、临时声明）连同说明发到通知渠道的群。', broadcastNote: '说明（可选），如：已封存同批次产品送检',
  broadcastSend: '发送通报', broadcastSent: '已发送', broadcastHeld: '免打扰中，将于 {t} 发送', broadcastCapped: '超过该渠道每小时上限，未发送', broadcastFailed: '发送失败（{why}），将自动重试',
  channelName: '名称', channelNameHint: '如：公关部群、法务群', topics: '接收内容', topic_alerts: '预警与上报', topic_incidents: '事件时限与进展通报',
  topic_legal: '律师函期限', topic_adapters: '站点适配异常', topicsHint: '法务群可只接收「律师函期限」；公关群接收预警与事件。', edit: '编辑',
  editChannel: '编辑渠道「{name}」', urlKeep: '留空则不变', secretKeep: '留空则不变', secretClear: '清除加签密钥', topicsNone: '至少选择一类接收内容。',
  mutedBy: '静默期内自动忽略', mutedScope: '：{scope}', mutedUntil: '同类预警静默至 {until}（恢复即解除）',
} as const;
const en: Record<keyof typeof zh, string> = {
  title: 'Monitoring', overview: 'Overview', daily: 'Daily report', weekly: 'Weekly report', alerts: 'Alerts', incidents: 'Incidents', channels: 'Notifications',
  brand: 'Brand', allBrands: 'All brands', date: 'Date', refresh: 'Refresh', loading: 'Loading…',
  period: 'Period', scope: 'Scope', basis: 'Basis', summary: 'Summary', attention: 'Needs attention now', trend: 'Volume',
  platforms: 'Platforms', sentiment: 'Sentiment', hotWords: 'Hot words', keyEvents: 'Key posts', handling: 'Handling', categories: 'Risk categories',
  mentions: 'Mentions', negative: 'Negative', units: 'Units scanned', per1000: 'Per 1 000 units', replyUses: 'Replies used', captures: 'Captures',
  topNegative: 'Negative posts by reach', topVelocity: 'Fastest spreading (reposts/h)', none: 'None', downloadPdf: 'Download PDF', downloadCsv: 'Download CSV',
  openIncidents: 'Open incidents', recentAlerts: 'Recent alerts', openIncident: 'Open incident', openedIncident: 'Incident opened', viewIncident: 'View incident',
  observed: 'Observed', baseline: 'Baseline', score: 'Score', rule: 'Rule', hour: 'Hour', level: 'Level', status: 'Status',
  deadline: 'Deadline', due: 'Due', countdown: 'Left', overdue: 'Overdue by {t}', left: '{t} left', met: 'Met', missed: 'Missed', pending: 'Running',
  owner: 'Owner', opened: 'Opened', checklist: 'Checklist', timeline: 'Timeline', links: 'Links', review: 'Review', close: 'Close', openOriginal: 'Open original', incidentReport: 'Download incident report (PDF, Chinese)', noLinks: 'Nothing linked yet',
  markMet: 'Mark met', back: '← Back', noIncidents: 'No incidents', noAlerts: 'No alerts yet', statusOpen: 'Open', statusClosed: 'Closed',
  addChannel: 'Add channel', kind: 'Kind', url: 'Robot URL', secret: 'Signing secret (optional)', minLevel: 'Minimum level', quiet: 'Quiet hours', breakthrough: 'Breaks through',
  cap: 'Cap per rule and hour', save: 'Save', test: 'Send test', deliveries: 'Deliveries', noChannels: 'No notification channel yet: alerts show only under Alerts in this workspace.', noDeliveries: 'Nothing sent yet.', heldHourly: 'hourly bundle', heldDaily: 'daily digest', heldQuiet: 'quiet hours', remove: 'Remove', removeConfirm: 'Remove the channel “{name}”? No alert will be sent to it after this.', quietHint: 'Alerts in quiet hours are held and sent when they end; those at the breakthrough level or above go at once (Beijing time).', readOnly: 'Only PR leads can add, edit or remove channels.', time: 'Time', message: 'Message', why: 'Reason', sent: 'Sent', failed: 'Failed', capped: 'Capped', held: 'Held', withdrawn: 'Withdrawn', heldDismissed: 'alert set aside',
  severe: 'Severe', moderate: 'Moderate', mild: 'Mild',
  rankN: 'No. {n}', heatN: 'heat {n}', kindHot: 'Hot search', kindIncident: 'Incident', kindAlert: 'Alert', kindPost: 'Severe post',
  set_spikes: 'Spike alerts', set_preset: 'Sensitivity', preset_strict: 'Strict (z ≥ 5)', preset_balanced: 'Balanced (z ≥ 3.5)', preset_sensitive: 'Sensitive (z ≥ 2.5)',
  set_minCount: 'At least mentions per hour', set_ratio: 'At least × baseline median', set_negativeShare: 'Negative share over 2 h reaches', set_velocity: 'Reposts per hour of one post reach',
  set_cooldownMinutes: 'Cooldown per rule (minutes)', set_deadlines: 'Incident deadlines', set_deadlinesNote: 'Counted from the opening, by level. A change applies to incidents opened or re-levelled afterwards; running deadlines stay as they are.',
  set_hours: 'hours', set_optional: 'optional', set_remove: 'Remove', set_add: '+ Add deadline', set_saving: 'Saving…', set_saved: 'Saved ({t})',
  set_default: 'Defaults (never saved)', set_updated: 'Last changed {t}', settings: 'Settings',
  archive: 'Archived reports', archiveNote: 'Generated and kept when each Beijing day or week closes (one over all brands and one per brand; these are for the brand selected), as they stood then; the report above is built from the data as it is now.', archiveNone: 'No archived reports yet', generatedAt: 'generated {t}',
  beijingTime: ' (Beijing time)',
  asOf: 'figures up to',
  noOwner: 'No owner', takeIncident: 'I own this', you: '{name} (me)', addNote: 'Add note', notePlaceholder: 'Verification progress, talks with the platform or the press…',
  state_pending: 'Awaiting action', state_incident: 'In an incident', state_dismissed: 'Set aside', state_all: 'All', noAlertsPending: 'No alert awaits action: each one is in an incident or set aside.',
  dismiss: 'Set aside…', dismissReason: 'Why', dismissNote: 'Note (required for “other”)', dismissConfirm: 'Set aside', cancel: 'Cancel', restore: 'Restore',
  dismissedBy: 'Set aside: {reason} · {name} · {t}', unlink: 'Remove', unlinkConfirm: 'Remove “{what}” from the incident? The timeline records the removal.',
  mute: 'Mute this rule', muteNone: 'Do not mute', muteHours: '{n} h', muteNote: 'While muted, detection goes on and alerts are recorded, but nobody is notified; a higher level still alerts.',
  mutesTitle: 'Muted rules', muteLine: '{brand} · {rule}{scope} · until {until} · by {name} ({reason})', muteHeld: '{n} set aside', muteLift: 'Unmute',
  evidence: 'Behind it: {n} posts', evidenceTerms: 'Top terms', evidenceReach: 'reach {n}', evidenceVelocity: '{n} reposts/h', original: 'original',
  department: 'Prepared by', recipients: 'Recipients', set_report: 'Report header', set_reportNote: 'Printed at the top of this brand’s daily and weekly reports (and their PDFs); left out when empty.',
  set_departmentHint: 'e.g. Brand PR department', set_recipientsHint: 'e.g. CEO office, head of marketing',
  broadcast: 'Send update…', broadcastHint: 'Sends the incident’s state (level, owner, next deadline, links, holding statement) with your note to the notification channels’ groups.', broadcastNote: 'Note (optional), e.g. the batch is sealed and sent for testing',
  broadcastSend: 'Send update', broadcastSent: 'sent', broadcastHeld: 'quiet hours: goes at {t}', broadcastCapped: 'over the channel’s hourly cap, not sent', broadcastFailed: 'failed ({why}); retried automatically',
  mutedBy: 'Set aside by a mute', mutedScope: ': {scope}', mutedUntil: 'Rule muted until {until} (Restore unmutes it)',
  holdingFits: '[fits: {why}]', holdingLiability: 'Note: this reply admits liability (compensation, an apology for fault); check with legal before it goes out as the holding statement.',
  holdingPick: 'Pick an approved reply as the holding statement', holdingLink: 'Link as holding statement', holdingNone: 'No approved reply for “{brand}” yet: draft and approve one under Replies first.',
  reopen: 'Reopen', holdingTitle: 'Holding statement', joinIncident: 'Join incident…',
  channelName: 'Name', channelNameHint: 'e.g. PR team group, legal team group', topics: 'Receives', topic_alerts: 'Alerts and escalations', topic_incidents: 'Incident deadlines and updates',
  topic_legal: "Lawyer's letter deadlines", topic_adapters: 'Adapter alarms', topicsHint: "A legal team's group can take lawyer's letter deadlines only; the PR group alerts and incidents.", edit: 'Edit',
  editChannel: 'Edit channel “{name}”', urlKeep: 'leave empty to keep', secretKeep: 'leave empty to keep', secretClear: 'Remove the signing secret', topicsNone: 'Choose at least one thing to receive.',
};
export type MonitorText = keyof typeof zh;
const table = dictionary<MonitorText>(zh, en);
export const mt = (key: MonitorText, params?: Params) => table(lang.value, key, params);

/** Beijing time, 'YYYY-MM-DD HH:mm'. */
export const bj = (isoTime: string) => beijingStamp(isoTime, 'minute');
export const ruleText: Record<string, [string, string]> = {
  volume: ['声量突增', 'Volume spike'], category: ['风险类别突增', 'Category spike'], negative_share: ['负面占比', 'Negative share'],
  velocity: ['单帖扩散', 'Fast-spreading post'], hot_search: ['热搜', 'Hot search'],
};
/** A deadline's kind in the reader's language, from the one vocabulary (no hours: a brand sets its own). */
export const deadlineName = (kind: string) => deadlineLabel(kind, lang.value);
export const pick = (pair: [string, string] | undefined, fallback: string) => (pair ? pair[lang.value === 'zh' ? 0 : 1] : fallback);
const categories: Record<string, [string, string]> = {
  safety: ['安全', 'Safety'], legal: ['法律', 'Legal'], fraud: ['欺诈', 'Fraud'], quality: ['质量', 'Quality'], service: ['服务', 'Service'],
  executive: ['高管', 'Executives'], regulator: ['监管', 'Regulators'],
};
/** A sentence the API builds in both languages: the English one in the English UI when the API sent it (reports
 * archived and alerts stored before it existed carry Chinese only). */
/** Captured text and links are hostile: only an http(s) permalink becomes a link. */
export const safeLink = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);
export const inLang = (zh: string, en?: string | null) => (lang.value === 'en' && en ? en : zh);
/** Chinese punctuation in Chinese, ASCII in English: 'A：B' / 'A: B', '（x）' / ' (x)', '；' / '; ', '、' / ', '. */
export const colon = () => (lang.value === 'en' ? ': ' : '：');
export const paren = (s: string) => (lang.value === 'en' ? ` (${s})` : `（${s}）`);
export const semi = () => (lang.value === 'en' ? '; ' : '；');
export const listSep = () => (lang.value === 'en' ? ', ' : '、');
/** A period label ('2026-11-16 至 2026-11-22') in the reader's language. */
export const periodLabel = (label: string) => (lang.value === 'en' ? label.replace(' 至 ', ' to ') : label);
/** 需立即关注事项: what kind of item each line is. */
export const attentionKind: Record<string, MonitorText> = { hot_search: 'kindHot', incident: 'kindIncident', alert: 'kindAlert', post: 'kindPost' };
/** 1230000 → 123万 (zh) or 1.23M (en), as a hot list prints heat. */
export const compactNumber = (n: number) => new Intl.NumberFormat(lang.value === 'zh' ? 'zh-CN' : 'en', { notation: 'compact', maximumFractionDigits: 2 }).format(n);
export const categoryName = (c: string) => pick(categories[c], c);
/** A level in the reader's language from the one vocabulary (a negative post may carry no risk: 无风险). */
export const levelName = (l: string) => levelLabel(l, lang.value);
export const platformName = (p: string) => platformLabel(p, lang.value);
