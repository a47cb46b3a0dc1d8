import { eq } from 'drizzle-orm';
import type { AdapterHealthReport } from '@vigil/shared/schemas/adapter-health';
import type { SeedContext } from '../cli/seed.ts';
import { meta } from '../db/schema/meta.ts';
import { findUserByEmail } from '../lib/accounts.ts';
import { storeHealth } from './adapter-health.ts';
import { DAY, HOUR, hourStart, iso } from './time.ts';

// `seed --demo` for the 站点适配 page (issue 12 item 4): a week of the demo team's browsers reading the platforms
// well, and a news site whose publish time the selectors stopped finding today, so the page has something to show
// (and mark) right after `npm start`. Weibo's last 24 h are left to the browser: the e2e serves it a release.

const KEY = 'demo.adapter-health';
/** Site, platform, units per page, fields every unit has. */
const sites: [string, string, number, string[]][] = [
  ['weibo', 'weibo', 11, ['unit', 'text', 'author', 'time', 'likes', 'reposts', 'comments']],
  ['weibo-mobile', 'weibo', 8, ['text', 'author', 'time', 'likes', 'reposts', 'comments']],
  ['douyin', 'douyin', 8, ['text', 'author', 'time', 'likes']],
  ['xiaohongshu', 'xiaohongshu', 5, ['unit', 'text', 'author', 'time', 'likes']],
  ['news', 'news', 6, ['text', 'author', 'time', 'title']],
];

function report(hour: number, [site, platform, perPage, fields]: (typeof sites)[number], pages: number, timeFallback = 0): AdapterHealthReport {
  const units = pages * perPage;
  const tally = (f: string) => (f === 'time' ? { primary: units - timeFallback, fallback: timeFallback, missing: 0 } : { primary: units, fallback: 0, missing: 0 });
  return { hour: iso(hour), site, platform, pages, units, fields: Object.fromEntries(fields.map((f) => [f, tally(f)])) };
}

export async function seedDemoAdapterHealth({ db, now, log }: SeedContext): Promise<void> {
  if (await db.query.meta.findFirst({ where: eq(meta.key, KEY) })) return;
  const end = hourStart(now).getTime();
  const people = (await Promise.all(['staff', 'pr', 'legal'].map((n) => findUserByEmail(db, `${n}@demo.vigil.local`)))).flatMap((u) => (u ? [u.id] : []));
  for (const [i, id] of people.entries()) {
    const week = [2, 3, 4, 5, 6, 7].flatMap((d) => sites.map((s) => report(end - d * DAY - (3 + i * 4) * HOUR, s, 3)));
    await storeHealth(db, id, week, now);
  }
  // Today, one colleague's browser: every site but Weibo as usual, and news pages whose time only the fallback found.
  const [first] = people;
  if (first) {
    const today = sites.filter(([s]) => s !== 'weibo').map((s) => (s[0] === 'news' ? report(end - 2 * HOUR, s, 3, 15) : report(end - 2 * HOUR, s, 2)));
    await storeHealth(db, first, today, now);
  }
  await db.insert(meta).values({ key: KEY, value: now.toISOString() });
  log('demo adapter health: 7 days of 5 sites from 3 people; news 发布时间 found by the fallback today');
}
