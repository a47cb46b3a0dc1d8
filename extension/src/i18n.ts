import { signal } from '@preact/signals';
import type { Level } from '@vigil/shared/engine/types';
import { dictionary, type Params } from '@vigil/shared/i18n/dictionary';
import { levelLabels, roleLabels, say, type Lang } from '@vigil/shared/i18n/vocabulary';
import type { Role } from '@vigil/shared/schemas/common';
import type { FailureReason } from './api-client.ts';

/** zh-CN first; English for colleagues who prefer it. The language is kept in settings (`Settings.lang`). */
const zh = {
  'app.name': 'Vigil 舆情哨兵',
  'lang.switch': 'English',
  'settings.title': '连接设置',
  'settings.apiUrl': 'API 地址',
  'settings.token': '个人访问令牌',
  'settings.tokenHint': '在工作台「令牌」页或用 pnpm vigil token create 创建',
  'settings.save': '保存并检查连接',
  'settings.checking': '正在检查连接…',
  'settings.open': '设置',
  'status.ok': '已连接：{name}（{role}）',
  'status.unknown': '尚未检查连接',
  'reason.not_configured': '请填写 API 地址和令牌',
  'reason.bad_url': '地址格式不正确（应为 http:// 或 https:// 开头）',
  'reason.permission_denied': '未授予扩展访问该地址的权限',
  'reason.unreachable': '服务器无法连接，请确认地址和网络',
  'reason.not_vigil': '地址不是 Vigil 服务',
  'reason.invalid_token': '令牌无效',
  'reason.token_revoked': '令牌已撤销（手动撤销，或账号密码被重置、账号被停用），请在工作台创建新令牌',
  'reason.account_disabled': '账号已停用，请联系管理员',
  'reason.forbidden': '此账号无权使用扩展',
  'reason.rate_limited': '请求过于频繁，请稍后再试',
  'reason.server_error': 'Vigil 服务出错，请稍后再试',
  'reason.bad_response': '服务器返回了无法识别的内容',
  'reason.rejected': '服务器拒绝了请求',
  'panel.tab': '当前标签页',
  'panel.noTab': '没有可显示的标签页',
  'panel.units': '提及品牌的内容',
  'panel.noUnits': '此页面暂无提及品牌的内容',
  'recheck.refused': '未执行复查',
  'recheck.not-from-case': '此页不是从案件页的「复查」按钮打开的（例如粘贴的链接，或从聊天中打开），因此没有取证。请回到案件页点击「复查」。',
  'recheck.already-rechecked': '此标签页已做过一次复查（结果见案件页），重新加载不会再次复查。如需再次复查，请回到案件页再点击「复查」。',
  'recheck.why': '为保证取证可靠，复查只在由案件页打开的标签页中进行，每个标签页一次。',
  'recheck.openCase': '打开案件页',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.name': 'Vigil',
  'lang.switch': '中文',
  'settings.title': 'Connection settings',
  'settings.apiUrl': 'API URL',
  'settings.token': 'Personal access token',
  'settings.tokenHint': 'Create one on the workspace Tokens page or with pnpm vigil token create',
  'settings.save': 'Save and check connection',
  'settings.checking': 'Checking the connection…',
  'settings.open': 'Settings',
  'status.ok': 'Connected: {name} ({role})',
  'status.unknown': 'Connection not checked yet',
  'reason.not_configured': 'Enter the API URL and a token',
  'reason.bad_url': 'Not a valid URL (must start with http:// or https://)',
  'reason.permission_denied': 'Permission to reach this address was not granted',
  'reason.unreachable': 'Cannot reach the server; check the address and network',
  'reason.not_vigil': 'This address is not a Vigil server',
  'reason.invalid_token': 'Invalid token',
  'reason.token_revoked': 'Token revoked (by hand, or because the account’s password was reset or the account was disabled); create a new one in the workspace',
  'reason.account_disabled': 'This account is disabled; ask an administrator',
  'reason.forbidden': 'This account may not use the extension',
  'reason.rate_limited': 'Too many requests; try again later',
  'reason.server_error': 'The Vigil server failed; try again later',
  'reason.bad_response': 'The server sent an answer Vigil does not understand',
  'reason.rejected': 'The server refused the request',
  'panel.tab': 'Current tab',
  'panel.noTab': 'No tab to show',
  'panel.units': 'Posts mentioning the brand',
  'panel.noUnits': 'Nothing on this page mentions the brand',
  'recheck.refused': 'Re-check not made',
  'recheck.not-from-case': 'This page was not opened with the Re-check (复查) button of its case page (a pasted link, say, or one opened from a chat), so nothing was captured. Go back to the case page and click Re-check.',
  'recheck.already-rechecked': 'This tab has already made its re-check (the case page shows the result); reloading it makes no other. To re-check again, click Re-check on the case page again.',
  'recheck.why': 'To keep the evidence reliable, a re-check is made only in a tab its case page opened, once per tab.',
  'recheck.openCase': 'Open the case page',
};

const messages = dictionary(zh, en);

/** The UI language; pages set it from settings and components re-render when it changes. */
export const lang = signal<Lang>('zh');

export const t = (key: MessageKey, params: Params = {}, language: Lang = lang.value): string => messages(language, key, params);

// Levels and roles are the product's shared words (shared/src/i18n/vocabulary.ts, issue 9).
export const roleLabel = (role: Role, language: Lang = lang.value) => say(roleLabels[role], language);
export const levelLabel = (level: Level, language: Lang = lang.value) => say(levelLabels[level], language);
export const reasonText = (reason: FailureReason, language?: Lang) => t(`reason.${reason}`, {}, language);
