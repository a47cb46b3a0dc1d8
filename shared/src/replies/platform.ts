import type { ReplyPlatform } from '../schemas/reply.ts';


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
