import { describe, expect, test } from 'vitest';
import { MentionLevel } from '../schemas/mention.ts';
import { roles } from '../schemas/common.ts';
import { riskCategories } from '../schemas/rules.ts';
import { beijingDay, beijingDayStart, beijingParts, beijingStamp, beijingWeekStart, formatBeijing, fromBeijingParts, isBeijingMidnight, isCalendarDay } from './beijing-time.ts';
import { dictionary, fill, localMessage } from './dictionary.ts';
import { categoryLabels, levelLabels, platformLabel, platformLabels, roleLabels, say } from './vocabulary.ts';

describe('one vocabulary', () => {
  test('every level, role and category has a Chinese and an English word, and level none is 无风险', () => {
    for (const table of [levelLabels, roleLabels, categoryLabels] as const) {
      for (const words of Object.values(table)) expect(words.zh && words.en).toBeTruthy();
    }
    expect(Object.keys(levelLabels).sort()).toEqual([...MentionLevel.options].sort());
    expect(Object.keys(roleLabels).sort()).toEqual([...roles].sort());
    expect(Object.keys(categoryLabels).sort()).toEqual([...riskCategories].sort());
    expect(say(levelLabels.none)).toBe('无风险');
    expect(say(levelLabels.none, 'en')).toBe('no risk');
    expect(say(roleLabels.pr_lead, 'en')).toBe('PR lead');
  });
});

test.each([
  ['weibo', '微博', 'Weibo'],
  ['xiaohongshu', '小红书', 'Xiaohongshu'],
  ['news', '新闻', 'News'],
  ['weixin', '微信公众号', 'WeChat article'],
  ['import', '导入', 'imported'],
  ['toString', 'toString', 'toString'],
  ['someday-platform', 'someday-platform', 'someday-platform'],
])('platform %s reads %s / %s (an unknown key as it is)', (key, zh, en) => {
  expect(platformLabel(key)).toBe(zh);
  expect(platformLabel(key, 'en')).toBe(en);
});

test('every platform is a name in English, capitalised like the others (charts and workspace show them side by side)', () => {
  for (const [key, label] of Object.entries(platformLabels)) expect(label.en, key).toMatch(/^[A-Z]/);
});

describe('dictionary', () => {
  const text = dictionary({ hello: '你好，{name}', count: '共 {n} 条' }, { hello: 'Hello, {name}', count: '{n} in all' });

  test('looks a key up in the language asked and fills its {params}', () => {
    expect(text('zh', 'hello', { name: '小王' })).toBe('你好，小王');
    expect(text('en', 'count', { n: 3 })).toBe('3 in all');
  });

  test('an unknown {param} stays visible; has() tells table keys from API values', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(text.has('count')).toBe(true);
    expect(text.has('toString')).toBe(false);
    expect(text.has('status_changed')).toBe(false);
  });

  test.each([
    ['令牌无效 / Unknown or malformed token', 'zh', '令牌无效'],
    ['令牌无效 / Unknown or malformed token', 'en', 'Unknown or malformed token'],
    ['只有中文', 'en', '只有中文'],
  ] as const)('localMessage(%j, %s)', (message, lang, expected) => {
    expect(localMessage(message, lang)).toBe(expected);
  });
});

describe('Beijing time', () => {
  test('formats in Beijing whatever the machine zone, with or without seconds', () => {
    expect(formatBeijing('2026-11-22T01:00:05Z')).toBe('2026/11/22 09:00:05');
    expect(formatBeijing('2026-11-22T01:00:05Z', 'en')).toBe('2026-11-22 09:00:05');
    expect(formatBeijing('2026-11-21T16:30:00Z', 'en', 'minute')).toBe('2026-11-22 00:30');
    expect(formatBeijing('2026-11-21T16:30:00Z', 'zh', 'minute')).toBe('2026/11/22 00:30');
  });

  test('a Beijing day and its start: 23:30 UTC is already the next day in Beijing', () => {
    expect(beijingDay('2026-11-21T23:30:00Z')).toBe('2026-11-22');
    expect(beijingDay(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(beijingDayStart('2026-11-22')).toBe('2026-11-21T16:00:00.000Z');
    expect(beijingDayStart('2026-12-31', 1)).toBe('2026-12-31T16:00:00.000Z');
    expect(isBeijingMidnight('2026-12-31T16:00:00.000Z')).toBe(true);
    expect(isBeijingMidnight('2026-12-31T16:00:01.000Z')).toBe(false);
  });

  test('a day off the calendar is refused, not rolled into the next month', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '昨天'].filter(isCalendarDay)).toEqual([]);
    expect(() => beijingDayStart('2026-02-30')).toThrow(RangeError);
  });

  test.each([
    ['2026-11-16', '2026-11-15T16:00:00.000Z'], // Monday starts its own week
    ['2026-11-22', '2026-11-15T16:00:00.000Z'], // Sunday ends it
    ['2026-11-23', '2026-11-22T16:00:00.000Z'],
    ['2027-01-01', '2026-12-27T16:00:00.000Z'], // a Friday, the week began in the old year
  ])('the Beijing week of %s starts Monday 00:00 +08:00', (day, start) => {
    expect(beijingWeekStart(day)).toBe(start);
  });

  test('the fixed stamp, the clock parts and back: 16:30 UTC on new year\'s eve is 00:30 of 1 January in Beijing', () => {
    expect(beijingStamp('2026-12-31T16:30:05Z')).toBe('2027-01-01 00:30:05');
    expect(beijingStamp(Date.parse('2026-12-31T16:30:05Z'), 'minute')).toBe('2027-01-01 00:30');
    const parts = beijingParts(new Date('2026-12-31T16:30:05Z'));
    expect(parts).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 5 });
    expect(fromBeijingParts(parts).toISOString()).toBe('2026-12-31T16:30:05.000Z');
    expect(fromBeijingParts({ year: 2027, month: 3, day: 0 }).toISOString()).toBe('2027-02-27T16:00:00.000Z'); // day 0 = 28 Feb
  });
});
