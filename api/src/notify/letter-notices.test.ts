import { describe, expect, test } from 'vitest';
import { schedulerTick } from '../monitoring/scheduler.ts';
import type { fixedClock } from '../test-support/app.ts';
import { letterCase } from '../test-support/letter-case.ts';
import { localRobot } from '../test-support/robot.ts';

// The 律师函's days (要求与期限) run out on a date nobody keeps in a calendar: a day before, and once when they have run
// out with the case still at 已发函, the channels are told, naming the 承办人 — never twice, never for a closed case.

const robot = localRobot();

const DAY = 86_400_000;

async function setup() {
  robot.received.length = 0;
  const h = await letterCase();
  const clock = h.clock as ReturnType<typeof fixedClock>;
  expect((await h.call('POST', '/api/notify/channels', h.pr.headers, { kind: 'wecom', url: robot.url, minLevel: 'moderate' })).status).toBe(201);
  const tick = async (at: number) => {
    clock.advance(at - clock.now().getTime());
    await schedulerTick(h.deps, 'only-process');
    return robot.take();
  };
  return { ...h, clock, tick };
}

describe('律师函 deadline reminders', () => {
  test('a day before the days run out, and once when they have, with the 承办人; never twice', async () => {
    const h = await setup();
    expect((await h.letter({ deadlineDays: 7 })).status).toBe(200);
    await h.call('PATCH', `/api/cases/${h.kase.id}`, h.legal.headers, { assigneeId: h.legal.user.id });
    h.clock.advance(3_600_000);
    const sent = h.clock.now().getTime(); // 2026-11-22 10:00 Beijing
    expect((await h.call('PATCH', `/api/cases/${h.kase.id}`, h.legal.headers, { status: 'letter_sent' })).status).toBe(200);

    expect(await h.tick(sent + 5 * DAY)).toEqual([]);
    expect(await h.tick(sent + 6 * DAY + 3_600_000)).toEqual([
      `### 【律师函期限提醒】${h.kase.number} 青禾乳业不实信息\n律师函 ${h.kase.number}-律函（7 日）的期限将于 2026-11-29 10:00（北京时间）届满，剩余 23 小时 00 分；案件仍为「已发函」。请核实对方是否已删除、致歉。承办人：李律。`,
    ]);
    expect(await h.tick(sent + 6 * DAY + 5 * 3_600_000)).toEqual([]);
    expect(await h.tick(sent + 7 * DAY + 60_000)).toEqual([
      `### 【律师函期限已到】${h.kase.number} 青禾乳业不实信息\n律师函 ${h.kase.number}-律函（7 日）的期限已于 2026-11-29 10:00（北京时间）届满，案件仍为「已发函」：请核实对方是否已履行，并决定下一步（结案、再次发函或起诉）。承办人：李律。`,
    ]);
    expect(await h.tick(sent + 8 * DAY)).toEqual([]);
  });

  test('a case that moved on before its days ran out is not reminded; nor is a letter drafted but never sent', async () => {
    const h = await setup();
    await h.letter({ deadlineDays: 3 });
    const drafted = h.clock.now().getTime();
    expect(await h.tick(drafted + 4 * DAY)).toEqual([]);
    await h.call('PATCH', `/api/cases/${h.kase.id}`, h.legal.headers, { status: 'letter_sent' });
    const sent = h.clock.now().getTime();
    await h.call('PATCH', `/api/cases/${h.kase.id}`, h.legal.headers, { status: 'resolved', resolution: 'deleted' });
    expect(await h.tick(sent + 2 * DAY + 3_600_000)).toEqual([]);
    expect(await h.tick(sent + 3 * DAY + 60_000)).toEqual([]);
  });

  test('days that ran out long before the channel existed are not announced late; no 承办人 is said plainly', async () => {
    const h = await setup();
    await h.letter({ deadlineDays: 1 });
    await h.call('PATCH', `/api/cases/${h.kase.id}`, h.legal.headers, { status: 'letter_sent' });
    const sent = h.clock.now().getTime();
    const [soon] = await h.tick(sent + 2 * 3_600_000);
    expect(soon).toContain('尚未指派承办人。');
    expect(await h.tick(sent + 5 * DAY)).toEqual([]);
  });
});
