import { eq } from 'drizzle-orm';
import type { SeedContext } from '../cli/seed.ts';
import { meta } from '../db/schema/meta.ts';
import { incidents } from '../db/schema/incidents.ts';
import { incidentEvents } from '../db/schema/incident-events.ts';
import { findUserByEmail } from '../lib/accounts.ts';
import { newId } from '../lib/secrets.ts';
import { emptyChecklist } from '../incidents/store.ts';
import { insertMentions, type MentionSeed } from './bulk.ts';
import { deadlinesFor } from './deadlines.ts';
import { closeReports } from './archive.ts';
import { runDetection } from './detect.ts';
import { defaultSettings } from './settings.ts';
import { DAY, HOUR, hourStart, iso } from './time.ts';
import { beijingParts } from '@vigil/shared/i18n/beijing-time';

// `seed --demo` (issue 11): four weeks of the demo brand's mentions with a daily evening peak, a visible surge three
// hours ago that the detector flags, scan counts for the share, and one open incident — so 舆情概览 is alive right
// after `npm start`. Multi-row inserts keep it well under a second.

const KEY = 'demo.monitoring';
const BRAND = '青禾乳业';
const everyday = [
  ['weibo', 'neutral', '今天早餐还是青禾牛奶，配燕麦刚好'],
  ['weibo', 'positive', '青禾乳业的新品酸奶口感不错，推荐！'],
  ['douyin', 'neutral', '测评三款国产牛奶：青禾、白露、山泉'],
  ['weibo', 'negative', '青禾牛奶最近涨价了，有点贵'],
  ['news', 'neutral', '青禾乳业发布三季度财报，营收同比增长'],
  ['douyin', 'positive', '带娃去青禾牧场参观，体验很好'],
  ['weibo', 'negative', '青禾客服电话一直打不通，态度也一般'],
] as const;
const surgeTexts = ['青禾牛奶喝出异物，孩子喝完肚子疼', '刚买的青禾纯牛奶打开就变质了，结块发酸', '青禾乳业异物事件有人管吗？已向市场监管局投诉', '同批次青禾牛奶也有异物，大家别买了'];

export async function seedDemoMonitoring({ db, now, log }: SeedContext): Promise<void> {
  if (await db.query.meta.findFirst({ where: eq(meta.key, KEY) })) return;
  const end = hourStart(now).getTime();
  const start = end - 28 * DAY;
  const surge = end - 3 * HOUR;
  let r = 11;
  // A demo post's address on its own platform: the incident page's 打开原文 must not send a 抖音 post to weibo.com.
  const demoLink = (platform: string, id: string) =>
    platform === 'douyin' ? `https://www.douyin.com/video/demo-${id}` : platform === 'news' ? `https://news.sina.com.cn/demo/${id}.shtml` : `https://weibo.com/demo/${id}`;
  const rand = () => ((r = (r * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const seeds: MentionSeed[] = [];
  const counts: { hour: string; platform: string; reportedBy: string; units: number }[] = [];
  for (let t = start; t < end; t += HOUR) {
    const bj = beijingParts(t).hour;
    const n = bj >= 20 && bj < 23 ? 30 + Math.floor(rand() * 12) : bj >= 1 && bj < 8 ? Math.floor(rand() * 2) : 3 + Math.floor(rand() * 5);
    for (let i = 0; i < n; i++) {
      const [platform, sentiment, text] = everyday[Math.floor(rand() * everyday.length)]!;
      const service = text.includes('客服');
      seeds.push({ key: `demo:${t}:${i}`, brand: BRAND, platform, text, sentiment, level: service ? 'mild' : 'none', category: service ? 'service' : null, riskTerms: service ? ['态度差'] : [], reasons: service ? ['服务风险词「态度差」'] : [], reach: Math.floor(rand() * 400), firstSeenAt: iso(t + Math.floor(rand() * HOUR)), permalink: demoLink(platform, `${t}${i}`) });
    }
    counts.push({ hour: iso(t), platform: 'weibo', reportedBy: 'demo', units: n * 40 + 200 }, { hour: iso(t), platform: 'douyin', reportedBy: 'demo', units: n * 15 + 80 });
    if (t === surge) {
      for (let i = 0; i < 90; i++) {
        const text = surgeTexts[i % surgeTexts.length]!;
        const severe = text.includes('孩子') || text.includes('监管');
        seeds.push({ key: `demo:surge:${i}`, brand: BRAND, platform: i % 3 === 0 ? 'douyin' : 'weibo', text, sentiment: 'negative', level: severe ? 'severe' : 'moderate', category: 'safety', riskTerms: text.includes('变质') ? ['变质'] : ['异物'], reasons: [`安全风险词「${text.includes('变质') ? '变质' : '异物'}」`], reach: i === 0 ? 48_000 : 200 + i * 37, reachVelocity: i === 0 ? 2600 : null, firstSeenAt: iso(t + 60_000 + i * 30_000), lastSeenAt: iso(t + 50 * 60_000), permalink: demoLink(i % 3 === 0 ? 'douyin' : 'weibo', `surge${i}`) });
      }
    }
  }
  await insertMentions(db, seeds);
  const statements = [];
  for (let i = 0; i < counts.length; i += 300) {
    const chunk = counts.slice(i, i + 300);
    statements.push({ sql: `INSERT OR IGNORE INTO scan_counts (hour, platform, reported_by, units) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`, args: chunk.flatMap((c) => [c.hour, c.platform, c.reportedBy, c.units]) });
  }
  await db.$client.batch(statements, 'write');
  const alerts = await runDetection(db, new Date(surge + HOUR), now);
  const lead = await findUserByEmail(db, 'pr@demo.vigil.local');
  const openedAt = iso(end - 30 * HOUR);
  const id = newId();
  await db.batch([
    db.insert(incidents).values({ id, brand: BRAND, title: '青禾客服电话长期占线引发集中投诉', level: 'moderate', status: 'open', ownerId: lead?.id ?? null, openedAt, detectedAt: openedAt, deadlines: deadlinesFor('moderate', openedAt, defaultSettings), checklist: emptyChecklist().map((c) => (c.key === 'verify' ? { ...c, doneAt: openedAt, doneBy: lead?.id ?? null } : c)), review: null, closedAt: null, createdBy: lead?.id ?? 'demo', updatedAt: openedAt }),
    db.insert(incidentEvents).values({ incidentId: id, at: openedAt, actorId: lead?.id ?? null, type: 'opened', detail: { level: 'moderate', title: '青禾客服电话长期占线引发集中投诉' } }),
    db.insert(meta).values({ key: KEY, value: now.toISOString() }),
  ]);
  // What the hourly run would have archived by now: yesterday's 日报 and the last closed week's 周报.
  const archived = await closeReports(db, now, now);
  log(`demo monitoring: ${seeds.length} mentions over 4 weeks, ${alerts.length} alert(s) on the surge, 1 open incident, ${archived.length} archived report(s)`);
}
