import { describe, expect, test } from 'vitest';
import { adapterAlerts } from '../db/schema/adapter-alerts.ts';
import { notifyChannels } from '../db/schema/notify-channels.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { seal } from '../notify/seal.ts';
import { fixedClock, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';
import { healthView, storeHealth, toWindow } from './adapter-health.ts';
import { ALERT_COLLAPSE, ALERT_RULE, isSharpDrop, isUnitsCollapse, PAGE_RULE } from './adapter-drop.ts';
import { monitorRun } from './scheduler.ts';

// The adapter-health drop detector (issue 12 item 4): a field's primary rate across the team falls from ≥ 80 % over
// the 7 days before to < 50 % over the last 3 hours, on enough samples from several people → one admin alert per
// field per cooldown, sent through the notification channels by the hourly monitor run.

const w = (primary: number, fallback: number, missing: number, reporters: number) => toWindow(primary, fallback, missing, reporters);

describe('isSharpDrop', () => {
  test.each([
    ['a release: 95 % → 10 % from three people', w(6, 50, 4, 3), w(950, 40, 10, 5), true],
    ['the drop seen by one person only', w(6, 50, 4, 1), w(950, 40, 10, 5), false],
    ['too few recent samples', w(2, 20, 2, 3), w(950, 40, 10, 5), false],
    ['too few samples in the week before', w(6, 50, 4, 3), w(40, 0, 0, 2), false],
    ['it was never mostly primary (an old generation all along)', w(6, 50, 4, 3), w(700, 300, 0, 5), false],
    ['a dip that stays above half', w(30, 25, 5, 3), w(950, 40, 10, 5), false],
    ['not found at all counts against the selectors too', w(5, 0, 55, 3), w(950, 40, 10, 5), true],
    ['no recent samples at all', w(0, 0, 0, 0), w(950, 40, 10, 5), false],
  ])('%s', (_name, recent, baseline, fires) => {
    expect(isSharpDrop(recent, baseline, ALERT_RULE)).toBe(fires);
  });

  test('the page marks a drop from fewer samples and one reporter, but not from a handful', () => {
    expect(isSharpDrop(w(1, 10, 0, 1), w(33, 0, 0, 1), PAGE_RULE)).toBe(true);
    expect(isSharpDrop(w(1, 5, 0, 1), w(33, 0, 0, 1), PAGE_RULE)).toBe(false);
  });
});

describe('isUnitsCollapse', () => {
  const p = (pages: number, units: number, reporters = 2) => ({ pages, units, reporters });
  test.each([
    ['the feed went dark: 0 units on 8 pages from 3 people', p(8, 0, 3), p(70, 770), true],
    ['a third of what it was is still no collapse', p(8, 30, 3), p(70, 770), false],
    ['one person only', p(8, 0, 1), p(70, 770), false],
    ['too few pages now', p(3, 0, 3), p(70, 770), false],
    ['too few pages before', p(8, 0, 3), p(6, 66), false],
    ['a site that shows about one unit a page (articles)', p(8, 0, 3), p(70, 90), false],
  ])('%s', (_name, recent, baseline, fires) => {
    expect(isUnitsCollapse(recent, baseline, ALERT_COLLAPSE)).toBe(fires);
  });
});

const NOW = new Date('2026-11-22T10:05:00Z');
const at = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const fields = (p: number, f: number, m = 0) => ({ text: { primary: p, fallback: f, missing: m }, author: { primary: p + f, fallback: 0, missing: 0 } });

async function setup() {
  const t = await testApp({ clock: fixedClock(NOW) });
  const people = await Promise.all([1, 2, 3].map(async () => (await userWithToken(t.deps, 'staff')).user.id));
  // The week before: every day, two people saw 40 Weibo posts whose text the first selector found.
  for (let d = 1; d <= 7; d += 1) {
    for (const id of people.slice(0, 2)) await storeHealth(t.db, id, [{ hour: at(-24 * d - 5).toISOString(), site: 'weibo', platform: 'weibo', pages: 4, units: 40, fields: fields(40, 0) }], NOW);
  }
  return { ...t, people };
}

async function recent(t: Awaited<ReturnType<typeof setup>>, reporters: number, p: number, f: number) {
  for (const id of t.people.slice(0, reporters)) await storeHealth(t.db, id, [{ hour: at(-1).toISOString(), site: 'weibo', platform: 'weibo', pages: 2, units: p + f, fields: fields(p, f) }], NOW);
}

describe('the hourly adapter check', () => {
  test.each([
    ['too few samples, from three people', 3, 1, 6, false],
    ['plenty of samples, from one person', 1, 2, 40, false],
    ['a drop that stays above half', 3, 25, 15, false],
    ['a real drop seen by three people', 3, 2, 40, true],
  ])('%s', async (_name, reporters, p, f, fires) => {
    const t = await setup();
    await recent(t, reporters, p, f);
    const { adapterAlerts: fired } = await monitorRun(t.deps, at(0));
    expect(fired.map((a) => a.field)).toEqual(fires ? ['text'] : []);
  });

  test('one alert per field per cooldown, explained in Chinese first', async () => {
    const t = await setup();
    await recent(t, 3, 2, 40);
    const { adapterAlerts: fired } = await monitorRun(t.deps, at(0));
    expect(fired.map((a) => [a.site, a.field, a.recentRate, a.baselineRate, a.samples, a.reporters])).toEqual([['weibo', 'text', 0.048, 1, 126, 3]]);
    expect(fired[0]!.explanation).toMatch(/^微博「正文」的主选择器命中率.*降到 5%（126 次，3 位同事的扩展），此前 7 天为 100%.* \/ Weibo "text": primary-selector rate fell to 5%/);
    // The admins' 站点适配 page lists it, and marks the field.
    const view = await healthView(t.db, at(0));
    expect(view.alerts.map((a) => [a.site, a.field])).toEqual([['weibo', 'text']]);
    expect(view.fields.find((f) => f.field === 'text')?.anomaly).toBe(true);
    // The same hour again, and the next hour while the drop lasts: nothing new for the text …
    expect((await monitorRun(t.deps, at(0))).adapterAlerts).toEqual([]);
    for (const id of t.people) {
      await storeHealth(t.db, id, [{ hour: at(0).toISOString(), site: 'weibo', platform: 'weibo', pages: 2, units: 42, fields: { ...fields(2, 40), author: { primary: 0, fallback: 200, missing: 0 } } }], NOW);
    }
    // … but the author falling too is news of its own.
    expect((await monitorRun(t.deps, at(1))).adapterAlerts.map((a) => a.field)).toEqual(['author']);
    expect(await t.db.select().from(adapterAlerts)).toHaveLength(2);
  });

  test('an alert of the same field more than 24 h ago does not hold back a new drop', async () => {
    const t = await setup();
    const old = { site: 'weibo', platform: 'weibo', field: 'text', recentRate: 0.1, baselineRate: 0.9, samples: 40, reporters: 2, explanation: '…', createdAt: NOW.toISOString() };
    await t.db.insert(adapterAlerts).values({ ...old, id: 'old', hour: at(-26).toISOString().slice(0, 13) + ':00:00.000Z' });
    await recent(t, 3, 2, 40);
    expect((await monitorRun(t.deps, at(0))).adapterAlerts.map((a) => a.field)).toEqual(['text']);
    await t.db.delete(adapterAlerts);
    await t.db.insert(adapterAlerts).values({ ...old, id: 'recent', hour: at(-20).toISOString().slice(0, 13) + ':00:00.000Z' });
    expect((await monitorRun(t.deps, at(0))).adapterAlerts).toEqual([]);
  });

  test('a feed that went dark (no units at all, so no field to count) is an alert of its own', async () => {
    const t = await setup();
    for (const id of t.people) await storeHealth(t.db, id, [{ hour: at(-1).toISOString(), site: 'weibo', platform: 'weibo', pages: 3, units: 0, fields: {} }], NOW);
    const { adapterAlerts: fired } = await monitorRun(t.deps, at(0));
    expect(fired.map((a) => [a.field, a.recentRate, a.baselineRate, a.samples, a.reporters])).toEqual([['unitsPerPage', 0, 10, 9, 3]]);
    expect(fired[0]!.explanation).toMatch(/^微博每页识别出的内容单元.*降到 0 个（9 个页面，3 位同事的扩展），此前 7 天为 10 个/);
    expect((await monitorRun(t.deps, at(1))).adapterAlerts).toEqual([]);
  });

  test('the alert goes to the team channels (not those of one brand) as a 站点适配 notice', async () => {
    const t = await setup();
    const admin = await userWithToken(t.deps, 'admin');
    const channel = (id: string, brand: string | null) => ({
      id, name: id, kind: 'webhook' as const, urlSealed: seal(t.deps.keys.pepper, 'http://127.0.0.1:9/hook'), urlHint: '127.0.0.1', secretSealed: null,
      minLevel: 'moderate' as const, quietHours: null, capPerHour: 5, brand, enabled: true, createdAt: NOW.toISOString(), createdBy: admin.user.id,
    });
    await t.db.insert(notifyChannels).values([channel('team', null), channel('brand-only', '青禾乳业')]);
    await recent(t, 3, 2, 40);
    await monitorRun(t.deps, at(0));
    const sent = await t.db.select().from(notifyDeliveries);
    expect(sent.map((d) => [d.channelId, d.subject.split(':')[0], d.rule, d.level, d.title])).toEqual([['team', 'adapter', 'adapter:weibo:text', 'moderate', '【站点适配异常】微博 正文']]);
    expect(sent[0]!.body).toContain('站点可能已改版');
  });
});
