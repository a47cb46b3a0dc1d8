import { dictionary, type Params } from '@vigil/shared/i18n/dictionary';
import { lang } from '../i18n.ts';
import type { CaptureStep, OutboxError, TimestampState } from './capture-types.ts';

/** The capture feature's words (issue 6), zh-CN first; kept beside the feature so i18n.ts stays small. */
const zh = {
  title: '取证',
  capturePage: '整页取证',
  captureUnit: '取证',
  captureUnitTitle: '截取这条内容：截图、网页快照、数据，签名后上传',
  running: '正在取证…',
  done: '取证完成，服务器已签收',
  saved: '已保存在本机取证箱，待上传',
  receiptId: '取证编号',
  receiptDigest: '清单 SHA-256',
  receiptLog: '日志序号',
  receiptTime: '可信时间戳',
  tsaNone: '未配置',
  tsaGranted: '已获取',
  tsaPending: '待获取',
  tsaFailed: '获取失败，将重试',
  outbox: '待上传',
  outboxEmpty: '取证箱已清空，全部已送达',
  retry: '立即重试',
  permission: '首次取证时浏览器会请求「读取和更改所有网站上的数据」权限：Vigil 只用它截取您正在看的页面，请选择允许。',
  debuggerNote: '整页截图时浏览器顶部会短暂显示「正在调试此浏览器」提示条：那是 Vigil 在截取整页，完成后自动消失。',
  'step.prepare': '准备',
  'step.viewport': '截取可见区域',
  'step.unit': '截取这条内容',
  'step.fullpage': '截取整页',
  'step.snapshot': '保存网页快照 (MHTML)',
  'step.data': '记录内容数据和环境',
  'step.sign': '计算摘要并签名',
  'step.outbox': '写入本机取证箱',
  'step.upload': '上传到服务器',
  'error.unreachable': '服务器无法连接，将自动重试',
  'error.token_revoked': '令牌已撤销（或账号密码被重置、账号被停用），请在设置中换用新令牌',
  'error.invalid_token': '令牌无效，请在设置中更新',
  'error.not_configured': '尚未设置服务器地址和令牌，设置后将自动上传',
  'error.server': '服务器暂时出错，将自动重试',
  'error.rejected': '服务器拒绝：{message}',
};
type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Evidence',
  capturePage: 'Capture page',
  captureUnit: 'Capture',
  captureUnitTitle: 'Capture this post: screenshots, page snapshot, data, signed and uploaded',
  running: 'Capturing…',
  done: 'Captured; the server has signed for it',
  saved: 'Saved in the local outbox, waiting to upload',
  receiptId: 'Capture id',
  receiptDigest: 'Manifest SHA-256',
  receiptLog: 'Log index',
  receiptTime: 'Trusted time-stamp',
  tsaNone: 'not configured',
  tsaGranted: 'granted',
  tsaPending: 'to be obtained',
  tsaFailed: 'failed, will retry',
  outbox: 'Waiting to upload',
  outboxEmpty: 'Outbox empty: everything delivered',
  retry: 'Retry now',
  permission: 'On the first capture Chrome asks to "read and change all your data on all websites": Vigil uses it only to screenshot the page you are viewing. Please allow it.',
  debuggerNote: 'While the full page is captured Chrome briefly shows a "debugging this browser" bar: that is Vigil, and it goes away when done.',
  'step.prepare': 'Preparing',
  'step.viewport': 'Visible area',
  'step.unit': 'This post',
  'step.fullpage': 'Full page',
  'step.snapshot': 'Page snapshot (MHTML)',
  'step.data': 'Post data and environment',
  'step.sign': 'Digests and signature',
  'step.outbox': 'Local outbox',
  'step.upload': 'Upload',
  'error.unreachable': 'Cannot reach the server; will retry automatically',
  'error.token_revoked': 'Token revoked (or the account’s password was reset or the account disabled); update it in the settings',
  'error.invalid_token': 'Invalid token; update it in the settings',
  'error.not_configured': 'No server or token set; uploads start once they are',
  'error.server': 'The server failed; will retry automatically',
  'error.rejected': 'Refused by the server: {message}',
};

const words = dictionary(zh, en);
export const ct = (key: Key, params: Params = {}): string => words(lang.value, key, params);

export const stepText = (step: CaptureStep) => ct(`step.${step}`);
export const errorText = (e: OutboxError) => ct(`error.${e.kind}`, { message: e.message ?? `HTTP ${e.status ?? '?'}` });
export const tsaText = (s: TimestampState) => ct(s === 'granted' ? 'tsaGranted' : s === 'pending' ? 'tsaPending' : 'tsaFailed');
