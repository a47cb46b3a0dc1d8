import { describe, expect, test } from 'vitest';
import { beijingDay as beijingDate } from '@vigil/shared/i18n/beijing-time';
import { beijingLabel, dayPeriod, weekPeriod } from './time.ts';

describe('Beijing periods', () => {
  test.each([
    ['2026-11-22', '2026-11-21T16:00:00.000Z', '2026-11-22T16:00:00.000Z'],
    ['2026-01-01', '2025-12-31T16:00:00.000Z', '2026-01-01T16:00:00.000Z'],
    ['2028-02-29', '2028-02-28T16:00:00.000Z', '2028-02-29T16:00:00.000Z'],
  ])('日报 of %s is 00:00–24:00 Asia/Shanghai', (ymd, start, end) => {
    const p = dayPeriod(ymd);
    expect([p.start.toISOString(), p.end.toISOString()]).toEqual([start, end]);
  });

  test.each([
    ['2026-11-16', '2026-11-15T16:00:00.000Z'], // Monday
    ['2026-11-19', '2026-11-15T16:00:00.000Z'], // Thursday
    ['2026-11-22', '2026-11-15T16:00:00.000Z'], // Sunday ends the week
    ['2026-11-23', '2026-11-22T16:00:00.000Z'], // next Monday
  ])('周报 of any day (%s) runs Monday to Sunday', (ymd, start) => {
    const p = weekPeriod(ymd);
    expect(p.start.toISOString()).toBe(start);
    expect(p.end.getTime() - p.start.getTime()).toBe(7 * 24 * 3_600_000);
  });

  test('an instant just before Beijing midnight belongs to that Beijing day; labels are in Beijing time', () => {
    expect(beijingDate(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(beijingDate(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
    expect(beijingLabel(new Date('2026-11-22T12:00:00Z'), 'hour')).toBe('20:00');
    expect(() => dayPeriod('2026-02-30')).toThrow(RangeError);
  });
});
