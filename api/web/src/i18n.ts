import { signal } from '@preact/signals';
import { formatBeijing } from '@vigil/shared/i18n/beijing-time';
import { dictionary, localMessage as localHalf, type Params } from '@vigil/shared/i18n/dictionary';
import { roleLabels, type Lang } from '@vigil/shared/i18n/vocabulary';
import type { Role } from '@vigil/shared/schemas/common';

/** zh-CN first, English second; the choice is kept in this browser (localStorage). */
export type { Lang };

const zh = {
  'app.name': 'Vigil 舆情哨兵',
  'app.workspace': '工作台',
  'lang.switch': 'English',
  'login.title': '登录工作台',
  'login.email': '邮箱',
  'login.password': '密码',
  'login.submit': '登录',
  'login.busy': '正在登录…',
  'error.invalid_credentials': '邮箱或密码错误',
  'error.account_disabled': '该账号已停用，请联系管理员',
  'error.unreachable': '无法连接服务器，请稍后再试',
  'error.unauthorized': '登录已过期，请重新登录',
  'error.forbidden': '没有权限执行此操作',
  'error.generic': '操作失败：{message}',
  'shell.logout': '退出登录',
  'nav.captures': '采集证据',
  'nav.cases': '案件',
  'nav.replies': '统一口径',
  'nav.brands': '品牌规则',
  'nav.reports': '舆情监测',
  'nav.users': '用户',
  'nav.adapters': '站点适配',
  'nav.tokens': '令牌',
  'coming.title': '即将推出',
  'coming.captures': '审阅扩展上传的取证：截图、MHTML 快照与清单，逐项完整性校验、保管链记录，导出证据包与律师函草稿。',
  'coming.replies': '编写、审批统一口径回复模板，查看每次使用记录。',
  'coming.brands': '维护品牌、别名、相关人物与风险词，发布规则包给扩展。',
  'coming.reports': '按日/周查看提及量与情绪，管理舆情事件及 24 小时 / 48 小时回应时限。',
  'tokens.title': '个人访问令牌',
  'tokens.intro': '扩展用令牌代表你访问 Vigil。令牌只在创建时显示一次，请立即复制到扩展设置中。',
  'tokens.name': '令牌名称',
  'tokens.namePlaceholder': '例如：办公室电脑',
  'tokens.create': '创建令牌',
  'tokens.created': '新令牌（只显示这一次）：',
  'tokens.empty': '还没有令牌',
  'tokens.prefix': '前缀',
  'tokens.createdAt': '创建时间',
  'tokens.lastUsed': '最近使用',
  'tokens.never': '从未使用',
  'tokens.revoked': '已撤销',
  'tokens.active': '有效',
  'tokens.revoke': '撤销',
  'tokens.confirmRevoke': '撤销后使用此令牌的扩展将无法连接。确定撤销？',
  'tokens.cancel': '取消',
  'tokens.copy': '复制',
};
export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.name': 'Vigil',
  'app.workspace': 'Workspace',
  'lang.switch': '中文',
  'login.title': 'Sign in to the workspace',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'error.invalid_credentials': 'Wrong email or password',
  'error.account_disabled': 'This account is disabled; ask an administrator',
  'error.unreachable': 'Cannot reach the server; try again later',
  'error.unauthorized': 'Your session has ended; sign in again',
  'error.forbidden': 'You may not do this',
  'error.generic': 'Failed: {message}',
  'shell.logout': 'Sign out',
  'nav.captures': 'Captures',
  'nav.cases': 'Cases',
  'nav.replies': 'Replies',
  'nav.brands': 'Brands & rules',
  'nav.reports': 'Monitoring',
  'nav.users': 'Users',
  'nav.adapters': 'Site adapters',
  'nav.tokens': 'Tokens',
  'coming.title': 'Coming soon',
  'coming.captures': 'Review the evidence the extension uploads: screenshots, MHTML snapshots and manifests, with integrity checks, the custody log, evidence packages and draft letters.',
  'coming.replies': 'Write and approve unified replies, and see every use.',
  'coming.brands': 'Maintain brands, aliases, people and risk terms, and publish the rule pack to the extension.',
  'coming.reports': 'Daily and weekly mention volume and sentiment; incidents with their 24 h / 48 h deadlines.',
  'tokens.title': 'Personal access tokens',
  'tokens.intro': 'The extension uses a token to act as you. A token is shown once, when created: copy it into the extension settings right away.',
  'tokens.name': 'Token name',
  'tokens.namePlaceholder': 'e.g. office laptop',
  'tokens.create': 'Create token',
  'tokens.created': 'New token (shown only this once):',
  'tokens.empty': 'No tokens yet',
  'tokens.prefix': 'Prefix',
  'tokens.createdAt': 'Created',
  'tokens.lastUsed': 'Last used',
  'tokens.never': 'never',
  'tokens.revoked': 'revoked',
  'tokens.active': 'active',
  'tokens.revoke': 'Revoke',
  'tokens.confirmRevoke': 'An extension using this token will no longer connect. Revoke it?',
  'tokens.cancel': 'Cancel',
  'tokens.copy': 'Copy',
};

const LANG_KEY = 'vigil.lang.v1';
const stored = globalThis.localStorage?.getItem(LANG_KEY);
export const lang = signal<Lang>(stored === 'en' ? 'en' : 'zh');

export function toggleLang() {
  lang.value = lang.value === 'zh' ? 'en' : 'zh';
  localStorage.setItem(LANG_KEY, lang.value);
}

const shellText = dictionary(zh, en);
export const t = (key: MessageKey, params?: Params): string => shellText(lang.value, key, params);

export const roleLabel = (role: Role) => roleLabels[role][lang.value];

/** API messages are "中文 / English": show the half in the UI's language. */
export const localMessage = (message: string): string => localHalf(message, lang.value);

/** Beijing time, as the teams read it. */
export const formatTime = (iso: string) => formatBeijing(iso, lang.value);
