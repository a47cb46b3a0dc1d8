// Published times as the pages print them, resolved to absolute UTC ISO strings (issue 4). Chinese platforms
// show Beijing time (Asia/Shanghai, UTC+8 all year, no daylight saving), whatever the reader's own time zone.
import { beijingParts, fromBeijingParts } from '@vigil/shared/i18n/beijing-time';
import { isRegion } from './regions.ts';

interface Parts { y: number; mo: number; d: number; h?: number; mi?: number; s?: number }

/** Calendar parts of `now` as a clock in Shanghai shows them (the one Beijing-time module, in short names). */
function shanghai(now: Date): Required<Parts> {
  const b = beijingParts(now);
  return { y: b.year, mo: b.month, d: b.day, h: b.hour, mi: b.minute, s: b.second };
}

function fromShanghai(p: Parts): Date {
  return fromBeijingParts({ year: p.y, month: p.mo, day: p.d, hour: p.h ?? 0, minute: p.mi ?? 0, second: p.s ?? 0 });
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Strips the decoration around a time: 发布时间：, 编辑于, · 3天前, 来自 iPhone, ·广东 (IP location). */
function clean(raw: string): string {
  return raw
    .replace(/\u00a0/g, ' ')
    .replace(/^\s*(发布时间|发表于|发布于|编辑于|更新于|时间)\s*[:：]?\s*/, '')
    .replace(/^\s*[·•]\s*/, '')
    // 腾讯新闻 comments print the region first ("广东 · 2小时前"); a name before the dot stays (no time then).
    .replace(/^\s*([^\d\s·•・][^·•・]{1,15}?)\s*[·•・]\s*/, (all, place: string) => (isRegion(place) ? '' : all))
    .replace(/\s*来自.*$/, '')
    // 知乎 joins the region with a katakana dot: "编辑于 2026-11-21 09:15・IP 属地浙江"
    .replace(/\s*[·•・]\s*IP\s*属地.*$/, '')
    // 小红书 and 知乎 end a time with the region: "4小时前 广东", "编辑于 2026-08-01 IP 属地北京"
    // (but not the unit of a spaced relative time: "2 小时前", as 知乎 comments print it)
    .replace(/\s+(?:IP\s*属地[:：]?\s*)?(?!(?:秒|分钟|小时|天|周|个月)前$)[\u4e00-\u9fa5]{2,8}$/, '')
    .replace(/\s*[·•]\s*[^\d\s·•]+$/, '')
    .replace(/\s*(发布|发表)$/, '')
    .trim();
}

const memo = new Map<string, string | undefined>();

/**
 * Absolute ISO time for a printed time, relative forms resolved against `now` in Shanghai; undefined when the text
 * is not a time. Month-day forms without a year are this year, or last year when that would lie in the future.
 */
export function parseTime(raw: string | null | undefined, now: Date): string | undefined {
  if (!raw) return undefined;
  // A card's time link is read twice (to find a repost's box, then as the card's time), for every card of a scan
  // under the same `now` (issue 15): the answer depends on the two inputs alone.
  const key = `${now.getTime()}\n${raw}`;
  if (memo.has(key)) return memo.get(key);
  const value = parse(raw, now);
  if (memo.size >= 512) memo.clear();
  memo.set(key, value);
  return value;
}

function parse(raw: string, now: Date): string | undefined {
  const text = clean(raw);
  const iso = parseIsoLike(text);
  if (iso) return iso;
  const today = shanghai(now);
  let m: RegExpExecArray | null;
  if (/^刚刚|^just now$/i.test(text)) return now.toISOString();
  if ((m = /^(\d+)\s*(秒|分钟|小时|天|周|个月)前$/.exec(text))) {
    const n = Number(m[1]);
    const unitMs = { 秒: 1e3, 分钟: 60e3, 小时: 3600e3, 天: 86400e3, 周: 7 * 86400e3, 个月: 30 * 86400e3 }[m[2] as '秒'];
    return new Date(now.getTime() - n * unitMs).toISOString();
  }
  // B站 search cards print 昨天 without a time: that day, to the day.
  if ((m = /^(今天|昨天|前天)(?:\s*(\d{1,2}):(\d{2}))?$/.exec(text))) {
    const back = { 今天: 0, 昨天: 1, 前天: 2 }[m[1] as '今天'];
    const day = new Date(Date.UTC(today.y, today.mo - 1, today.d - back));
    return fromShanghai({
      y: day.getUTCFullYear(), mo: day.getUTCMonth() + 1, d: day.getUTCDate(), h: num(m[2]), mi: num(m[3]),
    }).toISOString();
  }
  // 26-11-22 12:30 (Weibo comments: two-digit year)
  if ((m = /^(\d{2})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text))) {
    return fromShanghai({ y: 2000 + Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: num(m[4]), mi: num(m[5]) })
      .toISOString();
  }
  // 06-27, 11-22 12:30, 3月5日 14:20 (this year unless that is in the future)
  if ((m = /^(\d{1,2})(?:-|月)(\d{1,2})日?(?:\s*(\d{1,2}):(\d{2}))?$/.exec(text))) {
    const p = { y: today.y, mo: Number(m[1]), d: Number(m[2]), h: num(m[3]), mi: num(m[4]) };
    let t = fromShanghai(p);
    if (t.getTime() > now.getTime() + 60_000) t = fromShanghai({ ...p, y: p.y - 1 });
    return t.toISOString();
  }
  return undefined;
}

/** Forms that carry a full date: 2026-08-12 10:30, 2026/3/5, 2026年3月5日 14:20, ISO with offset, Weibo created_at. */
function parseIsoLike(text: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(text))) {
    const d = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  if ((m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text))) {
    return fromShanghai({
      y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: num(m[4]), mi: num(m[5]), s: num(m[6]),
    }).toISOString();
  }
  // Tue Feb 23 12:28:47 +0800 2021 (Weibo's own JSON, sometimes echoed in attributes)
  if ((m = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/.exec(text))) {
    const mo = months.indexOf(m[1] ?? '');
    if (mo < 0) return undefined;
    const off = m[6] ?? '+0800';
    const offMs = (off.startsWith('-') ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(3))) * 60_000;
    return new Date(Date.UTC(Number(m[7]), mo, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offMs)
      .toISOString();
  }
  return undefined;
}
