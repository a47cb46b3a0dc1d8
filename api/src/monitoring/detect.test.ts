import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/alerts.ts';
import { freshDb } from '../test-support/db.ts';
import { insertMentions, type MentionSeed } from './bulk.ts';
import { runDetection } from './detect.ts';
import { DAY, HOUR, iso } from './time.ts';

// Issue 11 "done when": four weeks of a brand with a daily evening peak (20–22 h Beijing) and near-silent nights;
// then a fifth week in which the detector runs every hour. It must fire on the injected surge and on nothing else.

const brand = '青禾乳业';
const start = Date.parse('2026-10-26T00:00:00+08:00'); // a Monday, Beijing
const evalFrom = start + 28 * DAY;
const surge = Date.parse('2026-11-25T15:00:00+08:00'); // Wednesday 15:00 of the fifth week
const nightBump = Date.parse('2026-11-24T03:00:00+08:00');
let seed = 7;
const noise = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

function series(): MentionSeed[] {
  const out: MentionSeed[] = [];
  for (let t = start; t < evalFrom + 3 * DAY; t += HOUR) {
    const bjHour = new Date(t + 8 * HOUR).getUTCHours();
    let n = bjHour >= 20 && bjHour < 23 ? 38 + Math.floor(noise() * 10) : bjHour >= 1 && bjHour < 8 ? Math.floor(noise() * 2) : 3 + Math.floor(noise() * 4);
    if (t === nightBump) n = 9;
    for (let i = 0; i < n; i++) out.push({ key: `w:${t}:${i}`, brand, platform: 'weibo', text: '青禾牛奶日常讨论', level: 'none', sentiment: i % 5 === 0 ? 'negative' : 'neutral', firstSeenAt: iso(t + i * 1000) });
    if (t === surge) {
      for (let i = 0; i < 70; i++) out.push({ key: `s:${i}`, brand, platform: 'weibo', text: `青禾牛奶喝出异物，质量太差了 #${i}`, level: 'moderate', sentiment: 'negative', category: 'quality', riskTerms: ['异物', '质量差'], reasons: ['质量风险词「异物」'], reach: 100 + i, firstSeenAt: iso(t + 60_000 + i * 1000) });
    }
  }
  return out;
}

let db: Db;
let fired: (typeof alerts.$inferSelect)[];
beforeAll(async () => {
  db = await freshDb();
  await insertMentions(db, series());
  for (let at = evalFrom + HOUR; at <= evalFrom + 3 * DAY; at += HOUR) await runDetection(db, new Date(at), new Date(at));
  fired = await db.select().from(alerts);
}, 120_000);

describe('hourly spike detection over four weeks of history', () => {
  test.each([
    ['the injected surge (Wed 15:00)', surge, ['category:quality', 'negative_share:', 'volume:']],
    ['the recurring evening peak (Mon 20:00)', Date.parse('2026-11-23T20:00:00+08:00'), []],
    ['the recurring evening peak (Tue 21:00)', Date.parse('2026-11-24T21:00:00+08:00'), []],
    ['a night bump from 0–1 to 9 (Tue 03:00)', nightBump, []],
    ['a quiet afternoon (Mon 15:00)', Date.parse('2026-11-23T15:00:00+08:00'), []],
  ])('%s', (_name, hour, rules) => {
    const here = fired.filter((a) => a.hour === iso(hour)).map((a) => `${a.rule}:${a.scope}`).sort();
    expect(here).toEqual(rules);
  });

  test('nothing fires outside the surge, and the alert explains itself with a same-hour-of-week baseline', () => {
    expect(fired.filter((a) => a.hour !== iso(surge))).toEqual([]);
    const volume = fired.find((a) => a.rule === 'volume')!;
    expect(volume).toMatchObject({ brand, level: 'moderate', preset: 'balanced', baseline: { basis: 'hour_of_week_4w' } });
    expect(volume.observed).toBeGreaterThanOrEqual(73);
    expect(volume.baseline.points).toHaveLength(4);
    expect(volume.explanation).toContain('近 4 周同一星期同一小时');
    expect(volume.explanationEn).toContain('the same hour of the week over the last 4 weeks');
    // Every rule that fired explains itself in English too, with the same numbers and no Chinese but the brand.
    for (const a of fired) {
      expect(a.explanationEn!.replaceAll(brand, '')).not.toMatch(/[\u4e00-\u9fff]/);
      expect(a.explanationEn).toContain(`${a.observed}`);
    }
    expect(volume.topPosts[0]?.text).toContain('异物');
    expect(volume.topTerms[0]).toEqual({ term: '异物', count: 70 });
  });

  test('running the same hour again adds no alert', async () => {
    expect(await runDetection(db, new Date(surge + HOUR), new Date(surge + 2 * HOUR))).toEqual([]);
  });
});
