import { expect, test } from 'vitest';
import { ReplyExpiry } from './reply.ts';

test('an expiry date means the end of that day in Beijing; a day off the calendar is refused, not moved to March', () => {
  expect(ReplyExpiry.parse('2026-12-31')).toBe('2026-12-31T16:00:00.000Z');
  expect(ReplyExpiry.parse('2026-12-31T10:00:00+08:00')).toBe('2026-12-31T02:00:00.000Z');
  const bad = ReplyExpiry.safeParse('2026-02-30');
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0]?.message).toContain('过期时间格式');
});
