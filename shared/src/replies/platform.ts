import type { ReplyPlatform } from '../schemas/reply.ts';
import type { Level, RiskCategory } from '../engine/types.ts';

/** Chinese names shown in reasons and filled into `{平台}`. */
export const platformName: Record<ReplyPlatform, string> = { weibo: '微博', douyin: '抖音', news: '新闻' };

/**
 * Maps a unit's platform (as the site adapters name it: `weibo`, `weibo-mobile`, `m.weibo.cn`, `douyin`, a news
 * host…) onto the platforms a reply is written for. Unknown platforms count as news: an article somewhere else.
 */
export function platformOf(platform: string | undefined): ReplyPlatform | undefined {
  if (!platform) return undefined;
  const p = platform.toLowerCase();
  if (p.includes('weibo')) return 'weibo';
  if (p.includes('douyin')) return 'douyin';
  return 'news';
}

export const categoryName: Record<RiskCategory, string> = {
  safety: '安全',
  legal: '法律',
  fraud: '欺诈',
  quality: '质量',
  service: '服务',
  executive: '高管',
  regulator: '监管',
};

export const levelName: Record<Level, string> = { none: '无', mild: '轻度', moderate: '中度', severe: '重度' };

export const toneName = { soothing: '安抚', apology: '致歉', clarify: '澄清', thanks: '感谢', formal: '正式声明' } as const;
