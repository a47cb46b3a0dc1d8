// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { lang } from '../i18n.ts';
import { IncidentsSection } from './incidents-view.tsx';
import { createIncidentsModel } from './panel-model.ts';
import type { IncidentsInfo, OpenIncident } from './types.ts';

// The 处置中的事件 section as the side panel renders it. What the API sends is tested against a real API in
// incidents.test.ts; here the list is the one the background would answer, at a fixed clock.

const NOW = Date.parse('2026-12-06T04:00:00Z'); // 12:00 Beijing time
const at = (hours: number) => new Date(NOW + hours * 3600_000).toISOString();

function incident(id: string, level: OpenIncident['level'], title: string, deadlines: [string, number, boolean][], holdingStatement: string | null = null): OpenIncident {
  return {
    id, brand: '青禾乳业', title, level, status: 'open', ownerId: null, ownerName: null, openedAt: at(-6), detectedAt: null,
    deadlines: deadlines.map(([kind, hours, optional]) => ({ kind, due: at(hours), optional, metAt: null, state: hours < 0 ? 'overdue' : 'pending' })),
    checklist: [], review: null, closedAt: null, links: [], holdingStatement,
  };
}

async function show(info: IncidentsInfo) {
  const model = createIncidentsModel({ open: async () => info }, () => NOW);
  await model.refresh();
  render(<IncidentsSection model={model} />, document.body);
  return model;
}
const q = (testId: string) => [...document.querySelectorAll(`[data-testid="${testId}"]`)];

afterEach(() => {
  render(null, document.body);
  lang.value = 'zh';
});

test('no open incident: no section at all, so the panel is no taller than before', async () => {
  await show({ incidents: [], source: 'api' });
  expect(document.body.innerHTML).toBe('');
});

test('open incidents: count, level, countdowns to Beijing due times, the holding statement; in both languages', async () => {
  const model = await show({
    source: 'api',
    incidents: [
      incident('a', 'severe', '青禾婴儿奶粉检出异物', [['holding_statement', -(65 / 60), true], ['first_statement', 18, false], ['investigation', 42, false]], '我们已封存同批次产品并送检。'),
      incident('b', 'moderate', '青禾客服电话长期占线引发集中投诉', [['response', 23 + 41 / 60, false]]),
    ],
  });
  expect(q('panel-incidents')[0]!.querySelector('summary')!.textContent).toBe('处置中的事件（2）');
  expect(q('panel-incident').map((r) => r.getAttribute('data-level'))).toEqual(['severe', 'moderate']);
  // Up to the first required deadline: the missed 5 h holding statement, then 18 h for the first statement.
  expect(q('incident-deadline').map((d) => d.textContent)).toEqual([
    '权威信息（临时声明） 已超时 1:05 截止 2026/12/06 10:55',
    '首次回应 剩余 18:00 截止 2026/12/07 06:00',
    '回应 剩余 23:41 截止 2026/12/07 11:41',
  ]);
  expect(q('incident-holding').map((h) => h.textContent)).toEqual(['已批准的权威信息我们已封存同批次产品并送检。']);
  lang.value = 'en';
  model.now.value = NOW + 60_000; // the next minute's tick
  render(<IncidentsSection model={model} />, document.body);
  expect(q('panel-incidents')[0]!.querySelector('summary')!.textContent).toBe('Incidents in progress (2)');
  expect(q('incident-countdown').map((c) => c.textContent)).toEqual(['Overdue by 1:06', '17:59 left', '23:40 left']);
});

test('offline: the last list stays, saying when it was synced', async () => {
  await show({ source: 'cache', offline: true, syncedAt: at(-0.5), incidents: [incident('b', 'mild', '青禾门店临期奶复售', [['response', 70, false]])] });
  expect(document.body.textContent).toContain('离线：显示 2026/12/06 11:30 同步的列表');
  expect(q('incident-countdown').map((c) => c.textContent)).toEqual(['剩余 70:00']);
});
