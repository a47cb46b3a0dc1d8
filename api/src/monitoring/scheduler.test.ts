import { describe, expect, test } from 'vitest';
import { fixedClock, testApp } from '../test-support/app.ts';
import { leaseDone } from './lease.ts';
import { HOURLY_LEASE, schedulerTick } from './scheduler.ts';

describe('scheduler lease', () => {
  test('two API processes on one database: one runs the hour, the other waits; a new holder never repeats an hour', async () => {
    const clock = fixedClock(new Date('2026-11-22T10:00:30+08:00'));
    const a = await testApp({ clock });
    const b = await testApp({ clock, db: a.db });
    const [ra, rb] = await Promise.all([schedulerTick(a.deps, 'proc-a'), schedulerTick(b.deps, 'proc-b')]);
    expect([ra, rb].sort()).toEqual(['not-leader', 'ran-hour']);
    expect(await leaseDone(a.db, HOURLY_LEASE)).toBe('2026-11-22T02:00:00.000Z');
    const leader = ra === 'ran-hour' ? 'proc-a' : 'proc-b';
    const other = leader === 'proc-a' ? 'proc-b' : 'proc-a';
    clock.advance(60_000);
    expect(await schedulerTick(a.deps, leader)).toBe('delivered');
    expect(await schedulerTick(a.deps, other)).toBe('not-leader');
    // The leader dies; after its lease runs out the other takes over, and runs only the next hour.
    clock.advance(6 * 60_000);
    expect(await schedulerTick(b.deps, other)).toBe('delivered');
    clock.advance(60 * 60_000);
    expect(await schedulerTick(b.deps, other)).toBe('ran-hour');
    expect(await leaseDone(a.db, HOURLY_LEASE)).toBe('2026-11-22T03:00:00.000Z');
  });
});
