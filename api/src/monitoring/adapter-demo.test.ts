import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedDemo } from '../cli/seed.ts';
import { adapterHealth } from '../db/schema/adapter-health.ts';
import { testApp } from '../test-support/app.ts';
import { cliWorkspace } from '../test-support/cli.ts';
import { healthView } from './adapter-health.ts';
import { monitorRun } from './scheduler.ts';

// seed --demo fills the 站点适配 page (issue 12 item 4): a healthy week, and today a news site whose publish time only
// the fallback found — marked on the page, but seen by one colleague only, so no one is alerted.

describe('demo adapter health', () => {
  test('the page shows five sites, news 发布时间 marked; no alert from one browser; a second seed adds nothing', async () => {
    const { deps, db, clock } = await testApp();
    await seedDemo(deps, join(cliWorkspace().cwd, 'data', 'demo-credentials.json'));
    const view = await healthView(db, clock.now());
    expect(view.sites.map((s) => [s.site, s.weekUnitsPerPage])).toEqual([['douyin', 8], ['news', 6], ['weibo', 11], ['weibo-mobile', 8], ['xiaohongshu', 5]]);
    expect(view.fields.filter((f) => f.anomaly).map((f) => [f.site, f.field, f.day.primaryRate, f.week.primaryRate])).toEqual([['news', 'time', 0.167, 1]]);
    expect(view.fields.find((f) => f.site === 'weibo' && f.field === 'text')?.day.total).toBe(0);
    expect((await monitorRun(deps, clock.now())).adapterAlerts).toEqual([]);
    const rows = await db.select().from(adapterHealth);
    await seedDemo(deps, join(cliWorkspace().cwd, 'data', 'demo-credentials.json'));
    expect(await db.select().from(adapterHealth)).toHaveLength(rows.length);
  });
});
