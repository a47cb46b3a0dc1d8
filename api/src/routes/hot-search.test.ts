import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { alerts } from '../db/schema/alerts.ts';
import { hotSearchSightings } from '../db/schema/hot-search.ts';
import { replacePack } from '../rules/pack-store.ts';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

// 热搜 watch (issue 11 item 4) on a real libSQL database: staff report, PR leads read, every new entry is a 重度
// alert that explains itself, and the same entry does not alert again on every sighting.

const HOUR = 3_600_000;

async function setup() {
  const clock = fixedClock(new Date('2026-11-22T17:40:00+08:00'));
  const t = await testApp({ clock });
  await replacePack(t.db, demoPack, clock.now());
  const staff = (await userWithToken(t.deps, 'staff')).headers;
  const lead = (await userWithToken(t.deps, 'pr_lead')).headers;
  return { ...t, clock, staff, lead, call: jsonCaller(t.app) };
}

const weibo = (over: Record<string, unknown> = {}) => ({
  platform: 'weibo', brand: '青禾乳业', title: 'QH乳业回应酸奶胀包', rank: 7, heat: 1_234_567, term: 'QH乳业',
  url: 'https://s.weibo.com/weibo?q=%23QH%E4%B9%B3%E4%B8%9A%E5%9B%9E%E5%BA%94%23', seenAt: '2026-11-22T09:39:00Z', ...over,
});

