import { beijingStamp } from '@vigil/shared/i18n/beijing-time';

/** Formatting shared by the 取证报告 and the 律师函 (issue 10): Beijing time, sizes, roles, platforms. */

/** "2026-11-22 09:00:01" in Beijing time (UTC+8); '—' for a missing or unreadable time. */
export function beijingTime(iso: string | Date | null | undefined): string {
  const t = iso ? new Date(iso).getTime() : Number.NaN;
  return Number.isNaN(t) ? '—' : beijingStamp(t);
}

/** "2026年11月22日" in Beijing time, for letters. */
export function beijingDate(d: Date): string {
  const [y, m, day] = beijingTime(d).slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export const ROLE_LABEL: Record<string, string> = { staff: '员工', pr_lead: '公关负责人', legal: '法务', admin: '管理员' };

export const PLATFORM_LABEL: Record<string, string> = { weibo: '新浪微博', douyin: '抖音', wechat: '微信公众号', news: '新闻网站' };
export const platformLabel = (p: string | null | undefined) => (p ? (PLATFORM_LABEL[p] ?? p) : '—');

export const PROVENANCE_LABEL: Record<string, string> = {
  onscreen: '屏幕所见（截图）',
  browser: '浏览器生成（网页快照）',
  adapter: '页面结构化数据',
  environment: '取证环境记录',
};
