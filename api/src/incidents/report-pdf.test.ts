import { expect, test } from 'vitest';
import type { IncidentRecord } from '@vigil/shared/schemas/incident';
import { dueLines, incidentWindow } from './report-pdf.ts';

// 处置建议 of the 事件专报 states only what the incident's own record says is due, missed or not done.
const now = new Date('2026-11-23T04:00:00.000Z'); // 12:00 Beijing
const base: IncidentRecord = {
  id: 'i1', brand: '青禾乳业', title: '青禾牛奶异物事件', level: 'severe', status: 'open', ownerId: 'u1', ownerName: '王芳',
  openedAt: '2026-11-22T14:10:00.000Z', detectedAt: '2026-11-22T13:00:00.000Z', deadlines: [], review: null, closedAt: null, links: [], timeline: [],
  checklist: ['verify', 'assess', 'statement', 'respond', 'review'].map((key) => ({ key: key as 'verify', doneAt: '2026-11-22T15:00:00.000Z', doneBy: 'u1' })),
  holdingStatement: '我们已关注到相关反馈，正在核查。',
};
const deadline = (kind: string, due: string, state: 'pending' | 'overdue' | 'met' | 'missed', optional = false) => ({ kind, due, optional, metAt: state === 'met' ? due : null, state });

test.each([
  ['an overdue deadline, in red words', { deadlines: [deadline('holding_statement', '2026-11-22T19:10:00.000Z', 'overdue', true)] }, ['「权威信息（临时声明）」已超时 8 小时 50 分（截止 2026-11-23 03:10），请尽快完成并在系统中标记。']],
  ['a deadline still to meet', { deadlines: [deadline('first_statement', '2026-11-23T14:10:00.000Z', 'pending')] }, ['「首次回应」须在 2026-11-23 22:10 前完成（剩余 10 小时 10 分）。']],
  ['a met one says nothing; all done', { deadlines: [deadline('first_statement', '2026-11-23T02:00:00.000Z', 'met')] }, ['各项时限均已完成，处置清单已完成，可填写复盘后结案。']],
  ['a 重度 incident with no holding statement and no owner', { holdingStatement: null, ownerName: null }, ['尚未关联已批准的临时声明：可在本事件页面的「临时声明」处选用已批准的统一口径。', '尚未指定负责人。']],
  ['closed', { status: 'closed' as const, closedAt: '2026-11-23T02:00:00.000Z' }, ['事件已于 2026-11-23 10:00 结案。']],
] as const)('%s', (_name, over, lines) => {
  expect(dueLines({ ...base, ...over } as IncidentRecord, now)).toEqual(lines);
});

test('the window runs from a day before detection to the current hour’s end, at most 7 days', () => {
  expect(incidentWindow(base, now)).toEqual({ start: new Date('2026-11-21T13:00:00.000Z'), end: new Date('2026-11-23T05:00:00.000Z') });
  const long = incidentWindow({ ...base, detectedAt: '2026-10-01T00:00:00.000Z' }, now);
  expect(long.end.getTime() - long.start.getTime()).toBe(7 * 86_400_000);
});
