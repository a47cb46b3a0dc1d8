// Beijing time for every period of issue 11. China keeps UTC+8 all year (no DST), so a Beijing day is exactly the
// UTC interval [D-1 16:00, D 16:00) and an hour of the week is the same UTC hour 7 × 24 h earlier.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;

export interface Period {
  start: Date;
  end: Date;
}

function parseYmd(ymd: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`bad date: ${ymd}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== ymd) throw new RangeError(`bad date: ${ymd}`);
  return t;
}

/** 00:00–24:00 Asia/Shanghai of the given date. */
export function beijingDay(ymd: string): Period {
  const start = parseYmd(ymd) - OFFSET;
  return { start: new Date(start), end: new Date(start + DAY) };
}

/** Monday 00:00 to the next Monday 00:00, Beijing time, of the week containing `ymd`. */
export function beijingWeek(ymd: string): Period {
  const day = parseYmd(ymd);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  const start = day - weekday * DAY - OFFSET;
  return { start: new Date(start), end: new Date(start + 7 * DAY) };
}

/** The Beijing calendar date of an instant, YYYY-MM-DD. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + OFFSET).toISOString().slice(0, 10);
}

/** 'MM-DD HH:00' or 'YYYY-MM-DD HH:mm' in Beijing time. */
export function beijingLabel(at: Date, form: 'hour' | 'day' | 'minute' = 'minute'): string {
  const s = new Date(at.getTime() + OFFSET).toISOString();
  if (form === 'hour') return `${s.slice(11, 13)}:00`;
  if (form === 'day') return s.slice(5, 10);
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`;
}

/** Start of the UTC (= Beijing) hour containing `at`. */
export function hourStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR) * HOUR);
}

export const iso = (t: Date | number) => new Date(t).toISOString();
