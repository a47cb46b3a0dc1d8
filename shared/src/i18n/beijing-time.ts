import type { Lang } from './vocabulary.ts';

// Teams read every time in Beijing time (UTC+8 all year, no daylight saving), whatever the reader's own time zone.
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600_000;


/**
 * A time for people: `2026/11/22 09:00:00` (zh) or `2026-11-22 09:00:00` (en), in Beijing time. English uses the
 * year-first form the reports print: `22/11/2026` reads as a day in London and a month in New York.
 * `minute` drops the seconds where space is short (the side panel).
 */
export function formatBeijing(at: string | Date, lang: Lang = 'zh', precision: 'second' | 'minute' = 'second'): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (lang === 'en') return beijingStamp(date, precision);
  if (precision === 'second') return date.toLocaleString('zh-CN', { timeZone: BEIJING_TIME_ZONE, hour12: false });
  return date.toLocaleString('zh-CN', {
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

/** Whether `YYYY-MM-DD` names a real calendar day (2026-02-30 and 2026-13-01 do not). */
export function isCalendarDay(day: string): boolean {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/**
 * The instant a Beijing day `YYYY-MM-DD` starts (00:00 +08:00), as UTC ISO; `days` later with `days`.
 * Throws a RangeError for a day that is not on the calendar, rather than rolling 02-30 over into March.
 */
export function beijingDayStart(day: string, days = 0): string {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + days * 86_400_000).toISOString();
}

/** The instant the Beijing week (Monday 00:00 +08:00) holding day `YYYY-MM-DD` starts, as UTC ISO. */
export function beijingWeekStart(day: string): string {
  const sinceMonday = isCalendarDay(day) ? (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  return beijingDayStart(day, -sinceMonday);
}

/** `2026-11-22 09:00:05` (or `2026-11-22 09:00` by the minute) in Beijing time: the fixed form documents and CSV use. */
export function beijingStamp(at: string | number | Date, precision: 'second' | 'minute' = 'second'): string {
  const s = new Date(msOf(at) + OFFSET_MS).toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, precision === 'second' ? 19 : 16)}`;
}

/** A Beijing wall-clock time: month 1–12. */
export interface BeijingParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock in Beijing shows at an instant. */
export function beijingParts(at: string | number | Date): BeijingParts {
  const t = new Date(msOf(at) + OFFSET_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes(), second: t.getUTCSeconds() };
}

/** The instant a Beijing wall-clock time names; parts out of range roll over as in `Date.UTC` (day 0 = the day before the 1st). */
export function fromBeijingParts(p: Pick<BeijingParts, 'year' | 'month' | 'day'> & Partial<BeijingParts>): Date {
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) - OFFSET_MS);
}

/** Whether an instant is a Beijing midnight to the second (a date-only value stored as the start of the next day). */
export const isBeijingMidnight = (at: string | number | Date): boolean => Math.floor((msOf(at) + OFFSET_MS) / 1000) % 86_400 === 0;

const msOf = (at: string | number | Date): number => (typeof at === 'string' ? Date.parse(at) : typeof at === 'number' ? at : at.getTime());
