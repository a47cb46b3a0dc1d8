import type { Lang } from './vocabulary.ts';

// Teams read every time in Beijing time (UTC+8 all year, no daylight saving), whatever the reader's own time zone.
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600_000;

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/**
 * A time for people: `2026/11/22 09:00:00` (zh) or `22/11/2026, 09:00:00` (en), in Beijing time.
 * `minute` drops the seconds where space is short (the side panel).
 */
export function formatBeijing(at: string | Date, lang: Lang = 'zh', precision: 'second' | 'minute' = 'second'): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (precision === 'second') return date.toLocaleString(locale(lang), { timeZone: BEIJING_TIME_ZONE, hour12: false });
  return date.toLocaleString(locale(lang), {
    timeZone: BEIJING_TIME_ZONE,
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The Beijing calendar day of a time, `YYYY-MM-DD`; `days` moves it (days = 1 is the next day). */
export function beijingDay(at: string | number | Date, days = 0): string {
  return new Date(msOf(at) + OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** The instant a Beijing day `YYYY-MM-DD` starts (00:00 +08:00), as UTC ISO; `days` later with `days`. */
export const beijingDayStart = (day: string, days = 0): string =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + days * 86_400_000).toISOString();

/** Whether an instant is a Beijing midnight to the second (a date-only value stored as the start of the next day). */
export const isBeijingMidnight = (at: string | number | Date): boolean => Math.floor((msOf(at) + OFFSET_MS) / 1000) % 86_400 === 0;

const msOf = (at: string | number | Date): number => (typeof at === 'string' ? Date.parse(at) : typeof at === 'number' ? at : at.getTime());
