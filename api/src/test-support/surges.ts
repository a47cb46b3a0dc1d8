import type { MentionSeed } from '../monitoring/bulk.ts';
import { DAY, HOUR, iso } from '../monitoring/time.ts';

/**
 * A week of quiet history for `brand` (two posts an hour) up to the hour after the last surge, then the same story
 * surging at each of `hours` (60 posts of `text` in each), for detection tests that follow one story over time.
 */
export function surgeHistory(brand: string, hours: readonly number[], text: string, level: MentionSeed['level'] = 'none'): MentionSeed[] {
  const out: MentionSeed[] = [];
  const last = Math.max(...hours);
  for (let t = Math.min(...hours) - 7 * DAY; t < last + HOUR; t += HOUR) {
    for (let i = 0; i < 2; i++) out.push({ key: `q:${t}:${i}`, brand, platform: 'weibo', text: '青禾牛奶日常讨论', level: 'none', sentiment: 'neutral', firstSeenAt: iso(t + i * 60_000) });
  }
  hours.forEach((t, n) => {
    for (let i = 0; i < 60; i++) out.push({ key: `s${n}:${i}`, brand, platform: 'weibo', text: `${text} #${i}`, level, sentiment: 'neutral', firstSeenAt: iso(t + 120_000 + i * 1000) });
  });
  return out;
}
