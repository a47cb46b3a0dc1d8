import type { ReplyLimits, ReplyPlatform } from '../schemas/reply.ts';

/**
 * Default length limits of the reply box on each platform, in that platform's own counting (issue 5):
 * - weibo: a comment holds 140 characters, counted the Weibo way (two half-width characters count as one);
 * - douyin: a comment holds 100 characters;
 * - 小红书, 快手, B站, 知乎 (issue 14): their comment boxes have limits, but none we could verify from public
 *   sources, so there is no default; a reply sets its own in `limits` where it matters;
 * - news (and 公众号 articles): replies go out as statements elsewhere, so there is no box to fit.
 * A reply can override any of these in its `limits`.
 */
export const defaultLimits: Record<ReplyPlatform, number | null> = {
  weibo: 140, douyin: 100, xiaohongshu: null, kuaishou: null, bilibili: null, zhihu: null, news: null,
};

/** Characters as the platform counts them. */
export function countLength(text: string, platform: ReplyPlatform): number {
  if (platform === 'weibo') {
    let halves = 0;
    for (const ch of text) halves += ch.codePointAt(0)! <= 0x7f ? 1 : 2;
    return Math.ceil(halves / 2);
  }
  return [...text].length;
}

export function limitFor(limits: ReplyLimits | undefined, platform: ReplyPlatform): number | null {
  const own = limits?.[platform];
  return own === undefined ? defaultLimits[platform] : own;
}

export interface LengthCheck {
  platform: ReplyPlatform;
  length: number;
  limit: number | null;
  over: boolean;
}

export function checkLength(text: string, platform: ReplyPlatform, limits?: ReplyLimits): LengthCheck {
  const length = countLength(text, platform);
  const limit = limitFor(limits, platform);
  return { platform, length, limit, over: limit !== null && length > limit };
}
