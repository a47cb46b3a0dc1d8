import { beijingStamp } from '@vigil/shared/i18n/beijing-time';
import { platformLabel as anyPlatformLabel } from '@vigil/shared/i18n/vocabulary';

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

/**
 * A platform as the 取证报告, the 证据清单 and the 律师函 name it: the formal name where a document wants one (新浪微博),
 * else the product's one vocabulary, so 小红书, 快手, B站, 知乎 and 公众号 captures are named too, not by their key.
 */
const FORMAL_PLATFORM: Record<string, string> = { weibo: '新浪微博', 'weibo-mobile': '新浪微博（手机版）', news: '新闻网站' };
export const platformLabel = (p: string | null | undefined) => (p ? (Object.hasOwn(FORMAL_PLATFORM, p) ? FORMAL_PLATFORM[p]! : anyPlatformLabel(p)) : '—');

export const PROVENANCE_LABEL: Record<string, string> = {
  onscreen: '屏幕所见（截图）',
  browser: '浏览器生成（网页快照）',
  adapter: '页面结构化数据',
  environment: '取证环境记录',
};
