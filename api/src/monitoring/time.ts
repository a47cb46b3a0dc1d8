import { beijingDayStart, beijingStamp, beijingWeekStart } from '@vigil/shared/i18n/beijing-time';

// The periods of issue 11 in Beijing time, built on shared/i18n/beijing-time. China keeps UTC+8 all year (no DST),
// so a UTC hour is a Beijing hour, and an hour of the week is the same UTC hour 7 × 24 h earlier.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Period {
  start: Date;
  end: Date;
}

/** 00:00–24:00 Asia/Shanghai of the date `YYYY-MM-DD`; RangeError for a day not on the calendar. */
export const dayPeriod = (ymd: string): Period => ({ start: new Date(beijingDayStart(ymd)), end: new Date(beijingDayStart(ymd, 1)) });

/** Monday 00:00 to the next Monday 00:00, Beijing time, of the week containing `ymd`. */
export function weekPeriod(ymd: string): Period {
  const start = Date.parse(beijingWeekStart(ymd));
  return { start: new Date(start), end: new Date(start + 7 * DAY) };
}

/** 'HH:00', 'MM-DD' or 'YYYY-MM-DD HH:mm' in Beijing time. */
export function beijingLabel(at: Date, form: 'hour' | 'day' | 'minute' = 'minute'): string {
  const s = beijingStamp(at, 'minute');
  if (form === 'hour') return `${s.slice(11, 13)}:00`;
  if (form === 'day') return s.slice(5, 10);
  return s;
}

/** Start of the UTC (= Beijing) hour containing `at`. */
export function hourStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR) * HOUR);
}

export const iso = (t: Date | number) => new Date(t).toISOString();

/** A time left or overdue (the sign is dropped), in whole minutes, as a deadline line says it: 55 分钟, 12 小时 05 分. */
export function spanZh(ms: number): string {
  const m = Math.floor(Math.abs(ms) / 60_000);
  return m < 60 ? `${m} 分钟` : `${Math.floor(m / 60)} 小时 ${String(m % 60).padStart(2, '0')} 分`;
}
