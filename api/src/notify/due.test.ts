import { describe, expect, test } from 'vitest';
import { dueAt } from './deliver.ts';

const bj = (s: string) => Date.parse(`${s}+08:00`);
const quiet = { start: '22:00', end: '08:00', breakthrough: 'severe' } as const;

describe('when a message may go out, in Beijing time', () => {
  test.each([
    ['轻度 before nine waits for 09:00 that day', 'mild', '2026-11-22T08:59:00', null, '2026-11-22T09:00:00', 'daily_digest'],
    ['轻度 at nine sharp waits for the next digest', 'mild', '2026-11-22T09:00:00', null, '2026-11-23T09:00:00', 'daily_digest'],
    ['轻度 at 00:30 Beijing (still the day before in UTC) goes at 09:00 that Beijing day', 'mild', '2026-11-23T00:30:00', null, '2026-11-23T09:00:00', 'daily_digest'],
    ['中度 goes in the next hourly bundle', 'moderate', '2026-11-22T10:20:00', null, '2026-11-22T11:00:00', 'hourly_bundle'],
    ['中度 whose bundle falls in quiet hours waits for their end', 'moderate', '2026-11-22T23:10:00', quiet, '2026-11-23T08:00:00', 'quiet_hours'],
    ['重度 breaks through quiet hours', 'severe', '2026-11-22T23:10:00', quiet, '2026-11-22T23:10:00', null],
  ] as const)('%s', (_name, level, now, q, due, heldFor) => {
    expect(dueAt(level, bj(now), q)).toEqual({ due: bj(due), heldFor });
  });

  test.each([
    ['a 轻度 deadline reminder goes at once, not at 09:00', 'mild', '2026-11-22T10:20:00', null, '2026-11-22T10:20:00', null],
    ['a 中度 deadline reminder goes at once, not in the hourly bundle', 'moderate', '2026-11-22T10:20:00', null, '2026-11-22T10:20:00', null],
    ['a 中度 deadline reminder in quiet hours still waits for their end', 'moderate', '2026-11-22T23:10:00', quiet, '2026-11-23T08:00:00', 'quiet_hours'],
    ['a 重度 deadline reminder breaks through quiet hours', 'severe', '2026-11-22T23:10:00', quiet, '2026-11-22T23:10:00', null],
  ] as const)('%s', (_name, level, now, q, due, heldFor) => {
    expect(dueAt(level, bj(now), q, { bundle: false })).toEqual({ due: bj(due), heldFor });
  });
});
