import { describe, expect, test } from 'vitest';
import type { IncidentRecord } from '../schemas/incident.ts';
import { incidentEventText, linkKindLabel, stepLabel } from './incident-words.ts';

type Event = IncidentRecord['timeline'][number];
const ev = (type: string, detail: Record<string, unknown> = {}): Event => ({ at: '2026-12-01T02:00:00.000Z', type, actor: null, detail }) as unknown as Event;
const words = (kind: string, ref: string) => (kind === 'mention' && ref === 'weibo:QbX' ? '青禾奶粉喝了孩子过敏住院' : ref);

describe('an incident timeline in words, the same for the workspace and the 事件专报', () => {
  test.each([
    [ev('opened', { level: 'severe' }), '立案（重度）', 'opened (severe)'],
    [ev('retitled', { to: '奶粉致敏传言' }), '标题改为「奶粉致敏传言」', 'renamed “奶粉致敏传言”'],
    [ev('level_changed', { from: 'moderate', to: 'severe' }), '级别 中度 → 重度', 'level moderate → severe'],
    [ev('checklist', { key: 'verify', done: true }), '完成「核实信息」', 'done: Verify'],
    [ev('checklist', { key: 'statement', done: false }), '取消完成「发布声明」', 'not done: Statement'],
    [ev('deadline_met', { kind: 'first_statement' }), '「首次回应」已完成', 'First statement met'],
    [ev('review', { length: 320 }), '填写复盘（320 字）', 'review written (320 characters)'],
    [ev('note', { text: '已联系平台' }), '备注：已联系平台', 'note: 已联系平台'],
    [ev('linked', { kind: 'mention', ref: 'weibo:QbX' }), '关联提及：青禾奶粉喝了孩子过敏住院', 'linked mention: 青禾奶粉喝了孩子过敏住院'],
    [ev('linked', { kind: 'case', ref: 'c-17' }), '关联案件：c-17', 'linked case: c-17'],
    [ev('unlinked', { kind: 'alert', ref: 'a-9', words: '「青禾乳业」提及在 12-08 00:00 这一小时有 94 条' }), '取消关联预警：「青禾乳业」提及在 12-08 00:00 这一小时有 94 条', 'unlinked alert: 「青禾乳业」提及在 12-08 00:00 这一小时有 94 条'],
    [ev('unlinked', { kind: 'mention', ref: 'weibo:QbX' }), '取消关联提及：青禾奶粉喝了孩子过敏住院', 'unlinked mention: 青禾奶粉喝了孩子过敏住院'],
    [ev('owner_changed', { from: 'u1', to: 'u2', toName: '王芳' }), '负责人改为 王芳', 'owner: 王芳'],
    [ev('owner_changed', { from: 'u1', to: null }), '取消负责人', 'owner removed'],
    [ev('owner_changed', { from: 'u1', to: 'u2' }), '更换负责人', 'owner changed'],
    [ev('closed'), '结案', 'closed'],
    [ev('reopened'), '重新处置', 'reopened'],
    [ev('escalated'), 'escalated', 'escalated'],
  ])('%j', (e, zh, en) => {
    expect(incidentEventText(e, 'zh', words)).toBe(zh);
    expect(incidentEventText(e, 'en', words)).toBe(en);
  });

  test('a step or link kind a brand added shows its own key', () => {
    expect([stepLabel('review'), stepLabel('review', 'en'), stepLabel('legal_check')]).toEqual(['复盘', 'Review', 'legal_check']);
    expect([linkKindLabel('reply_version'), linkKindLabel('alert', 'en'), linkKindLabel('ticket')]).toEqual(['口径版本', 'alert', 'ticket']);
  });
});