describe('POST /api/hot-search', () => {
  test('a staff browser’s sighting is stored and raises one 重度 alert that says where, how high and how hot', async () => {
    const h = await setup();
    const douyin = weibo({ platform: 'douyin', title: '青禾牛奶喝出异物', rank: 23, heat: 1.2e8, term: '青禾牛奶', url: 'https://www.douyin.com/hot/2234567' });
    const res = await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo(), douyin] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ recorded: 2, alerts: [expect.any(String), expect.any(String)], notNamed: [] });

    const list = await h.call('GET', '/api/alerts?brand=%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A', h.lead);
    const hot = list.body.alerts.filter((a: { rule: string }) => a.rule === 'hot_search');
    expect(hot).toHaveLength(2);
    const w = hot.find((a: { scope: string }) => a.scope.startsWith('weibo|'));
    expect(w).toMatchObject({ level: 'severe', observed: 7, score: 1_234_567, hour: '2026-11-22T09:00:00.000Z', incidentId: null });
    expect(w.explanation).toBe('「青禾乳业」登上微博热搜第 7 位：「QH乳业回应酸奶胀包」，热度 123.46万（命中「QH乳业」）；团队浏览器于 2026-11-22 17:39（北京时间）看到。热搜即紧急级别，请立即处置。');
    expect(w.explanationEn).toBe('青禾乳业 is on Weibo Hot Search at No. 7: "QH乳业回应酸奶胀包", heat 1.23M (matched "QH乳业"); a team browser saw it at 2026-11-22 17:39 Beijing time. A hot-search entry is an emergency: act now.');
    expect(w.topPosts[0]).toMatchObject({ platform: 'weibo', text: 'QH乳业回应酸奶胀包', permalink: weibo().url, reach: 1_234_567 });
    expect(hot.find((a: { scope: string }) => a.scope.startsWith('douyin|')).explanation).toContain('抖音热榜第 23 位：「青禾牛奶喝出异物」，热度 1.2亿');

    const seen = await h.call('GET', '/api/hot-search?since=2026-11-22T00:00:00%2B08:00', h.lead);
    expect(seen.body.sightings.map((s: { title: string; rank: number }) => [s.title, s.rank]).sort()).toEqual([['QH乳业回应酸奶胀包', 7], ['青禾牛奶喝出异物', 23]]);
    expect((await h.call('GET', '/api/hot-search', h.staff)).status).toBe(403);
  });

  test('one alert per entry within the cooldown; climbing into the top 3 or to 第 1 alerts again; after 6 h it alerts anew', async () => {
    const h = await setup();
    const post = async (over: Record<string, unknown>) => (await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo({ seenAt: h.clock.now().toISOString(), ...over })] })).body.alerts.length;
    expect(await post({ rank: 7 })).toBe(1);
    expect(await post({ rank: 7 })).toBe(0); // the same browser, a minute later
    h.clock.advance(HOUR);
    expect(await post({ rank: 5 })).toBe(0); // up two places, still in the top 10
    expect(await post({ rank: 12 })).toBe(0); // down again
    expect(await post({ rank: 3 })).toBe(1); // into the top 3
    expect(await post({ rank: 2 })).toBe(0);
    expect(await post({ rank: 1 })).toBe(1); // 第 1 位
    expect(await post({ title: 'QH乳业董事长回应' })).toBe(1); // another entry of the same brand
    h.clock.advance(6 * HOUR + 60_000);
    expect(await post({ rank: 4 })).toBe(1); // still on the list after the cooldown
    const rows = await h.db.select().from(alerts);
    expect(rows.map((a) => a.explanation.match(/第 \d+ 位(，升[^：]+)?/)?.[0]).sort()).toEqual(
      ['第 1 位，升至榜首', '第 3 位，升入前 3', '第 4 位', '第 7 位', '第 7 位'],
    );
    expect(rows.map((a) => a.explanationEn?.match(/No\. \d+(, [^:]+)?/)?.[0]).sort()).toEqual(
      ['No. 1, now at No. 1', 'No. 3, up into the top 3', 'No. 4', 'No. 7', 'No. 7'],
    );
    expect(await h.db.$count(hotSearchSightings)).toBe(9);
  });

  test('the 日报 lists each entry once under 需立即关注事项, with its best rank and heat', async () => {
    const h = await setup();
    await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo({ rank: 9, heat: 800_000 }), weibo({ rank: 2, heat: 3_100_000, seenAt: '2026-11-22T10:30:00Z' })] });
    const daily = await h.call('GET', `/api/reports/daily?date=2026-11-22&brand=${encodeURIComponent('青禾乳业')}`, h.lead);
    expect(daily.status).toBe(200);
    expect(daily.body.attention.filter((a: { kind: string }) => a.kind !== 'post')).toEqual([
      { kind: 'hot_search', text: '「青禾乳业」微博热搜最高第 2 位：「QH乳业回应酸奶胀包」，热度 310万（2026-11-22 17:39 首次看到）', ref: expect.any(String),
        textEn: '青禾乳业 on Weibo Hot Search, best rank No. 2: "QH乳业回应酸奶胀包", heat 3.1M (first seen 2026-11-22 17:39 Beijing time)' },
    ]);
  });

  test('an incident opened from a 热搜 alert links the alert (its entry is no mention) and carries its 24 h deadline', async () => {
    const h = await setup();
    const [alertId] = (await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo()] })).body.alerts;
    const made = await h.call('POST', '/api/incidents', h.lead, { title: '青禾乳业：热搜', brand: '青禾乳业', level: 'severe', alertId });
    expect(made.status).toBe(201);
    const incident = await h.call('GET', `/api/incidents/${made.body.id}`, h.lead);
    expect(incident.body.links.map((l: { kind: string; ref: string }) => [l.kind, l.ref])).toEqual([['alert', alertId]]);
    expect(incident.body.deadlines.map((d: { kind: string }) => d.kind)).toContain('first_statement');
  });

  test('an unknown brand or a malformed entry is refused and nothing is stored', async () => {
    const h = await setup();
    const unknown = await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo(), weibo({ brand: '别家乳业' })] });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'unknown_brand', message: expect.stringContaining('别家乳业') } } });
    for (const bad of [{ entries: [] }, { entries: [weibo({ platform: 'kuaishou' })] }, { entries: [weibo({ url: 'javascript:alert(1)' })] }, { entries: [weibo({ rank: -1 })] }]) {
      expect((await h.call('POST', '/api/hot-search', h.staff, bad)).status).toBe(400);
    }
    expect(await h.db.$count(hotSearchSightings)).toBe(0);
    expect(await h.db.$count(alerts)).toBe(0);
  });

  test('a sighting dated in the future is dated now', async () => {
    const h = await setup();
    await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo({ seenAt: '2026-11-23T09:00:00Z' })] });
    const [row] = await h.db.select().from(hotSearchSightings);
    expect(row?.seenAt).toBe('2026-11-22T09:40:00.000Z');
  });

  test.each([
    ['a title about someone else', '某品牌奶粉被曝抽检不合格'],
    ['the 青禾苗 homonym the pack excludes', '青禾苗长势喜人 农户盼丰收'],
    ['a title made up around the alias alone, without it', '乳业巨头回应酸奶胀包'],
  ])('an entry whose title does not name its brand (%s) is not stored and raises nothing; the rest go through', async (_name, title) => {
    const h = await setup();
    const res = await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo(), weibo({ title, rank: 2, term: '青禾' })] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ recorded: 1, alerts: [expect.any(String)], notNamed: [1] });
    expect((await h.db.select().from(hotSearchSightings)).map((r) => r.title)).toEqual(['QH乳业回应酸奶胀包']);
    const alone = await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo({ title })] });
    expect(alone).toMatchObject({ status: 400, body: { error: { code: 'brand_not_named' } } });
    expect(await h.db.$count(alerts)).toBe(1);
  });

  test('at most 10 热搜 alerts per brand within an hour; every sighting is still stored; the next hour alerts again', async () => {
    const h = await setup();
    const at = () => h.clock.now().toISOString();
    const entries = Array.from({ length: 12 }, (_, i) => weibo({ title: `青禾牛奶事件第${i + 1}条`, rank: 20 + i, term: '青禾牛奶', seenAt: at() }));
    const first = await h.call('POST', '/api/hot-search', h.staff, { entries });
    expect(first.body).toMatchObject({ recorded: 12, notNamed: [] });
    expect(first.body.alerts).toHaveLength(10);
    const more = await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo({ title: '青禾牛奶再上热搜', rank: 1, seenAt: at() })] });
    expect(more.body).toMatchObject({ recorded: 1, alerts: [] });
    expect(await h.db.$count(hotSearchSightings)).toBe(13);
    h.clock.advance(HOUR + 60_000);
    const later = await h.call('POST', '/api/hot-search', h.staff, { entries: [weibo({ title: '青禾牛奶再上热搜', rank: 1, seenAt: at() })] });
    expect(later.body.alerts).toHaveLength(1);
  });
});
