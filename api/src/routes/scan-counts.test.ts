import { describe, expect, test } from 'vitest';
import { scanCounts } from '../db/schema/scan-counts.ts';
import { jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

describe('scan counts', () => {
  test('counts per platform and hour; a resent running total does not count twice; no text is accepted', async () => {
    const t = await testApp();
    const call = jsonCaller(t.app);
    const staff = (await userWithToken(t.deps, 'staff')).headers;
    const other = (await userWithToken(t.deps, 'staff')).headers;
    const batch = { counts: [{ platform: 'weibo', hour: '2026-11-22T20:15:00+08:00', units: 340 }, { platform: 'douyin', hour: '2026-11-22T12:59:59Z', units: 80 }] };
    expect(await call('POST', '/api/scan-counts', staff, batch)).toEqual({ status: 200, body: { stored: 2 } });
    await call('POST', '/api/scan-counts', staff, batch); // the queue resent it
    await call('POST', '/api/scan-counts', staff, { counts: [{ platform: 'weibo', hour: '2026-11-22T20:50:00+08:00', units: 410 }] });
    await call('POST', '/api/scan-counts', other, { counts: [{ platform: 'weibo', hour: '2026-11-22T12:00:00Z', units: 90 }] });
    const rows = await t.db.select().from(scanCounts);
    const weibo = rows.filter((r) => r.platform === 'weibo' && r.hour === '2026-11-22T12:00:00.000Z').reduce((s, r) => s + r.units, 0);
    expect(weibo).toBe(500);
    expect(rows.find((r) => r.platform === 'douyin')?.hour).toBe('2026-11-22T12:00:00.000Z');
    const bad = await call('POST', '/api/scan-counts', staff, { counts: [{ platform: 'weibo', hour: 'yesterday', units: -1 }] });
    expect(bad.status).toBe(400);
  });
});
