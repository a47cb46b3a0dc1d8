import type { ReplyPlatform } from '../schemas/reply.ts';

/** The platforms of issue 14 whose pages have their own reply box (not 公众号). */
const ownBoxes = ['xiaohongshu', 'kuaishou', 'bilibili', 'zhihu'] as const;


/**
 * Maps a unit's platform (as the site adapters name it: `weibo`, `weibo-mobile`, `m.weibo.cn`, `douyin`, a news
 * host…) onto the platforms a reply is written for. Unknown platforms count as news: an article somewhere else, and
 * so does a 公众号 article (`weixin`), which has no reply box on the web page.
 */
export function platformOf(platform: string | undefined): ReplyPlatform | undefined {
  if (!platform) return undefined;
  const p = platform.toLowerCase();
  if (p.includes('weibo')) return 'weibo';
  if (p.includes('douyin')) return 'douyin';
  for (const own of ownBoxes) if (p === own) return own;
  return 'news';
}
